import { type DataSource } from 'typeorm';
import { KeysetLister, type Page, type PageArgs, type SortSpec, type SqlParams, isUuid, normalizeGovernorateCode } from '@icssi/platform';
import { ImplementationUpdateEntity } from '../entities/implementation-update.entity';
import { ImplementationEntity } from '../entities/implementation.entity';
import { type ImplementationFilter } from './implementation-filter';

const BY_CREATION: SortSpec = { key: 'createdAt', expression: 'e.created_at', type: 'timestamptz', direction: 'ASC' };
const TIMELINE: SortSpec = { key: 'reportedOn', expression: 'e.reported_on', type: 'date', direction: 'ASC' };

// Archived commitments are not listed.
const LIVE = 'e.archived_at IS NULL';

/** Implementations of recommendations and their timelines. */
export class ImplementationReader {
  private readonly implementations: KeysetLister<ImplementationEntity>;
  private readonly updates: KeysetLister<ImplementationUpdateEntity>;

  constructor(dataSource: DataSource) {
    this.implementations = new KeysetLister(dataSource, ImplementationEntity);
    this.updates = new KeysetLister(dataSource, ImplementationUpdateEntity);
  }

  list(filter: ImplementationFilter | null | undefined, args: PageArgs): Promise<Page<ImplementationEntity>> {
    return this.implementations.page({ from: 'implementation e', where: (params) => this.conditions(filter, params) }, BY_CREATION, args);
  }

  ofCouncils(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<ImplementationEntity>>> {
    return this.implementations.pagesByParent(
      { from: 'implementation e', parent: 'e.council_id', where: () => [LIVE] },
      BY_CREATION,
      args,
      ids,
    );
  }

  ofRecommendations(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<ImplementationEntity>>> {
    return this.implementations.pagesByParent(
      { from: 'implementation e', parent: 'e.recommendation_id', where: () => [LIVE] },
      BY_CREATION,
      args,
      ids,
    );
  }

  timelines(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<ImplementationUpdateEntity>>> {
    return this.updates.pagesByParent(
      { from: 'implementation_update e', parent: 'e.implementation_id', where: () => [] },
      TIMELINE,
      args,
      ids,
    );
  }

  private conditions(filter: ImplementationFilter | null | undefined, params: SqlParams): string[] {
    const add = (value: unknown) => params.add(value);
    const where: string[] = [LIVE];
    if (filter?.status) where.push(`e.status = ${add(filter.status)}`);
    if (filter?.councilId) where.push(isUuid(filter.councilId) ? `e.council_id = ${add(filter.councilId)}` : 'FALSE');
    if (filter?.recommendationId)
      where.push(isUuid(filter.recommendationId) ? `e.recommendation_id = ${add(filter.recommendationId)}` : 'FALSE');
    // Where an implementation is: its council's region and governorate.
    if (filter?.region)
      where.push(`EXISTS (SELECT 1 FROM cohesion_council c WHERE c.id = e.council_id AND c.region = ${add(filter.region)})`);
    if (filter?.governorateCode) {
      where.push(
        `EXISTS (SELECT 1 FROM cohesion_council c WHERE c.id = e.council_id AND c.governorate_code = ${add(normalizeGovernorateCode(filter.governorateCode))})`,
      );
    }
    if (filter?.minProgress != null) where.push(`e.progress >= ${add(filter.minProgress)}`);
    return where;
  }
}
