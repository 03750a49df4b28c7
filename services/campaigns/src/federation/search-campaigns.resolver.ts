import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page, SearchResultsKey } from '@icssi/platform';
import { CampaignsContext } from '../context';
import { CampaignEntity } from '../entities/campaign.entity';
import { CampaignConnection } from '../types/connections';
import { SearchResults } from './search-results.stub';

@Resolver(() => SearchResults)
export class SearchCampaignsResolver {
  @FieldResolver(() => CampaignConnection, { nullable: true, description: 'Campaigns found (title, summary or slug, in any language).' })
  campaigns(@Root() results: SearchResultsKey, @Ctx() ctx: CampaignsContext, @Args() page: ConnectionArgs): Promise<Page<CampaignEntity>> {
    return ctx.domain.campaigns.search(results.query, page, ctx.locale);
  }
}
