import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  type MutationCaller,
  type MutationResult,
  type Region,
  type ReferenceChecker,
  UserErrorCode,
  checkText,
  archiveRecord,
  diff,
  fromTextInput,
  isRegionTeam,
  isUuid,
  message,
  runWrite,
  updateVersioned,
  userError,
  loadTarget,
  archivedUnless,
  type WriteTarget,
} from '@icssi/platform';
import { ImplementationStatus } from './implementation-status';
import {
  type ArchiveImplementationInput,
  type CommitToRecommendationInput,
  type RecordImplementationUpdateInput,
} from './implementation.commands';

const URL_PATTERN = /^https?:\/\/[^\s]{3,490}$/;

/** Councils take on recommendations and report progress; editors of the council's region and admins. */
export class ImplementationWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceChecker,
  ) {}

  /** Records a step: the implementation's progress and status move (versioned) and the timeline grows, together. */
  recordUpdate(caller: MutationCaller, input: RecordImplementationUpdateInput): Promise<MutationResult & { updateId?: string }> {
    let updateId: string | undefined;
    return runWrite(this.dataSource, caller, {
      operation: 'recordImplementationUpdate',
      entityType: 'Implementation',
      input,
      execute: async (manager) => {
        const checks = new InputChecks(caller.locale);
        checks.range(input.progress, 0, 100, ['input', 'progress']);
        checkText(checks, input.note, 2000, ['input', 'note'], false);
        if (input.evidenceUrl && !URL_PATTERN.test(input.evidenceUrl.trim()))
          checks.fail(UserErrorCode.INVALID, ['input', 'evidenceUrl'], 'invalid');
        // An archived commitment takes no more steps.
        const target = await this.editable(manager, caller, input.implementationId, ['input', 'implementationId']);
        if ('userErrors' in target) return target;
        const current = target.row;
        if (!checks.ok) return { userErrors: checks.errors };
        const updated = await updateVersioned(manager, 'implementation', input.implementationId, input.version, {
          progress: input.progress,
          status: input.status,
        });
        if ('conflict' in updated)
          return {
            userErrors: [
              userError(UserErrorCode.CONFLICT, ['input', 'version'], message(caller.locale, 'conflict', { version: updated.conflict })),
            ],
          };
        if ('notFound' in updated)
          return { userErrors: [userError(UserErrorCode.NOT_FOUND, ['input', 'implementationId'], message(caller.locale, 'notFound'))] };
        const [step] = await manager.query(
          `INSERT INTO implementation_update (implementation_id, reported_on, progress, status, note, evidence_url) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [
            input.implementationId,
            input.reportedOn,
            input.progress,
            input.status,
            input.note ? JSON.stringify(fromTextInput(input.note)) : null,
            input.evidenceUrl?.trim() || null,
          ],
        );
        updateId = step.id as string;
        return {
          entityId: input.implementationId,
          changes: [...diff(current, updated.row, ['progress', 'status']), { field: 'updates', new: updateId }],
        };
      },
    }).then((result) => ({ ...result, updateId }));
  }

  /** A council takes on a recommendation; the recommendation must exist in the forum-seasons subgraph. */
  commit(caller: MutationCaller, input: CommitToRecommendationInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'commitToRecommendation',
      entityType: 'Implementation',
      input,
      uniqueFields: { implementation_council_recommendation_key: ['input', 'recommendationId'] },
      execute: async (manager) => {
        const checks = new InputChecks(caller.locale);
        if (input.indicator) checkText(checks, input.indicator.name, 300, ['input', 'indicator', 'name'], true);
        const [council] = isUuid(input.councilId)
          ? await manager.query(`SELECT id, region FROM cohesion_council WHERE id = $1 AND archived_at IS NULL`, [input.councilId])
          : [];
        if (!council)
          return { userErrors: [userError(UserErrorCode.NOT_FOUND, ['input', 'councilId'], message(caller.locale, 'notFound'))] };
        if (!isRegionTeam(caller.viewer, council.region as Region)) {
          return { userErrors: [userError(UserErrorCode.FORBIDDEN, ['input', 'councilId'], message(caller.locale, 'forbiddenRegion'))] };
        }
        const exists = isUuid(input.recommendationId)
          ? (await this.references.existing('forum-seasons', 'Recommendation', 'id', [input.recommendationId])).has(input.recommendationId)
          : false;
        if (!exists) checks.fail(UserErrorCode.NOT_FOUND, ['input', 'recommendationId'], 'notFound');
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO implementation (council_id, recommendation_id, status, progress, indicator_name, indicator_baseline, indicator_target)
           VALUES ($1, $2, $3, 0, $4, $5, $6) RETURNING *`,
          [
            input.councilId,
            input.recommendationId,
            input.status ?? ImplementationStatus.NOT_STARTED,
            input.indicator ? JSON.stringify(fromTextInput(input.indicator.name)) : null,
            input.indicator?.baseline ?? null,
            input.indicator?.target ?? null,
          ],
        );
        return { entityId: row.id as string, changes: diff(null, row, ['council_id', 'recommendation_id', 'status', 'indicator_target']) };
      },
    });
  }

  /** Archives a commitment recorded by mistake: it leaves every list; its timeline and audit stay. */
  archive(caller: MutationCaller, input: ArchiveImplementationInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archiveImplementation',
      entityType: 'Implementation',
      input,
      // Archiving twice answers like once (archiveRecord: no new version).
      execute: (manager) =>
        archiveRecord(manager, caller, {
          table: 'implementation',
          load: (m, c, id) => this.editable(m, c, id, ['input', 'id'], true),
          input,
        }),
    });
  }

  /** An implementation is changed by the editors of its council's region; an archived one only to archive it again. */
  private editable(manager: EntityManager, caller: MutationCaller, id: string, field: string[], archiving = false): Promise<WriteTarget> {
    return loadTarget(manager, caller.locale, id, {
      select: `SELECT i.*, c.region FROM implementation i JOIN cohesion_council c ON c.id = i.council_id WHERE i.id = $1`,
      field,
      gone: archivedUnless(archiving),
      allowed: (row) => isRegionTeam(caller.viewer, row.region as Region),
      joined: ['region'],
    });
  }
}
