import { type DataSource } from 'typeorm';
import {
  InputChecks,
  type LocalizedText,
  LockdownSubject,
  type WriteCaller,
  referenceable,
  type MutationResult,
  type Region,
  UserErrorCode,
  isCustodian,
  isRegionTeam,
  isUuid,
  normalizeGovernorateCode,
  outcomes,
  runWrite,
  updateVersioned,
} from '@icssi/platform';
import { type SetTranslationInput, type TranslatableField } from './translation.commands';

interface Target {
  table: string;
  column: string;
  key: 'id' | 'code';
  /** The column whose region decides who may edit; null: admins only. */
  regionColumn: string | null;
}

const TARGETS: Record<TranslatableField, Target> = {
  GOVERNORATE_NAME: { table: 'governorate', column: 'name', key: 'code', regionColumn: null },
  ORGANISATION_NAME: { table: 'organisation', column: 'name', key: 'id', regionColumn: 'home_region' },
  ORGANISATION_DESCRIPTION: { table: 'organisation', column: 'description', key: 'id', regionColumn: 'home_region' },
  WORKING_GROUP_NAME: { table: 'working_group', column: 'name', key: 'id', regionColumn: 'region' },
};

/** Sets one language of one text with its provenance; versioned like any update (reference data aside). */
export class TranslationWriter {
  constructor(private readonly dataSource: DataSource) {}

  set(caller: WriteCaller, input: SetTranslationInput): Promise<MutationResult & { text?: LocalizedText }> {
    const target = TARGETS[input.field];
    let text: LocalizedText | undefined;
    return runWrite(this.dataSource, caller, {
      operation: 'setTranslation',
      entityType: target.table,
      input,
      execute: async (manager) => {
        const key = target.key === 'code' ? normalizeGovernorateCode(input.id) : input.id;
        const [row] =
          target.key === 'code' || isUuid(key) ? await manager.query(`SELECT * FROM ${target.table} WHERE ${target.key} = $1`, [key]) : [];
        // A locked-down organisation answers like an unknown id; an archived record is not edited.
        const hidden = row && target.table === 'organisation' && !referenceable(caller, LockdownSubject.ORGANISATION, String(key));
        if (!row || hidden) return outcomes.notFound(caller.locale, ['input', 'id']);
        const allowed = target.regionColumn ? isRegionTeam(caller.viewer, row[target.regionColumn] as Region) : isCustodian(caller.viewer);
        if (!allowed) return outcomes.forbiddenRegion(caller.locale, ['input', 'id']);
        const checks = new InputChecks(caller.locale);
        checks.maxLength(input.value, target.column === 'description' ? 2000 : 200, ['input', 'value']);
        if (target.key === 'id' && input.version == null) checks.fail(UserErrorCode.INVALID, ['input', 'version'], 'required');
        const next: LocalizedText = { ...((row[target.column] as LocalizedText | null) ?? {}) };
        const value = input.value.trim();
        if (value) next[input.locale] = { value, provenance: input.provenance };
        else delete next[input.locale];
        if (target.column === 'name' && Object.keys(next).length === 0) checks.fail(UserErrorCode.INVALID, ['input', 'value'], 'required');
        if (!checks.ok) return { userErrors: checks.errors };
        if (row.archived_at || row.status === 'ARCHIVED') return outcomes.notFound(caller.locale, ['input', 'id']);
        if (target.key === 'code') {
          await manager.query(`UPDATE governorate SET name = $2 WHERE code = $1`, [key, JSON.stringify(next)]);
        } else {
          const result = await updateVersioned(manager, target.table, key, input.version as number, {
            [target.column]: JSON.stringify(next),
          });
          if ('conflict' in result) return outcomes.conflict(caller.locale, result.conflict);
          if ('notFound' in result) return outcomes.notFound(caller.locale, ['input', 'id']);
        }
        text = next;
        const before = (row[target.column] as LocalizedText | null)?.[input.locale] ?? null;
        return {
          entityId: String(key),
          changes: [{ field: `${target.column}.${input.locale}`, old: before, new: next[input.locale] ?? null }],
        };
      },
    }).then((result) => ({ ...result, text }));
  }
}
