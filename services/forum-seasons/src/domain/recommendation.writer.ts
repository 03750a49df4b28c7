import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  type MutationCaller,
  type MutationResult,
  type Region,
  UserErrorCode,
  checkText,
  diff,
  fromTextInput,
  isRegionTeam,
  loadTarget,
  runWrite,
  updateRecord,
  type WriteTarget,
} from '@icssi/platform';
import { RecommendationStatus } from './recommendation-status';
import {
  type AdoptRecommendationInput,
  type CreateRecommendationInput,
  type UpdateRecommendationInput,
  type WithdrawRecommendationInput,
} from './recommendation.commands';

const AUDITED = ['slug', 'season_id', 'title', 'text', 'themes', 'status', 'adopted_on'];

/** Recommendations: proposed, adopted, withdrawn — by editors of the forum's region and admins. */
export class RecommendationWriter {
  constructor(private readonly dataSource: DataSource) {}

  create(caller: MutationCaller, input: CreateRecommendationInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'createRecommendation',
      entityType: 'Recommendation',
      input,
      uniqueFields: { recommendation_slug_key: ['input', 'slug'] },
      execute: async (manager) => {
        // An archived season takes no new recommendations.
        const season = await loadTarget(manager, caller.locale, input.seasonId, {
          select: `SELECT s.id, f.region FROM forum_season s JOIN forum f ON f.id = s.forum_id WHERE s.id = $1 AND s.archived_at IS NULL`,
          field: ['input', 'seasonId'],
          allowed: (row) => isRegionTeam(caller.viewer, row.region as Region),
        });
        if ('userErrors' in season) return season;
        const checks = new InputChecks(caller.locale);
        checks.slug(input.slug, ['input', 'slug']);
        checkText(checks, input.title, 300, ['input', 'title'], true);
        checkText(checks, input.text, 5000, ['input', 'text'], false);
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO recommendation (slug, season_id, title, text, themes, status) VALUES ($1, $2, $3, $4, $5, 'PROPOSED') RETURNING *`,
          [
            input.slug,
            input.seasonId,
            JSON.stringify(fromTextInput(input.title)),
            input.text ? JSON.stringify(fromTextInput(input.text)) : null,
            input.themes,
          ],
        );
        return { entityId: row.id as string, changes: diff(null, row, AUDITED) };
      },
    });
  }

  update(caller: MutationCaller, input: UpdateRecommendationInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateRecommendation',
      entityType: 'Recommendation',
      input,
      execute: (manager) =>
        updateRecord(manager, caller, {
          table: 'recommendation',
          load: (m, c, id) => this.editable(m, c, id),
          input,
          check: (checks) => {
            if (input.title) checkText(checks, input.title, 300, ['input', 'title'], true);
            checkText(checks, input.text, 5000, ['input', 'text'], false);
          },
          values: () => {
            const values: Record<string, unknown> = {};
            if (input.title) values.title = JSON.stringify(fromTextInput(input.title));
            if (input.text) values.text = JSON.stringify(fromTextInput(input.text));
            if (input.themes) values.themes = input.themes;
            return values;
          },
          audited: AUDITED,
        }),
    });
  }

  adopt(caller: MutationCaller, input: AdoptRecommendationInput): Promise<MutationResult> {
    return this.changeStatus(caller, 'adoptRecommendation', input.id, input.version, RecommendationStatus.ADOPTED, input.adoptedOn);
  }

  withdraw(caller: MutationCaller, input: WithdrawRecommendationInput): Promise<MutationResult> {
    return this.changeStatus(caller, 'withdrawRecommendation', input.id, input.version, RecommendationStatus.WITHDRAWN, null);
  }

  private changeStatus(
    caller: MutationCaller,
    operation: string,
    id: string,
    version: number,
    status: RecommendationStatus,
    adoptedOn: string | null,
  ): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation,
      entityType: 'Recommendation',
      input: { id, version, status, adoptedOn },
      execute: (manager: EntityManager) =>
        updateRecord(manager, caller, {
          table: 'recommendation',
          load: (m, c, target) => this.editable(m, c, target),
          input: { id, version },
          check: (checks, current) => {
            if (status === RecommendationStatus.ADOPTED && current.status !== RecommendationStatus.PROPOSED)
              checks.fail(UserErrorCode.INVALID, ['input', 'id'], 'notProposed');
          },
          values: () => ({ status, ...(adoptedOn ? { adopted_on: adoptedOn } : {}) }),
          audited: AUDITED,
        }),
    });
  }

  /** The recommendation, if the caller edits its forum's region (withdrawn ones too: they are public records). */
  private editable(manager: EntityManager, caller: MutationCaller, id: string): Promise<WriteTarget> {
    return loadTarget(manager, caller.locale, id, {
      select: `SELECT r.*, f.region FROM recommendation r JOIN forum_season s ON s.id = r.season_id JOIN forum f ON f.id = s.forum_id WHERE r.id = $1`,
      allowed: (row) => isRegionTeam(caller.viewer, row.region as Region),
    });
  }
}
