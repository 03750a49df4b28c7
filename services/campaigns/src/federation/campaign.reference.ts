import { CampaignsContext } from '../context';
import { CampaignEntity } from '../entities/campaign.entity';

/** load() is called before any await so every representation of a fetch batches into one query. */
export function resolveCampaignReference(reference: { id: string }, ctx: CampaignsContext): Promise<CampaignEntity | null> {
  const loading = ctx.loaders.campaignById.load(reference.id);
  return loading.then((campaign) => ctx.domain.campaigns.visible(campaign));
}
