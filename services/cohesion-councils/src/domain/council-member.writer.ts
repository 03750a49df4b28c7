import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  type ReferenceChecker,
  LockdownSubject,
  type MutationResult,
  type WriteCaller,
  checkReferencedRecords,
  referenceable,
  checkText,
  diff,
  fromTextInput,
  runWrite,
  endDatedRecord,
  correctDatedRecord,
  type WriteTarget,
} from '@icssi/platform';
import { type AddCouncilMemberInput, type EndCouncilMemberInput, type UpdateCouncilMemberInput } from './council-member.commands';
import { ORGANISATION, editableCouncil, editableOfCouncil } from './council.writer';

const PERSON = { owner: 'organisations', typename: 'Person', lockdown: LockdownSubject.PERSON, regionField: 'region' } as const;

/** Council seats: editors of the council's region and admins; people and organisations seated are checked with their owner. */
export class CouncilMemberWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceChecker,
  ) {}

  addMember(caller: WriteCaller, input: AddCouncilMemberInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'addCouncilMember',
      entityType: 'CouncilMember',
      input,
      execute: async (manager) => {
        const council = await editableCouncil(manager, caller, input.councilId);
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

  endMember(caller: WriteCaller, input: EndCouncilMemberInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'endCouncilMember',
      entityType: 'CouncilMember',
      input,
      execute: (manager) => endDatedRecord(manager, caller, { table: 'council_member', load: editableSeat, input }),
    });
  }

  /** Corrects a seat's sector, what it represents or its first day; who holds it is not changed here. */
  updateMember(caller: WriteCaller, input: UpdateCouncilMemberInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateCouncilMember',
      entityType: 'CouncilMember',
      input,
      execute: (manager) => {
        const values: Record<string, unknown> = {};
        if (input.sector) values.sector = input.sector;
        if (input.onBehalfOf) values.on_behalf_of = JSON.stringify(fromTextInput(input.onBehalfOf));
        if (input.startDate !== undefined) values.start_date = input.startDate;
        return correctDatedRecord(
          manager,
          caller,
          { table: 'council_member', load: editableSeat, input },
          {
            values,
            audited: ['sector', 'on_behalf_of', 'start_date'],
            check: (checks) => checkText(checks, input.onBehalfOf, 200, ['input', 'onBehalfOf'], false),
          },
        );
      },
    });
  }
}

/** A seat is edited by the editors of its council's region. */
function editableSeat(manager: EntityManager, caller: WriteCaller, id: string): Promise<WriteTarget> {
  return editableOfCouncil(manager, caller, id, {
    select: `SELECT * FROM council_member WHERE id = $1`,
    // A locked-down person's seat (or a locked-down organisation's) answers like an unknown id.
    gone: (row) =>
      Boolean(
        (row.person_id && !referenceable(caller, LockdownSubject.PERSON, row.person_id as string)) ||
        (row.organisation_id && !referenceable(caller, LockdownSubject.ORGANISATION, row.organisation_id as string)),
      ),
  });
}
