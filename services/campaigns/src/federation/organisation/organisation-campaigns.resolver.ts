import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { CampaignsContext } from '../../context';
import { CampaignEntity } from '../../entities/campaign.entity';
import { CampaignConnection } from '../../types/connections';
import { OrganisationStub } from './organisation.stub';

@Resolver(() => OrganisationStub)
export class OrganisationCampaignsResolver {
  @FieldResolver(() => CampaignConnection, {
    // Nullable: if this subgraph is down, the rest of the organisation still arrives.
    nullable: true,
    description: 'Campaigns the organisation leads or partners in (drafts excluded), by start date.',
  })
  campaigns(
    @Root() organisation: OrganisationStub,
    @Ctx() ctx: CampaignsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<CampaignEntity>> {
    return ctx.loaders.connections.load('organisationCampaigns', page, organisation.id, (ids) =>
      ctx.domain.campaigns.ofOrganisations(ids, page),
    );
  }
}
