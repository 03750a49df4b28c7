import { DataSource } from 'typeorm';
import {
  InputChecks,
  MutationCaller,
  MutationResult,
  ReferenceChecker,
  Region,
  UserErrorCode,
  checkText,
  diff,
  fromTextInput,
  isRegionTeam,
  isUuid,
  normalizeGovernorateCode,
  outcomes,
  requireWriter,
  runMutation,
} from '@icssi/platform';
import { ForumSeasonStatus } from '../types/forum-season-status.enum';
import { CreateForumSeasonInput } from '../types/season-mutation.inputs';

/** Forum seasons: editors of the forum's region and admins; a season number is taken once per forum. */
export class SeasonWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceChecker,
  ) {}

  create(caller: MutationCaller, input: CreateForumSeasonInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'createForumSeason',
      entityType: 'ForumSeason',
      idempotencyKey: input.idempotencyKey,
      input: { ...input, idempotencyKey: undefined },
      uniqueFields: { forum_season_number_key: ['input', 'number'] },
      execute: async (manager) => {
        const [forum] = isUuid(input.forumId) ? await manager.query(`SELECT region FROM forum WHERE id = $1`, [input.forumId]) : [];
        if (!forum) return outcomes.notFound(caller.locale, ['input', 'forumId']);
        if (!isRegionTeam(caller.viewer, forum.region as Region)) return outcomes.forbiddenRegion(caller.locale, ['input', 'forumId']);
        const checks = new InputChecks(caller.locale);
        checks.range(input.number, 1, 1000, ['input', 'number']);
        checks.range(input.year, 1990, 2100, ['input', 'year']);
        checks.datesInOrder(input.startDate, input.endDate, ['input', 'endDate']);
        checkText(checks, input.venue, 200, ['input', 'venue'], false);
        checkText(checks, input.theme, 300, ['input', 'theme'], false);
        const code = normalizeGovernorateCode(input.governorateCode);
        if (!(await this.references.existing('organisations', 'Governorate', 'code', [code])).has(code)) {
          checks.fail(UserErrorCode.NOT_FOUND, ['input', 'governorateCode'], 'notFound');
        }
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO forum_season (forum_id, number, year, start_date, end_date, governorate_code, venue, theme, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
          [
            input.forumId,
            input.number,
            input.year,
            input.startDate ?? null,
            input.endDate ?? null,
            code,
            input.venue ? JSON.stringify(fromTextInput(input.venue)) : null,
            input.theme ? JSON.stringify(fromTextInput(input.theme)) : null,
            input.status ?? ForumSeasonStatus.PLANNED,
          ],
        );
        return { entityId: row.id as string, changes: diff(null, row, ['forum_id', 'number', 'year', 'start_date', 'end_date', 'governorate_code', 'status']) };
      },
    });
  }
}
