import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { CampaignsContext } from '../context';
import { CampaignActionEntity } from '../entities/campaign-action.entity';
import { CampaignEntity } from '../entities/campaign.entity';
import { GovernorateStub, governorateStub } from '../federation/governorate/governorate.stub';
import { OrganisationStub } from '../federation/organisation/organisation.stub';
import { RecommendationStub, recommendationStub } from '../federation/recommendation/recommendation.stub';
import { WorkingGroupStub, workingGroupStub } from '../federation/working-group/working-group.stub';
import { CampaignActionFilter } from '../types/campaign-action-filter.input';
import { CampaignFilter } from '../types/campaign-filter.input';
import { CampaignOrder } from '../types/campaign-order.input';
import { Campaign } from '../types/campaign.type';
import { CampaignActionConnection, CampaignConnection } from '../types/connections';
import { CampaignStatus } from '../types/campaign-status.enum';
import { campaignStatusOn, followsCalendar } from '../domain/campaign-status';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignConnection, { description: 'Public campaigns (drafts are never listed).' })
  campaigns(
    @Ctx() ctx: CampaignsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => CampaignFilter, { nullable: true, description: 'Conditions the campaigns must meet.' })
    filter?: CampaignFilter | null,
    @Arg('orderBy', () => CampaignOrder, { nullable: true, description: 'Sort order (default: by start date).' })
    orderBy?: CampaignOrder | null,
  ): Promise<Page<CampaignEntity>> {
    return ctx.domain.campaigns.list(filter, orderBy, page, ctx.locale);
  }

  @Query(() => Campaign, { nullable: true, description: 'One campaign by id, or null.' })
  async campaign(
    @Ctx() ctx: CampaignsContext,
    @Arg('id', () => ID, { description: 'The campaign id.' }) id: string,
  ): Promise<CampaignEntity | null> {
    return ctx.domain.gate.campaign(ctx, id);
  }

  @Query(() => Campaign, { nullable: true, description: 'One campaign by slug, or null.' })
  campaignBySlug(
    @Ctx() ctx: CampaignsContext,
    @Arg('slug', () => String, { description: 'The campaign slug.' }) slug: string,
  ): Promise<CampaignEntity | null> {
    return ctx.domain.campaigns.bySlug(slug, ctx.viewer);
  }

  @FieldResolver(() => CampaignStatus, {
    description:
      'Life-cycle state today: PLANNED, ACTIVE or COMPLETED by the campaign’s dates (Iraq’s calendar) unless it is DRAFT, CANCELLED or set otherwise by an editor (see statusFollowsCalendar).',
  })
  status(@Root() campaign: CampaignEntity): CampaignStatus {
    return campaignStatusOn(campaign);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the status follows the dates (false for DRAFT, CANCELLED and an editor’s explicit status).',
  })
  statusFollowsCalendar(@Root() campaign: CampaignEntity): boolean {
    return followsCalendar(campaign);
  }

  @FieldResolver(() => WorkingGroupStub, { nullable: true, description: 'The youth working group leading the campaign.' })
  leadWorkingGroup(@Root() campaign: CampaignEntity): WorkingGroupStub | null {
    return campaign.leadWorkingGroupId ? workingGroupStub(campaign.leadWorkingGroupId) : null;
  }

  @FieldResolver(() => OrganisationStub, { nullable: true, description: 'The organisation leading the campaign.' })
  leadOrganisation(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext): OrganisationStub | null {
    return ctx.domain.gate.organisation(ctx, campaign.leadOrganisationId);
  }

  @FieldResolver(() => [OrganisationStub], { description: 'Partner organisations of the campaign.' })
  async partnerOrganisations(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext): Promise<OrganisationStub[]> {
    return ctx.domain.gate.partnerOrganisations(ctx, campaign);
  }

  @FieldResolver(() => [GovernorateStub], { description: 'Governorates where the campaign acts (the finest public location).' })
  governorates(@Root() campaign: CampaignEntity): GovernorateStub[] {
    return campaign.governorateCodes.map(governorateStub);
  }

  @FieldResolver(() => [RecommendationStub], { description: 'Forum recommendations the campaign advances.' })
  async recommendations(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext): Promise<RecommendationStub[]> {
    return (await ctx.loaders.recommendationsByCampaign.load(campaign.id)).map((row) => recommendationStub(row.recommendationId));
  }

  @FieldResolver(() => Campaign, { nullable: true, description: 'The joint or cross-region campaign this one is part of.' })
  async parentCampaign(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext): Promise<CampaignEntity | null> {
    return ctx.domain.gate.campaign(ctx, campaign.parentCampaignId);
  }

  @FieldResolver(() => [Campaign], { description: 'Campaigns that are part of this one.' })
  childCampaigns(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext): Promise<CampaignEntity[]> {
    return ctx.loaders.childCampaigns.load(campaign.id);
  }

  @FieldResolver(() => CampaignActionConnection, { description: 'The campaign’s actions, by date.' })
  actions(
    @Root() campaign: CampaignEntity,
    @Ctx() ctx: CampaignsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => CampaignActionFilter, { nullable: true, description: 'Conditions the actions must meet.' })
    filter?: CampaignActionFilter | null,
  ): Promise<Page<CampaignActionEntity>> {
    return ctx.loaders.connections.load('campaignActions', { page, filter }, campaign.id, (ids) =>
      ctx.domain.actions.ofCampaigns(ids, filter, page),
    );
  }
}
