import { CampaignsContext } from '../context';
import { CampaignActionEntity } from '../entities/campaign-action.entity';
import { CampaignEntity } from '../entities/campaign.entity';

/** load() is called before any await so every representation of a fetch batches into one query. */
export function resolveCampaignReference(reference: { id: string }, ctx: CampaignsContext): Promise<CampaignEntity | null> {
  return ctx.loaders.campaignById.load(reference.id).then((campaign) => ctx.domain.campaigns.visible(campaign, ctx.viewer));
}

export function resolveCampaignActionReference(reference: { id: string }, ctx: CampaignsContext): Promise<CampaignActionEntity | null> {
  return ctx.loaders.actionById.load(reference.id).then(async (action) => {
    if (!action) return null;
    return ctx.domain.campaigns.visibleAction(action, await ctx.loaders.campaignById.load(action.campaignId), ctx.viewer);
  });
}
