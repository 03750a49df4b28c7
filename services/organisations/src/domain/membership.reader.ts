import { type DataSource } from 'typeorm';
import {
  KeysetLister,
  LockdownSubject,
  type Page,
  type PageArgs,
  type SortSpec,
  type Viewer,
  isCustodian,
  notLockedDown,
} from '@icssi/platform';
import { MembershipEntity } from '../entities/membership.entity';
import { PartnershipEntity } from '../entities/partnership.entity';

const BY_START: SortSpec = { key: 'startDate', expression: `coalesce(e.start_date, '0001-01-01'::date)`, type: 'date', direction: 'ASC' };

/** Memberships of organisations and working groups, a page per parent. */
export class MembershipReader {
  private readonly lister: KeysetLister<MembershipEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.lister = new KeysetLister(dataSource, MembershipEntity);
  }

  byId(id: string): Promise<MembershipEntity | null> {
    return this.dataSource.getRepository(MembershipEntity).findOneBy({ id });
  }

  partnershipById(id: string): Promise<PartnershipEntity | null> {
    return this.dataSource.getRepository(PartnershipEntity).findOneBy({ id });
  }

  ofOrganisations(ids: readonly string[], args: PageArgs, viewer: Viewer): Promise<Map<string, Page<MembershipEntity>>> {
    return this.lister.pagesByParent(
      { from: 'membership e', where: () => this.visible(viewer), parent: 'e.organisation_id' },
      BY_START,
      args,
      ids,
    );
  }

  ofWorkingGroups(ids: readonly string[], args: PageArgs, viewer: Viewer): Promise<Map<string, Page<MembershipEntity>>> {
    return this.lister.pagesByParent(
      { from: 'membership e', where: () => this.visible(viewer), parent: 'e.working_group_id' },
      BY_START,
      args,
      ids,
    );
  }

  /** Memberships of locked-down or archived people do not exist for non-custodians. */
  private visible(viewer: Viewer): string[] {
    if (isCustodian(viewer)) return [];
    return [
      notLockedDown(LockdownSubject.PERSON, 'e.person_id'),
      'NOT EXISTS (SELECT 1 FROM person p WHERE p.id = e.person_id AND p.archived_at IS NOT NULL)',
    ];
  }
}
