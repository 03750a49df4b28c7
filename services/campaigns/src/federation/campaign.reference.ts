import { type CampaignsContext } from '../context';
import { type CampaignActionEntity } from '../entities/campaign-action.entity';
import { type CampaignEntity } from '../entities/campaign.entity';

/** load() is called before any await so every representation of a fetch batches into one query. */
export function resolveCampaignReference(reference: { id: string }, ctx: CampaignsContext): Promise<CampaignEntity | null> {
  return ctx.domain.gate.campaign(ctx, reference.id);
}

export function resolveCampaignActionReference(reference: { id: string }, ctx: CampaignsContext): Promise<CampaignActionEntity | null> {
  return ctx.domain.gate.action(ctx, reference.id);
}
