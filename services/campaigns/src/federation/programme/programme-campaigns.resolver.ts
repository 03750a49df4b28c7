import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { CampaignsContext } from '../../context';
import { CampaignEntity } from '../../entities/campaign.entity';
import { CampaignConnection } from '../../types/connections';
import { ProgrammeStub } from './programme.stub';

@Resolver(() => ProgrammeStub)
export class ProgrammeCampaignsResolver {
  @FieldResolver(() => CampaignConnection, {
    // Nullable: if this subgraph is down, the rest of the programme still arrives.
    nullable: true,
    description: 'Campaigns of the programme (drafts excluded), by start date.',
  })
  campaigns(@Root() programme: ProgrammeStub, @Ctx() ctx: CampaignsContext, @Args() page: ConnectionArgs): Promise<Page<CampaignEntity>> {
    return ctx.loaders.connections.load('programmeCampaigns', page, programme.id, (ids) => ctx.domain.campaigns.ofProgrammes(ids, page));
  }
}
