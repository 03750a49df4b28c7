import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, Page, normalizeGovernorateCode } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { GovernorateEntity } from '../entities/governorate.entity';
import { GovernorateConnection } from '../types/connections';
import { GovernorateFilter } from '../types/governorate-filter.input';
import { Governorate } from '../types/governorate.type';

@Resolver(() => Governorate)
export class GovernorateResolver {
  @Query(() => GovernorateConnection, { description: 'The 19 governorates (ISO code order), optionally filtered.' })
  governorates(
    @Ctx() ctx: OrganisationsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => GovernorateFilter, { nullable: true, description: 'Conditions the governorates must meet.' })
    filter?: GovernorateFilter | null,
  ): Promise<Page<GovernorateEntity>> {
    return ctx.domain.governorates.list(filter, page);
  }

  @Query(() => Governorate, { nullable: true, description: 'One governorate by ISO 3166-2 code (e.g. IQ-AR), or null.' })
  governorate(
    @Ctx() ctx: OrganisationsContext,
    @Arg('code', () => ID, { description: 'ISO 3166-2 code.' }) code: string,
  ): Promise<GovernorateEntity | null> {
    return ctx.loaders.governorateByCode.load(normalizeGovernorateCode(code));
  }
}
