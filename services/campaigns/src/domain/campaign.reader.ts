import { type DataSource } from 'typeorm';
import {
  FilteredList,
  KeysetLister,
  type ListSource,
  type Locale,
  OrderDirection,
  type Page,
  type PageArgs,
  type SortSpec,
  type SqlParams,
  localizedSortExpression,
  searchCondition,
  isPlausibleSlug,
  type Viewer,
  isCustodian,
  isRegionTeam,
  normalizeGovernorateCode,
} from '@icssi/platform';
import { type CampaignActionEntity } from '../entities/campaign-action.entity';
import { CampaignEntity } from '../entities/campaign.entity';
import { type CampaignFilter, type CampaignOrder, CampaignOrderField } from './campaign-filter';
import { CampaignStatus, campaignStatusSql } from './campaign-status';

const BY_START: SortSpec = { key: 'startDate', expression: `coalesce(e.start_date, '0001-01-01'::date)`, type: 'date', direction: 'ASC' };
const PUBLIC = `e.status <> 'DRAFT' AND e.archived_at IS NULL`;

/** Read rules for campaigns: drafts are not public and never appear in lists. */
export class CampaignReader {
  private readonly lister: KeysetLister<CampaignEntity>;
  private readonly filtered: FilteredList<CampaignEntity, CampaignFilter>;

  constructor(private readonly dataSource: DataSource) {
    this.lister = new KeysetLister(dataSource, CampaignEntity);
    this.filtered = new FilteredList(this.lister, {
      from: 'campaign e',
      conditions: (filter, params) => this.conditions(filter, params),
      nameColumn: 'e.title',
    });
  }

  list(
    filter: CampaignFilter | null | undefined,
    order: CampaignOrder | null | undefined,
    args: PageArgs,
    locale: Locale,
  ): Promise<Page<CampaignEntity>> {
    return this.filtered.list(filter, this.sort(order, locale), args);
  }

  /** Records matching a search text in any language or script, most relevant first. */
  search(text: string, args: PageArgs, locale: Locale): Promise<Page<CampaignEntity>> {
    return this.filtered.search(text, args, locale);
  }

  /** Campaigns an organisation leads or is a partner in. */
  ofOrganisations(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<CampaignEntity>>> {
    return this.nested(
      {
        from: `campaign e JOIN (SELECT id AS campaign_id, lead_organisation_id AS organisation_id FROM campaign
                 UNION SELECT campaign_id, organisation_id FROM campaign_partner) link ON link.campaign_id = e.id`,
        parent: 'link.organisation_id',
      },
      ids,
      args,
    );
  }

  ofProgrammes(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<CampaignEntity>>> {
    return this.nested({ from: 'campaign e', parent: 'e.programme_id' }, ids, args);
  }

  ofWorkingGroups(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<CampaignEntity>>> {
    return this.nested({ from: 'campaign e', parent: 'e.lead_working_group_id' }, ids, args);
  }

  ofGovernorates(codes: readonly string[], args: PageArgs): Promise<Map<string, Page<CampaignEntity>>> {
    return this.nested({ from: 'campaign e CROSS JOIN LATERAL unnest(e.governorate_codes) AS g(code)', parent: 'g.code' }, codes, args);
  }

  ofRecommendations(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<CampaignEntity>>> {
    return this.nested(
      { from: 'campaign e JOIN campaign_recommendation r ON r.campaign_id = e.id', parent: 'r.recommendation_id' },
      ids,
      args,
    );
  }

  async bySlug(slug: string, viewer: Viewer): Promise<CampaignEntity | null> {
    if (!isPlausibleSlug(slug)) return null;
    return this.visible(await this.dataSource.getRepository(CampaignEntity).findOneBy({ slug }), viewer);
  }

  /**
   * A single campaign as the viewer may see it: drafts and archived campaigns exist only for
   * admins and the editors of one of the campaign's regions.
   */
  visible(campaign: CampaignEntity | null, viewer: Viewer): CampaignEntity | null {
    if (!campaign) return null;
    if (campaign.status !== CampaignStatus.DRAFT && !campaign.archivedAt) return campaign;
    return campaign.regions.some((region) => isRegionTeam(viewer, region)) || isCustodian(viewer) ? campaign : null;
  }

  /** An action as the viewer may see it: as visible as its campaign, and archived ones only for that campaign's editors and admins. */
  visibleAction(action: CampaignActionEntity | null, campaign: CampaignEntity | null, viewer: Viewer): CampaignActionEntity | null {
    const visibleCampaign = this.visible(campaign, viewer);
    if (!action || !visibleCampaign) return null;
    if (!action.archivedAt) return action;
    return visibleCampaign.regions.some((region) => isRegionTeam(viewer, region)) || isCustodian(viewer) ? action : null;
  }

  private nested(source: Omit<ListSource, 'where'> & { parent: string }, keys: readonly string[], args: PageArgs) {
    return this.lister.pagesByParent({ ...source, where: () => [PUBLIC] }, BY_START, args, keys);
  }

  private conditions(filter: CampaignFilter, params: SqlParams): string[] {
    const add = (value: unknown) => params.add(value);
    const where = [PUBLIC];
    if (filter.status?.length) where.push(`${campaignStatusSql('e')} = ANY(${add(filter.status)}::text[])`);
    if (filter.region) where.push(`e.regions @> ARRAY[${add(filter.region)}]::text[]`);
    if (filter.theme) where.push(`e.themes @> ARRAY[${add(filter.theme)}]::text[]`);
    if (filter.governorateCode)
      where.push(`e.governorate_codes @> ARRAY[${add(normalizeGovernorateCode(filter.governorateCode))}]::text[]`);
    // Running at some time within the period: started before its end and not ended before its start.
    if (filter.period?.to) where.push(`(e.start_date IS NULL OR e.start_date <= ${add(filter.period.to)}::date)`);
    if (filter.period?.from) where.push(`(e.end_date IS NULL OR e.end_date >= ${add(filter.period.from)}::date)`);
    const text = filter.text ? searchCondition('e.search_text', filter.text, add) : null;
    if (text) where.push(text);
    return where;
  }

  private sort(order: CampaignOrder | null | undefined, locale: Locale): SortSpec {
    const direction = order?.direction ?? OrderDirection.ASC;
    switch (order?.field ?? CampaignOrderField.START_DATE) {
      case CampaignOrderField.TITLE:
        return { key: `title:${locale}`, expression: localizedSortExpression('e.title', locale), type: 'text', direction };
      case CampaignOrderField.CREATED_AT:
        return { key: 'createdAt', expression: 'e.created_at', type: 'timestamptz', direction };
      default:
        return { ...BY_START, direction };
    }
  }
}
