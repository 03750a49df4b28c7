import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  LockdownSubject,
  type MutationResult,
  type WriteCaller,
  checkReferencedRecords,
  type ReferenceChecker,
  type Region,
  UserErrorCode,
  checkText,
  archiveRecord,
  diff,
  fromTextInput,
  isRegionTeam,
  isUuid,
  normalizeGovernorateCode,
  outcomes,
  insertReturning,
  loadTarget,
  archivedUnless,
  runWrite,
  updateRecord,
  type TargetRow,
  type WriteTarget,
} from '@icssi/platform';
import { CampaignStatus, calendarStatus, campaignStatusOn, iraqToday, storedStatus } from './campaign-status';
import {
  type AddCampaignActionInput,
  type ArchiveCampaignActionInput,
  type ArchiveCampaignInput,
  type CreateCampaignInput,
  type LinkCampaignInput,
  type UpdateCampaignActionInput,
  type UpdateCampaignInput,
} from './campaign.commands';

const WORKING_GROUP = { owner: 'organisations', typename: 'WorkingGroup', regionField: 'region' } as const;
const ORGANISATION = {
  owner: 'organisations',
  typename: 'Organisation',
  lockdown: LockdownSubject.ORGANISATION,
  regionField: 'homeRegion',
} as const;
const PARTNER = { owner: 'organisations', typename: 'Organisation', lockdown: LockdownSubject.ORGANISATION } as const;
const GOVERNORATE = { owner: 'organisations', typename: 'Governorate', keyField: 'code', regionField: 'region' } as const;

const AUDITED = [
  'slug',
  'title',
  'summary',
  'goals',
  'themes',
  'status',
  'status_follows_calendar',
  'regions',
  'governorate_codes',
  'start_date',
  'end_date',
  'lead_working_group_id',
  'lead_organisation_id',
  'parent_campaign_id',
  'archived_at',
];

/** The most people one action may record. */
const MAX_PARTICIPANTS = 10_000_000;

/**
 * Campaign writes. References to other subgraphs' records (working groups, organisations,
 * governorates) are checked with their owner by a signed internal call before anything is written.
 */
export class CampaignWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceChecker,
  ) {}

  create(caller: WriteCaller, input: CreateCampaignInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'createCampaign',
      entityType: 'Campaign',
      input,
      uniqueFields: { campaign_slug_key: ['input', 'slug'] },
      execute: async (manager) => {
        const checks = new InputChecks(caller.locale);
        checks.slug(input.slug, ['input', 'slug']);
        checkText(checks, input.title, 200, ['input', 'title'], true);
        checkText(checks, input.summary, 2000, ['input', 'summary'], false);
        checkText(checks, input.goals, 2000, ['input', 'goals'], false);
        checks.datesInOrder(input.startDate, input.endDate, ['input', 'endDate']);
        if (input.regions.length === 0) checks.fail(UserErrorCode.INVALID, ['input', 'regions'], 'required');
        // A campaign of a region the caller does not edit goes no further (its references are not even looked up).
        if (input.regions.some((region) => !isRegionTeam(caller.viewer, region)))
          return outcomes.forbiddenRegion(caller.locale, ['input', 'regions']);
        const codes = (input.governorateCodes ?? []).map(normalizeGovernorateCode);
        await this.checkReferences(manager, caller, checks, { ...input, governorateCodes: codes });
        if (!checks.ok) return { userErrors: checks.errors };
        const status = storedStatus(input.status ?? CampaignStatus.DRAFT, input.startDate ?? null, input.endDate ?? null);
        const values = {
          slug: input.slug,
          title: JSON.stringify(fromTextInput(input.title)),
          summary: input.summary ? JSON.stringify(fromTextInput(input.summary)) : null,
          goals: input.goals ? JSON.stringify(fromTextInput(input.goals)) : null,
          themes: input.themes,
          status: status.status,
          status_follows_calendar: status.statusFollowsCalendar,
          regions: input.regions,
          governorate_codes: codes,
          start_date: input.startDate ?? null,
          end_date: input.endDate ?? null,
          lead_working_group_id: input.leadWorkingGroupId ?? null,
          lead_organisation_id: input.leadOrganisationId ?? null,
          parent_campaign_id: input.parentCampaignId ?? null,
        };
        const row = await insertReturning(manager, 'campaign', values);
        return { entityId: row.id as string, changes: diff(null, row, AUDITED) };
      },
    });
  }

  update(caller: WriteCaller, input: UpdateCampaignInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateCampaign',
      entityType: 'Campaign',
      input,
      execute: (manager) => {
        const startDateOf = (row: TargetRow) => (input.startDate !== undefined ? input.startDate : (row.start_date as string | null));
        const endDateOf = (row: TargetRow) => (input.endDate !== undefined ? input.endDate : (row.end_date as string | null));
        return updateRecord(manager, caller, {
          table: 'campaign',
          load: (m, c, id) => this.editable(m, c, id, ['input', 'id']),
          input,
          check: (checks, row) => {
            if (input.title) checkText(checks, input.title, 200, ['input', 'title'], true);
            if (input.summary) checkText(checks, input.summary, 2000, ['input', 'summary'], false);
            checks.datesInOrder(startDateOf(row), endDateOf(row), ['input', 'endDate']);
            if (input.status && input.followCalendar != null)
              checks.fail(UserErrorCode.INVALID, ['input', 'followCalendar'], 'statusOrCalendar');
          },
          values: (row) => {
            const values: Record<string, unknown> = {};
            if (input.title) values.title = JSON.stringify(fromTextInput(input.title));
            if (input.summary) values.summary = JSON.stringify(fromTextInput(input.summary));
            Object.assign(values, statusChange(input, row, startDateOf(row), endDateOf(row)));
            if (input.themes) values.themes = input.themes;
            if (input.startDate !== undefined) values.start_date = input.startDate;
            if (input.endDate !== undefined) values.end_date = input.endDate;
            return values;
          },
          audited: AUDITED,
        });
      },
    });
  }

  archive(caller: WriteCaller, input: ArchiveCampaignInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archiveCampaign',
      entityType: 'Campaign',
      input,
      execute: (manager) =>
        archiveRecord(manager, caller, {
          table: 'campaign',
          load: (m, c, id) => this.editable(m, c, id, ['input', 'id'], true),
          input,
          audited: AUDITED,
        }),
    });
  }

  addAction(caller: WriteCaller, input: AddCampaignActionInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'addCampaignAction',
      entityType: 'CampaignAction',
      input,
      execute: async (manager) => {
        const campaign = await this.editable(manager, caller, input.campaignId, ['input', 'campaignId']);
        if ('userErrors' in campaign) return campaign;
        const checks = new InputChecks(caller.locale);
        checks.headCounts(
          'participants',
          { total: input.participantsTotal, women: input.participantsWomen, youth: input.participantsYouth },
          MAX_PARTICIPANTS,
        );
        checkText(checks, input.description, 2000, ['input', 'description'], false);
        const code = input.governorateCode ? normalizeGovernorateCode(input.governorateCode) : null;
        await checkReferencedRecords(this.references, caller, checks, GOVERNORATE, [{ key: code, field: ['input', 'governorateCode'] }]);
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO campaign_action (campaign_id, type, occurred_on, governorate_code, description, participants_total, participants_women, participants_youth)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
          [
            input.campaignId,
            input.type,
            input.occurredOn,
            code,
            input.description ? JSON.stringify(fromTextInput(input.description)) : null,
            input.participantsTotal ?? null,
            input.participantsWomen ?? null,
            input.participantsYouth ?? null,
          ],
        );
        return {
          entityId: row.id as string,
          changes: diff(null, row, ['campaign_id', 'type', 'occurred_on', 'governorate_code', 'participants_total']),
        };
      },
    });
  }

  /** Corrects an action (counts, texts, date); the counts stay within the total. */
  updateAction(caller: WriteCaller, input: UpdateCampaignActionInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateCampaignAction',
      entityType: 'CampaignAction',
      input,
      execute: (manager) =>
        updateRecord(manager, caller, {
          table: 'campaign_action',
          load: (m, c, id) => this.editableAction(m, c, id),
          input,
          check: (checks, action) => {
            checks.headCounts(
              'participants',
              {
                total: input.participantsTotal !== undefined ? input.participantsTotal : (action.participants_total as number | null),
                women: input.participantsWomen ?? (action.participants_women as number | null),
                youth: input.participantsYouth ?? (action.participants_youth as number | null),
              },
              MAX_PARTICIPANTS,
            );
            checkText(checks, input.description, 2000, ['input', 'description'], false);
            checkText(checks, input.outcome, 2000, ['input', 'outcome'], false);
          },
          values: () => {
            const values: Record<string, unknown> = {};
            if (input.occurredOn) values.occurred_on = input.occurredOn;
            if (input.description) values.description = JSON.stringify(fromTextInput(input.description));
            if (input.outcome) values.outcome = JSON.stringify(fromTextInput(input.outcome));
            if (input.participantsTotal !== undefined) values.participants_total = input.participantsTotal;
            if (input.participantsWomen !== undefined) values.participants_women = input.participantsWomen;
            if (input.participantsYouth !== undefined) values.participants_youth = input.participantsYouth;
            return values;
          },
          audited: ['occurred_on', 'description', 'outcome', 'participants_total', 'participants_women', 'participants_youth'],
        }),
    });
  }

  /** Retracts an action recorded by mistake: it leaves every list and total; the row and its audit stay. */
  archiveAction(caller: WriteCaller, input: ArchiveCampaignActionInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archiveCampaignAction',
      entityType: 'CampaignAction',
      input,
      execute: (manager) =>
        archiveRecord(manager, caller, { table: 'campaign_action', load: (m, c, id) => this.editableAction(m, c, id, true), input }),
    });
  }

  /** A partner organisation joins the campaign; a second time is DUPLICATE. */
  addPartner(caller: WriteCaller, input: LinkCampaignInput): Promise<MutationResult> {
    return this.link(caller, input, 'addCampaignPartner', 'organisations', 'Organisation', 'campaign_partner', 'organisation_id');
  }

  /** The campaign advances a forum recommendation; a second time is DUPLICATE. */
  advanceRecommendation(caller: WriteCaller, input: LinkCampaignInput): Promise<MutationResult> {
    return this.link(
      caller,
      input,
      'advanceRecommendation',
      'forum-seasons',
      'Recommendation',
      'campaign_recommendation',
      'recommendation_id',
    );
  }

  private link(
    caller: WriteCaller,
    input: LinkCampaignInput,
    operation: string,
    owner: string,
    typename: string,
    table: string,
    column: string,
  ): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation,
      entityType: 'Campaign',
      input,
      uniqueFields: { [`${table}_pkey`]: ['input', 'targetId'] },
      execute: async (manager) => {
        const campaign = await this.editable(manager, caller, input.campaignId, ['input', 'campaignId']);
        if ('userErrors' in campaign) return campaign;
        // A partner is checked like every reference: unknown, locked-down or archived is NOT_FOUND, another region's FORBIDDEN.
        const checks = new InputChecks(caller.locale);
        // Partners may be of any region (joint campaigns); only the lead is of the campaign's region.
        const kind = typename === 'Organisation' ? PARTNER : { owner, typename };
        await checkReferencedRecords(this.references, caller, checks, kind, [{ key: input.targetId, field: ['input', 'targetId'] }]);
        if (!checks.ok) return { userErrors: checks.errors };
        await manager.query(`INSERT INTO ${table} (campaign_id, ${column}) VALUES ($1, $2)`, [input.campaignId, input.targetId]);
        return { entityId: input.campaignId, changes: [{ field: table, new: input.targetId }] };
      },
    });
  }

  /** An action is edited by the editors of its campaign's regions. */
  private async editableAction(manager: EntityManager, caller: WriteCaller, id: string, archiving = false): Promise<WriteTarget> {
    const action = await loadTarget(manager, caller.locale, id, {
      select: `SELECT * FROM campaign_action WHERE id = $1`,
      allowed: () => true,
    });
    if ('userErrors' in action) return action;
    const campaign = await this.editable(manager, caller, action.row.campaign_id as string, ['input', 'id'], archiving);
    return 'userErrors' in campaign ? campaign : action;
  }

  /** The campaign, if it exists and the caller edits one of its regions (admins: any); an archived one only to archive it again. */
  private editable(manager: EntityManager, caller: WriteCaller, id: string, field: string[], archiving = false): Promise<WriteTarget> {
    return loadTarget(manager, caller.locale, id, {
      select: `SELECT * FROM campaign WHERE id = $1`,
      field,
      gone: archivedUnless(archiving),
      allowed: (row) => (row.regions as Region[]).some((region) => isRegionTeam(caller.viewer, region)),
    });
  }

  /**
   * Every record the new campaign refers to, checked with its owner: unknown, locked-down or
   * archived ones are NOT_FOUND, those of a region the caller may not name FORBIDDEN (a Kurdistan
   * editor's campaign is not led by a federal group nor located in Baghdad).
   */
  private async checkReferences(
    manager: EntityManager,
    caller: WriteCaller,
    checks: InputChecks,
    input: {
      governorateCodes: string[];
      leadWorkingGroupId?: string | null;
      leadOrganisationId?: string | null;
      parentCampaignId?: string | null;
    },
  ): Promise<void> {
    await Promise.all([
      checkReferencedRecords(this.references, caller, checks, WORKING_GROUP, [
        { key: input.leadWorkingGroupId, field: ['input', 'leadWorkingGroupId'] },
      ]),
      checkReferencedRecords(this.references, caller, checks, ORGANISATION, [
        { key: input.leadOrganisationId, field: ['input', 'leadOrganisationId'] },
      ]),
      checkReferencedRecords(
        this.references,
        caller,
        checks,
        GOVERNORATE,
        input.governorateCodes.map((code, index) => ({ key: code, field: ['input', 'governorateCodes', String(index)] })),
      ),
    ]);
    const parent = input.parentCampaignId;
    if (
      parent &&
      !(isUuid(parent) && (await manager.query(`SELECT 1 FROM campaign WHERE id = $1 AND archived_at IS NULL`, [parent])).length)
    ) {
      checks.fail(UserErrorCode.NOT_FOUND, ['input', 'parentCampaignId'], 'notFound');
    }
  }
}

/**
 * The stored status after an update (domain/campaign-status.ts): a status given is stored by the
 * calendar rule with the new dates; `followCalendar: true` hands the status back to the calendar,
 * `false` pins the status it has today as an explicit one.
 */
function statusChange(
  input: UpdateCampaignInput,
  row: Record<string, unknown>,
  startDate: string | null,
  endDate: string | null,
): Record<string, unknown> {
  const today = iraqToday();
  let next: { status: CampaignStatus; statusFollowsCalendar: boolean } | null = null;
  if (input.status) next = storedStatus(input.status, startDate, endDate, today);
  if (input.followCalendar === true) next = { status: calendarStatus(startDate, endDate, today), statusFollowsCalendar: true };
  if (input.followCalendar === false) {
    const current = {
      status: row.status as CampaignStatus,
      statusFollowsCalendar: row.status_follows_calendar as boolean,
      startDate,
      endDate,
    };
    next = { status: campaignStatusOn(current, today), statusFollowsCalendar: false };
  }
  return next ? { status: next.status, status_follows_calendar: next.statusFollowsCalendar } : {};
}
