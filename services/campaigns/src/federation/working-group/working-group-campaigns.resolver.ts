import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CampaignsContext } from '../../context';
import { CampaignEntity } from '../../entities/campaign.entity';
import { Campaign } from '../../types/campaign.type';
import { WorkingGroupStub } from './working-group.stub';

@Resolver(() => WorkingGroupStub)
export class WorkingGroupCampaignsResolver {
  @FieldResolver(() => [Campaign], {
    // Nullable: if this subgraph is down, the rest of the parent entity still arrives.
    nullable: true,
    description: 'Campaigns this working group leads (drafts excluded).',
  })
  campaigns(@Root() group: WorkingGroupStub, @Ctx() ctx: CampaignsContext): Promise<CampaignEntity[]> {
    return ctx.loaders.campaignsByLeadWorkingGroup.load(group.id);
  }
}
