import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Region, Translation, localize, translationsOf } from '@icssi/platform';
import { CohesionCouncilsContext } from '../context';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { ImplementationEntity } from '../entities/implementation.entity';
import { GovernorateStub, governorateStub } from '../federation/governorate/governorate.stub';
import { OrganisationStub, organisationStub } from '../federation/organisation/organisation.stub';
import { CohesionCouncil } from '../types/cohesion-council.type';
import { CouncilStatus } from '../types/council-status.enum';
import { Implementation } from '../types/implementation.type';

@Resolver(() => CohesionCouncil)
export class CohesionCouncilResolver {
  @Query(() => [CohesionCouncil], { description: 'Social cohesion councils, by slug.' })
  cohesionCouncils(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('region', () => Region, { nullable: true, description: 'Only councils in this region.' }) region?: Region | null,
    @Arg('governorateCode', () => ID, { nullable: true, description: 'Only councils in this governorate (ISO code).' })
    governorateCode?: string | null,
    @Arg('status', () => CouncilStatus, { nullable: true, description: 'Only councils in this state.' }) status?: CouncilStatus | null,
  ): Promise<CohesionCouncilEntity[]> {
    return ctx.domain.councils.councils({ region, governorateCode, status });
  }

  @Query(() => CohesionCouncil, { nullable: true, description: 'One council by id, or null.' })
  cohesionCouncil(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('id', () => ID, { description: 'The council id.' }) id: string,
  ): Promise<CohesionCouncilEntity | null> {
    return ctx.loaders.councilById.load(id);
  }

  @FieldResolver(() => String, { description: 'Name in the reader’s language, with fallback.' })
  name(@Root() council: CohesionCouncilEntity, @Ctx() ctx: CohesionCouncilsContext): string | null {
    return localize(council.name, ctx.locale);
  }

  @FieldResolver(() => [Translation], { description: 'The name in every language, with provenance.' })
  nameTranslations(@Root() council: CohesionCouncilEntity): Translation[] {
    return translationsOf(council.name);
  }

  @FieldResolver(() => GovernorateStub, { description: 'The governorate the council serves.' })
  governorate(@Root() council: CohesionCouncilEntity): GovernorateStub {
    return governorateStub(council.governorateCode);
  }

  @FieldResolver(() => OrganisationStub, { nullable: true, description: 'The civil-society organisation coordinating the council.' })
  coordinatingOrganisation(@Root() council: CohesionCouncilEntity): OrganisationStub | null {
    return council.coordinatingOrganisationId ? organisationStub(council.coordinatingOrganisationId) : null;
  }

  @FieldResolver(() => [Implementation], { description: 'Recommendations the council has taken on.' })
  implementations(@Root() council: CohesionCouncilEntity, @Ctx() ctx: CohesionCouncilsContext): Promise<ImplementationEntity[]> {
    return ctx.loaders.implementationsByCouncil.load(council.id);
  }
}
