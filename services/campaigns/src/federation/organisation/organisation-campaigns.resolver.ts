import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CampaignsContext } from '../../context';
import { CampaignEntity } from '../../entities/campaign.entity';
import { Campaign } from '../../types/campaign.type';
import { OrganisationStub } from './organisation.stub';

@Resolver(() => OrganisationStub)
export class OrganisationCampaignsResolver {
  @FieldResolver(() => [Campaign], {
    // Nullable: if this subgraph is down, the rest of the parent entity still arrives.
    nullable: true,
    description: 'Campaigns this organisation leads (drafts excluded).',
  })
  campaigns(@Root() organisation: OrganisationStub, @Ctx() ctx: CampaignsContext): Promise<CampaignEntity[]> {
    return ctx.loaders.campaignsByLeadOrganisation.load(organisation.id);
  }
}
