import { type DataSource } from 'typeorm';
import {
  KeysetLister,
  type Page,
  type PageArgs,
  type SortSpec,
  type SqlParams,
  dateRangeConditions,
  normalizeGovernorateCode,
} from '@icssi/platform';
import { CampaignActionEntity } from '../entities/campaign-action.entity';
import { type CampaignActionFilter } from './campaign-action-filter';

const BY_DATE: SortSpec = { key: 'occurredOn', expression: 'e.occurred_on', type: 'date', direction: 'ASC' };

// Actions of draft campaigns are as private as the campaign.
const OF_PUBLIC_CAMPAIGN = `EXISTS (SELECT 1 FROM campaign c WHERE c.id = e.campaign_id AND c.status <> 'DRAFT')`;

/** Campaign actions, by date. */
export class CampaignActionReader {
  private readonly lister: KeysetLister<CampaignActionEntity>;

  constructor(dataSource: DataSource) {
    this.lister = new KeysetLister(dataSource, CampaignActionEntity);
  }

  list(filter: CampaignActionFilter | null | undefined, args: PageArgs): Promise<Page<CampaignActionEntity>> {
    return this.lister.page(
      { from: 'campaign_action e', where: (params) => [OF_PUBLIC_CAMPAIGN, ...this.conditions(filter, params)] },
      BY_DATE,
      args,
    );
  }

  ofCampaigns(
    ids: readonly string[],
    filter: CampaignActionFilter | null | undefined,
    args: PageArgs,
  ): Promise<Map<string, Page<CampaignActionEntity>>> {
    return this.lister.pagesByParent(
      { from: 'campaign_action e', parent: 'e.campaign_id', where: (params) => this.conditions(filter, params) },
      BY_DATE,
      args,
      ids,
    );
  }

  private conditions(filter: CampaignActionFilter | null | undefined, params: SqlParams): string[] {
    const add = (value: unknown) => params.add(value);
    const where: string[] = ['e.archived_at IS NULL'];
    if (filter?.type) where.push(`e.type = ${add(filter.type)}`);
    if (filter?.governorateCode) where.push(`e.governorate_code = ${add(normalizeGovernorateCode(filter.governorateCode))}`);
    where.push(...dateRangeConditions('e.occurred_on', filter?.occurred, add));
    return where;
  }
}
