import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  LockdownSubject,
  type MutationResult,
  type WriteCaller,
  checkReferencedRecords,
  referenceable,
  type ReferenceChecker,
  type Region,
  checkText,
  archiveVersioned,
  diff,
  endVersioned,
  fromTextInput,
  isRegionTeam,
  isUuid,
  normalizeGovernorateCode,
  outcomes,
  requireWriter,
  runMutation,
  writeVersioned,
} from '@icssi/platform';
import { CouncilStatus } from '../domain/council-status';
import { type AddCouncilMemberInput, type EndCouncilMemberInput, type UpdateCouncilMemberInput } from './council-member.inputs';
import { type ArchiveCohesionCouncilInput, type CreateCohesionCouncilInput, type UpdateCohesionCouncilInput } from './council.inputs';
import { type ArchiveCouncilMeetingInput, type RecordCouncilMeetingInput, type UpdateCouncilMeetingInput } from './council-meeting.inputs';

const COUNCIL_AUDITED = ['name', 'status', 'established_on', 'archived_at'];
const PERSON = { owner: 'organisations', typename: 'Person', lockdown: LockdownSubject.PERSON, regionField: 'region' } as const;
const ORGANISATION = {
  owner: 'organisations',
  typename: 'Organisation',
  lockdown: LockdownSubject.ORGANISATION,
  regionField: 'homeRegion',
} as const;

/** Councils, their seats and meetings: editors of the council's region and admins. */
export class CouncilWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceChecker,
  ) {}

  create(caller: WriteCaller, input: CreateCohesionCouncilInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'createCohesionCouncil',
      entityType: 'CohesionCouncil',
      idempotencyKey: input.idempotencyKey,
      input: { ...input, idempotencyKey: undefined },
      uniqueFields: { cohesion_council_slug_key: ['input', 'slug'] },
      execute: async (manager) => {
        const checks = new InputChecks(caller.locale);
        checks.slug(input.slug, ['input', 'slug']);
        checkText(checks, input.name, 200, ['input', 'name'], true);
        // The governorate and its region come from the organisations subgraph, which owns them.
        const code = normalizeGovernorateCode(input.governorateCode);
        const governorate = (await this.references.lookup('organisations', 'Governorate', 'code', [code], 'region')).get(code);
        if (!governorate) return outcomes.notFound(caller.locale, ['input', 'governorateCode']);
        const region = governorate.region as Region;
        if (!isRegionTeam(caller.viewer, region)) return outcomes.forbiddenRegion(caller.locale, ['input', 'governorateCode']);
        const coordinator = input.coordinatingOrganisationId;
        await checkReferencedRecords(this.references, caller, checks, ORGANISATION, [
          { key: coordinator, field: ['input', 'coordinatingOrganisationId'] },
        ]);
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO cohesion_council (slug, name, governorate_code, region, coordinating_organisation_id, status, established_on)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
          [
            input.slug,
            JSON.stringify(fromTextInput(input.name)),
            code,
            region,
            coordinator ?? null,
            CouncilStatus.FORMING,
            input.establishedOn ?? null,
          ],
        );
        return {
          entityId: row.id as string,
          changes: diff(null, row, ['slug', 'name', 'governorate_code', 'region', 'coordinating_organisation_id', 'status']),
        };
      },
    });
  }

  addMember(caller: WriteCaller, input: AddCouncilMemberInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'addCouncilMember',
      entityType: 'CouncilMember',
      idempotencyKey: input.idempotencyKey,
      input: { ...input, idempotencyKey: undefined },
      execute: async (manager) => {
        const council = await this.editableCouncil(manager, caller, input.councilId);
        if ('userErrors' in council) return council;
        const checks = new InputChecks(caller.locale);
        checkText(checks, input.onBehalfOf, 200, ['input', 'onBehalfOf'], false);
        // A locked-down person or organisation answers like an unknown id; an editor seats people and organisations of their own region.
        await Promise.all([
          checkReferencedRecords(this.references, caller, checks, PERSON, [{ key: input.personId, field: ['input', 'personId'] }]),
          checkReferencedRecords(this.references, caller, checks, ORGANISATION, [
            { key: input.organisationId, field: ['input', 'organisationId'] },
          ]),
        ]);
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO council_member (council_id, sector, person_id, organisation_id, on_behalf_of, start_date) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
          [
            input.councilId,
            input.sector,
            input.personId ?? null,
            input.organisationId ?? null,
            input.onBehalfOf ? JSON.stringify(fromTextInput(input.onBehalfOf)) : null,
            input.startDate ?? null,
          ],
        );
        // Who holds a seat is personal: the audit records that it was set, not who.
        return {
          entityId: row.id as string,
          changes: diff(null, row, ['council_id', 'sector', 'person_id', 'organisation_id', 'start_date'], ['person_id']),
        };
      },
    });
  }

  recordMeeting(caller: WriteCaller, input: RecordCouncilMeetingInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'recordCouncilMeeting',
      entityType: 'CouncilMeeting',
      idempotencyKey: input.idempotencyKey,
      input: { ...input, idempotencyKey: undefined },
      execute: async (manager) => {
        const council = await this.editableCouncil(manager, caller, input.councilId);
        if ('userErrors' in council) return council;
        const checks = new InputChecks(caller.locale);
        const total = input.attendanceTotal;
        checks.range(total, 0, 100_000, ['input', 'attendanceTotal']);
        checks.range(input.attendanceWomen, 0, total ?? 100_000, ['input', 'attendanceWomen']);
        checks.range(input.attendanceYouth, 0, total ?? 100_000, ['input', 'attendanceYouth']);
        checkText(checks, input.summary, 5000, ['input', 'summary'], false);
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO council_meeting (council_id, held_on, governorate_code, attendance_total, attendance_women, attendance_youth, summary)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
          [
            input.councilId,
            input.heldOn,
            council.row.governorate_code,
            total ?? null,
            input.attendanceWomen ?? null,
            input.attendanceYouth ?? null,
            input.summary ? JSON.stringify(fromTextInput(input.summary)) : null,
          ],
        );
        return {
          entityId: row.id as string,
          changes: diff(null, row, ['council_id', 'held_on', 'attendance_total', 'attendance_women', 'attendance_youth']),
        };
      },
    });
  }

  update(caller: WriteCaller, input: UpdateCohesionCouncilInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'updateCohesionCouncil',
      entityType: 'CohesionCouncil',
      input,
      execute: async (manager) => {
        const council = await this.editableCouncil(manager, caller, input.id, ['input', 'id']);
        if ('userErrors' in council) return council;
        const checks = new InputChecks(caller.locale);
        if (input.name) checkText(checks, input.name, 200, ['input', 'name'], true);
        if (!checks.ok) return { userErrors: checks.errors };
        const values: Record<string, unknown> = {};
        if (input.name) values.name = JSON.stringify(fromTextInput(input.name));
        if (input.status) values.status = input.status;
        if (input.establishedOn !== undefined) values.established_on = input.establishedOn;
        return writeVersioned(
          manager,
          caller.locale,
          { table: 'cohesion_council', id: input.id, version: input.version, before: council.row },
          values,
          COUNCIL_AUDITED,
        );
      },
    });
  }

  archive(caller: WriteCaller, input: ArchiveCohesionCouncilInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'archiveCohesionCouncil',
      entityType: 'CohesionCouncil',
      input,
      execute: async (manager) => {
        const council = await this.editableCouncil(manager, caller, input.id, ['input', 'id'], true);
        if ('userErrors' in council) return council;
        return archiveVersioned(
          manager,
          caller.locale,
          { table: 'cohesion_council', id: input.id, version: input.version, before: council.row },
          COUNCIL_AUDITED,
        );
      },
    });
  }

  endMember(caller: WriteCaller, input: EndCouncilMemberInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'endCouncilMember',
      entityType: 'CouncilMember',
      input,
      execute: async (manager) => {
        const seat = await this.editableOfCouncil(manager, caller, 'council_member', input.id);
        if ('userErrors' in seat) return seat;
        return endVersioned(manager, caller.locale, 'council_member', seat.row, input);
      },
    });
  }

  /** Corrects a seat's sector, what it represents or its first day; who holds it is not changed here. */
  updateMember(caller: WriteCaller, input: UpdateCouncilMemberInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'updateCouncilMember',
      entityType: 'CouncilMember',
      input,
      execute: async (manager) => {
        const seat = await this.editableOfCouncil(manager, caller, 'council_member', input.id);
        if ('userErrors' in seat) return seat;
        const checks = new InputChecks(caller.locale);
        checkText(checks, input.onBehalfOf, 200, ['input', 'onBehalfOf'], false);
        checks.datesInOrder(input.startDate ?? null, seat.row.end_date as string | null, ['input', 'startDate']);
        if (!checks.ok) return { userErrors: checks.errors };
        const values: Record<string, unknown> = {};
        if (input.sector) values.sector = input.sector;
        if (input.onBehalfOf) values.on_behalf_of = JSON.stringify(fromTextInput(input.onBehalfOf));
        if (input.startDate !== undefined) values.start_date = input.startDate;
        return writeVersioned(
          manager,
          caller.locale,
          { table: 'council_member', id: input.id, version: input.version, before: seat.row },
          values,
          ['sector', 'on_behalf_of', 'start_date'],
        );
      },
    });
  }

  updateMeeting(caller: WriteCaller, input: UpdateCouncilMeetingInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'updateCouncilMeeting',
      entityType: 'CouncilMeeting',
      input,
      execute: async (manager) => {
        const editable = await this.editableOfCouncil(manager, caller, 'council_meeting', input.id);
        if ('userErrors' in editable) return editable;
        const meeting = editable.row;
        const checks = new InputChecks(caller.locale);
        const total = input.attendanceTotal !== undefined ? input.attendanceTotal : (meeting.attendance_total as number | null);
        checks.range(total, 0, 100_000, ['input', 'attendanceTotal']);
        checks.range(input.attendanceWomen ?? (meeting.attendance_women as number | null), 0, total ?? 100_000, [
          'input',
          'attendanceWomen',
        ]);
        checks.range(input.attendanceYouth ?? (meeting.attendance_youth as number | null), 0, total ?? 100_000, [
          'input',
          'attendanceYouth',
        ]);
        checkText(checks, input.summary, 5000, ['input', 'summary'], false);
        if (!checks.ok) return { userErrors: checks.errors };
        const values: Record<string, unknown> = {};
        if (input.heldOn) values.held_on = input.heldOn;
        if (input.attendanceTotal !== undefined) values.attendance_total = input.attendanceTotal;
        if (input.attendanceWomen !== undefined) values.attendance_women = input.attendanceWomen;
        if (input.attendanceYouth !== undefined) values.attendance_youth = input.attendanceYouth;
        if (input.summary) values.summary = JSON.stringify(fromTextInput(input.summary));
        const audited = ['held_on', 'attendance_total', 'attendance_women', 'attendance_youth', 'summary'];
        return writeVersioned(
          manager,
          caller.locale,
          { table: 'council_meeting', id: input.id, version: input.version, before: meeting },
          values,
          audited,
        );
      },
    });
  }

  /** Archives a meeting recorded by mistake: it leaves every list; the row and its audit stay. */
  archiveMeeting(caller: WriteCaller, input: ArchiveCouncilMeetingInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'archiveCouncilMeeting',
      entityType: 'CouncilMeeting',
      input,
      execute: async (manager) => {
        const editable = await this.editableOfCouncil(manager, caller, 'council_meeting', input.id, true);
        if ('userErrors' in editable) return editable;
        const meeting = editable.row;
        return archiveVersioned(manager, caller.locale, {
          table: 'council_meeting',
          id: input.id,
          version: input.version,
          before: meeting,
        });
      },
    });
  }

  /** A seat or a meeting is edited by the editors of its council's region. */
  private async editableOfCouncil(
    manager: EntityManager,
    caller: WriteCaller,
    table: 'council_member' | 'council_meeting',
    id: string,
    archiving = false,
  ) {
    const [row] = isUuid(id) ? await manager.query(`SELECT * FROM ${table} WHERE id = $1`, [id]) : [];
    // A locked-down person's seat (or a locked-down organisation's) answers like an unknown id.
    const hidden =
      row &&
      table === 'council_member' &&
      ((row.person_id && !referenceable(caller, LockdownSubject.PERSON, row.person_id)) ||
        (row.organisation_id && !referenceable(caller, LockdownSubject.ORGANISATION, row.organisation_id)));
    if (!row || hidden) return outcomes.notFound(caller.locale, ['input', 'id']);
    const council = await this.editableCouncil(manager, caller, row.council_id as string, ['input', 'id'], archiving);
    if ('userErrors' in council) return council;
    return { row: row as Record<string, unknown> };
  }

  /** A council a write changes or adds to: an archived one only to archive it again (which changes nothing). */
  private async editableCouncil(
    manager: EntityManager,
    caller: WriteCaller,
    id: string,
    field: string[] = ['input', 'councilId'],
    archiving = false,
  ) {
    const [row] = isUuid(id) ? await manager.query(`SELECT * FROM cohesion_council WHERE id = $1`, [id]) : [];
    if (!row || (row.archived_at && !archiving)) return outcomes.notFound(caller.locale, field);
    if (!isRegionTeam(caller.viewer, row.region as Region)) return outcomes.forbiddenRegion(caller.locale, field);
    return { row: row as Record<string, unknown> };
  }
}
