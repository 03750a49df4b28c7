import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { payloadOf } from '@icssi/platform';
import { CampaignsContext } from '../context';
import {
  AddCampaignActionInput,
  ArchiveCampaignActionInput,
  ArchiveCampaignInput,
  CreateCampaignInput,
  LinkCampaignInput,
  UpdateCampaignActionInput,
  UpdateCampaignInput,
} from '../types/campaign-mutation.inputs';
import { CampaignActionPayload, CampaignPayload } from '../types/campaign.payloads';

@Resolver()
export class CampaignMutationResolver {
  @Mutation(() => CampaignPayload, { description: 'Creates a campaign (editors of its region; cross-region campaigns: admins).' })
  async createCampaign(
    @Ctx() ctx: CampaignsContext,
    @Arg('input', () => CreateCampaignInput, { description: 'The new campaign.' }) input: CreateCampaignInput,
  ): Promise<CampaignPayload> {
    return payloadOf('campaign', ctx.domain.campaignWriter.create(ctx, input), (id) => ctx.domain.gate.campaign(ctx, id));
  }

  @Mutation(() => CampaignPayload, { description: 'Changes a campaign, if `version` is still current (else a CONFLICT user error).' })
  async updateCampaign(
    @Ctx() ctx: CampaignsContext,
    @Arg('input', () => UpdateCampaignInput, { description: 'The changes.' }) input: UpdateCampaignInput,
  ): Promise<CampaignPayload> {
    return payloadOf('campaign', ctx.domain.campaignWriter.update(ctx, input), (id) => ctx.domain.gate.campaign(ctx, id));
  }

  @Mutation(() => CampaignPayload, {
    description: 'Archives a campaign: it leaves every list and stays resolvable for its editors and admins.',
  })
  async archiveCampaign(
    @Ctx() ctx: CampaignsContext,
    @Arg('input', () => ArchiveCampaignInput, { description: 'Which campaign, at which version.' }) input: ArchiveCampaignInput,
  ): Promise<CampaignPayload> {
    return payloadOf('campaign', ctx.domain.campaignWriter.archive(ctx, input), (id) => ctx.domain.gate.campaign(ctx, id));
  }

  @Mutation(() => CampaignActionPayload, { description: 'Adds a dated action to a campaign (editors of its region, admins).' })
  async addCampaignAction(
    @Ctx() ctx: CampaignsContext,
    @Arg('input', () => AddCampaignActionInput, { description: 'The action.' }) input: AddCampaignActionInput,
  ): Promise<CampaignActionPayload> {
    return payloadOf('action', ctx.domain.campaignWriter.addAction(ctx, input), (id) => ctx.domain.gate.action(ctx, id));
  }

  @Mutation(() => CampaignPayload, { description: 'Adds a partner organisation to a campaign (checked with the organisations subgraph).' })
  async addCampaignPartner(
    @Ctx() ctx: CampaignsContext,
    @Arg('input', () => LinkCampaignInput, { description: 'Campaign and organisation.' }) input: LinkCampaignInput,
  ): Promise<CampaignPayload> {
    return payloadOf('campaign', ctx.domain.campaignWriter.addPartner(ctx, input), (id) => ctx.domain.gate.campaign(ctx, id));
  }

  @Mutation(() => CampaignPayload, {
    description: 'Records that a campaign advances a forum recommendation (checked with the forum-seasons subgraph).',
  })
  async advanceRecommendation(
    @Ctx() ctx: CampaignsContext,
    @Arg('input', () => LinkCampaignInput, { description: 'Campaign and recommendation.' }) input: LinkCampaignInput,
  ): Promise<CampaignPayload> {
    return payloadOf('campaign', ctx.domain.campaignWriter.advanceRecommendation(ctx, input), (id) => ctx.domain.gate.campaign(ctx, id));
  }

  @Mutation(() => CampaignActionPayload, {
    description: 'Retracts a campaign action: it leaves every list; the campaign’s editors and admins still reach it by id.',
  })
  async archiveCampaignAction(
    @Ctx() ctx: CampaignsContext,
    @Arg('input', () => ArchiveCampaignActionInput, { description: 'Which action, at which version.' }) input: ArchiveCampaignActionInput,
  ): Promise<CampaignActionPayload> {
    return payloadOf('action', ctx.domain.campaignWriter.archiveAction(ctx, input), (id) => ctx.domain.gate.action(ctx, id));
  }

  @Mutation(() => CampaignActionPayload, { description: 'Corrects a campaign action, if `version` is still current.' })
  async updateCampaignAction(
    @Ctx() ctx: CampaignsContext,
    @Arg('input', () => UpdateCampaignActionInput, { description: 'The changes.' }) input: UpdateCampaignActionInput,
  ): Promise<CampaignActionPayload> {
    return payloadOf('action', ctx.domain.campaignWriter.updateAction(ctx, input), (id) => ctx.domain.gate.action(ctx, id));
  }
}
