import { type DataSource } from 'typeorm';
import {
  FilteredList,
  KeysetLister,
  type Locale,
  OrderDirection,
  type Page,
  type PageArgs,
  type SortSpec,
  type SqlParams,
  dateRangeConditions,
  localizedSortExpression,
  normalizeGovernorateCode,
  searchCondition,
  type Viewer,
} from '@icssi/platform';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { CouncilMeetingEntity } from '../entities/council-meeting.entity';
import { CouncilMemberEntity } from '../entities/council-member.entity';
import { type CohesionCouncilFilter, type CohesionCouncilOrder, CohesionCouncilOrderField } from './council-filter';
import { type CouncilMeetingFilter } from './council-meeting-filter';

import { type CouncilsReadGate } from './read-gate';

const MEETINGS_NEWEST_FIRST: SortSpec = { key: 'heldOn', expression: 'e.held_on', type: 'date', direction: 'DESC' };
const SEATS_BY_SECTOR: SortSpec = { key: 'sector', expression: 'e.sector', type: 'text', direction: 'ASC' };

/** Read rules for councils, their seats and meetings. */
export class CouncilReader {
  private readonly councils: KeysetLister<CohesionCouncilEntity>;
  private readonly filtered: FilteredList<CohesionCouncilEntity, CohesionCouncilFilter>;
  private readonly meetings: KeysetLister<CouncilMeetingEntity>;
  private readonly members: KeysetLister<CouncilMemberEntity>;

  constructor(
    dataSource: DataSource,
    private readonly gate: CouncilsReadGate,
  ) {
    this.councils = new KeysetLister(dataSource, CohesionCouncilEntity);
    this.filtered = new FilteredList(this.councils, {
      from: 'cohesion_council e',
      conditions: (filter, params) => this.conditions(filter, params),
      nameColumn: 'e.name',
    });
    this.meetings = new KeysetLister(dataSource, CouncilMeetingEntity);
    this.members = new KeysetLister(dataSource, CouncilMemberEntity);
  }

  list(
    filter: CohesionCouncilFilter | null | undefined,
    order: CohesionCouncilOrder | null | undefined,
    args: PageArgs,
    locale: Locale,
  ): Promise<Page<CohesionCouncilEntity>> {
    return this.filtered.list(filter, this.sort(order, locale), args);
  }

  /** Councils matching a search text in any language or script, most relevant first; as listed (archived ones never). */
  search(text: string, args: PageArgs, locale: Locale): Promise<Page<CohesionCouncilEntity>> {
    return this.filtered.search(text, args, locale);
  }

  meetingList(filter: CouncilMeetingFilter | null | undefined, args: PageArgs): Promise<Page<CouncilMeetingEntity>> {
    return this.meetings.page(
      { from: 'council_meeting e', where: (params) => this.meetingConditions(filter, params) },
      MEETINGS_NEWEST_FIRST,
      args,
    );
  }

  meetingsOfCouncils(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<CouncilMeetingEntity>>> {
    return this.meetings.pagesByParent(
      { from: 'council_meeting e', parent: 'e.council_id', where: () => ['e.archived_at IS NULL'] },
      MEETINGS_NEWEST_FIRST,
      args,
      ids,
    );
  }

  /** Seats of locked-down people and organisations are left out for non-custodians (the read gate's rule). */
  membersOfCouncils(ids: readonly string[], args: PageArgs, viewer: Viewer): Promise<Map<string, Page<CouncilMemberEntity>>> {
    return this.members.pagesByParent(
      { from: 'council_member e', parent: 'e.council_id', where: () => this.gate.seatConditions(viewer) },
      SEATS_BY_SECTOR,
      args,
      ids,
    );
  }

  private conditions(filter: CohesionCouncilFilter, params: SqlParams): string[] {
    const add = (value: unknown) => params.add(value);
    // Archived councils are not listed.
    const where: string[] = ['e.archived_at IS NULL'];
    if (filter.region) where.push(`e.region = ${add(filter.region)}`);
    if (filter.governorateCode) where.push(`e.governorate_code = ${add(normalizeGovernorateCode(filter.governorateCode))}`);
    if (filter.status) where.push(`e.status = ${add(filter.status)}`);
    where.push(...dateRangeConditions('e.established_on', filter.established, add));
    const text = filter.text ? searchCondition('e.search_text', filter.text, add) : null;
    if (text) where.push(text);
    return where;
  }

  private meetingConditions(filter: CouncilMeetingFilter | null | undefined, params: SqlParams): string[] {
    const add = (value: unknown) => params.add(value);
    const where: string[] = ['e.archived_at IS NULL'];
    if (filter?.governorateCode) where.push(`e.governorate_code = ${add(normalizeGovernorateCode(filter.governorateCode))}`);
    where.push(...dateRangeConditions('e.held_on', filter?.held, add));
    return where;
  }

  private sort(order: CohesionCouncilOrder | null | undefined, locale: Locale): SortSpec {
    const direction = order?.direction ?? OrderDirection.ASC;
    switch (order?.field ?? CohesionCouncilOrderField.SLUG) {
      case CohesionCouncilOrderField.NAME:
        return { key: `name:${locale}`, expression: localizedSortExpression('e.name', locale), type: 'text', direction };
      case CohesionCouncilOrderField.ESTABLISHED_ON:
        return { key: 'establishedOn', expression: `coalesce(e.established_on, '0001-01-01'::date)`, type: 'date', direction };
      default:
        return { key: 'slug', expression: 'e.slug', type: 'text', direction };
    }
  }
}
