import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Region, Theme, Translation, localize, translationsOf } from '@icssi/platform';
import { CampaignsContext } from '../context';
import { CampaignEntity } from '../entities/campaign.entity';
import { GovernorateStub, governorateStub } from '../federation/governorate/governorate.stub';
import { OrganisationStub, organisationStub } from '../federation/organisation/organisation.stub';
import { WorkingGroupStub, workingGroupStub } from '../federation/working-group/working-group.stub';
import { CampaignStatus } from '../types/campaign-status.enum';
import { Campaign } from '../types/campaign.type';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => [Campaign], { description: 'Public campaigns, by start date.' })
  campaigns(
    @Ctx() ctx: CampaignsContext,
    @Arg('region', () => Region, { nullable: true, description: 'Only campaigns running in this region.' }) region?: Region | null,
    @Arg('status', () => CampaignStatus, { nullable: true, description: 'Only campaigns in this state.' }) status?: CampaignStatus | null,
    @Arg('theme', () => Theme, { nullable: true, description: 'Only campaigns on this theme.' }) theme?: Theme | null,
  ): Promise<CampaignEntity[]> {
    return ctx.domain.campaigns.list({ region, status, theme });
  }

  @Query(() => Campaign, { nullable: true, description: 'One campaign by id, or null.' })
  async campaign(@Ctx() ctx: CampaignsContext, @Arg('id', () => ID, { description: 'The campaign id.' }) id: string): Promise<CampaignEntity | null> {
    return ctx.domain.campaigns.visible(await ctx.loaders.campaignById.load(id));
  }

  @Query(() => Campaign, { nullable: true, description: 'One campaign by slug, or null.' })
  campaignBySlug(
    @Ctx() ctx: CampaignsContext,
    @Arg('slug', () => String, { description: 'The campaign slug.' }) slug: string,
  ): Promise<CampaignEntity | null> {
    return ctx.domain.campaigns.bySlug(slug);
  }

  @FieldResolver(() => String, { description: 'Title in the reader’s language, with fallback.' })
  title(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext): string | null {
    return localize(campaign.title, ctx.locale);
  }

  @FieldResolver(() => [Translation], { description: 'The title in every language, with provenance.' })
  titleTranslations(@Root() campaign: CampaignEntity): Translation[] {
    return translationsOf(campaign.title);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Summary in the reader’s language, with fallback.' })
  summary(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext): string | null {
    return localize(campaign.summary, ctx.locale);
  }

  @FieldResolver(() => WorkingGroupStub, { nullable: true, description: 'The youth working group leading the campaign.' })
  leadWorkingGroup(@Root() campaign: CampaignEntity): WorkingGroupStub | null {
    return campaign.leadWorkingGroupId ? workingGroupStub(campaign.leadWorkingGroupId) : null;
  }

  @FieldResolver(() => OrganisationStub, { nullable: true, description: 'The organisation leading the campaign.' })
  leadOrganisation(@Root() campaign: CampaignEntity): OrganisationStub | null {
    return campaign.leadOrganisationId ? organisationStub(campaign.leadOrganisationId) : null;
  }

  @FieldResolver(() => [GovernorateStub], { description: 'Governorates where the campaign acts (the finest public location).' })
  governorates(@Root() campaign: CampaignEntity): GovernorateStub[] {
    return campaign.governorateCodes.map(governorateStub);
  }

  @FieldResolver(() => Campaign, { nullable: true, description: 'The joint or cross-region campaign this one is part of.' })
  async parentCampaign(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext): Promise<CampaignEntity | null> {
    if (!campaign.parentCampaignId) return null;
    return ctx.domain.campaigns.visible(await ctx.loaders.campaignById.load(campaign.parentCampaignId));
  }

  @FieldResolver(() => [Campaign], { description: 'Campaigns that are part of this one.' })
  childCampaigns(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext): Promise<CampaignEntity[]> {
    return ctx.loaders.campaignsByParent.load(campaign.id);
  }
}
