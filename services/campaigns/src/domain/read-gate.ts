import { type LockdownRegistry, LockdownSubject, type Viewer } from '@icssi/platform';
import { type CampaignActionEntity } from '../entities/campaign-action.entity';
import { type CampaignEntity } from '../entities/campaign.entity';
import { type OrganisationStub, organisationStub } from '../federation/organisation/organisation.stub';
import type { CampaignsLoaders } from '../loaders/loaders';
import { type CampaignReader } from './campaign.reader';

/** What the gate needs of a request: who asks, the lockdown list, this request's loaders. */
export interface GateRequest {
  viewer: Viewer;
  lockdown: LockdownRegistry;
  loaders: CampaignsLoaders;
}

type Id = string | null | undefined;

/**
 * The one read gate of this subgraph's records (DESIGN.md §4.4): queries, nested fields,
 * `_entities` and mutation payloads get campaigns, actions and the organisations they refer to
 * from here, as this viewer may see them, or null. The rules themselves (drafts and archived
 * records for their region's editors and admins) are CampaignReader.visible / visibleAction,
 * which the lists apply in SQL; resolvers apply none.
 */
export class CampaignsReadGate {
  constructor(private readonly campaigns: CampaignReader) {}

  async campaign(request: GateRequest, id: Id): Promise<CampaignEntity | null> {
    return id ? this.campaigns.visible(await request.loaders.campaignById.load(id), request.viewer) : null;
  }

  campaignFound(request: GateRequest, campaign: CampaignEntity | null): CampaignEntity | null {
    return this.campaigns.visible(campaign, request.viewer);
  }

  async action(request: GateRequest, id: Id): Promise<CampaignActionEntity | null> {
    const action = id ? await request.loaders.actionById.load(id) : null;
    if (!action) return null;
    return this.campaigns.visibleAction(action, await request.loaders.campaignById.load(action.campaignId), request.viewer);
  }

  /** An organisation referred to by key: a locked-down one does not exist for non-custodians. */
  organisation(request: GateRequest, id: Id): OrganisationStub | null {
    return id && request.lockdown.visibleTo(request.viewer, LockdownSubject.ORGANISATION, id) ? organisationStub(id) : null;
  }

  async partnerOrganisations(request: GateRequest, campaign: CampaignEntity): Promise<OrganisationStub[]> {
    const rows = await request.loaders.partnersByCampaign.load(campaign.id);
    return rows.map((row) => this.organisation(request, row.organisationId)).filter((stub): stub is OrganisationStub => stub !== null);
  }
}
