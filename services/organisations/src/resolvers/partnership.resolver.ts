import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OrganisationsContext } from '../context';
import { visibleOrganisation } from '../domain/visibility';
import { OrganisationEntity } from '../entities/organisation.entity';
import { PartnershipEntity } from '../entities/partnership.entity';
import { Organisation } from '../types/organisation.type';
import { Partnership } from '../types/partnership.type';

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation playing the role.' })
  async organisation(@Root() partnership: PartnershipEntity, @Ctx() ctx: OrganisationsContext): Promise<OrganisationEntity | null> {
    return visibleOrganisation(await ctx.loaders.organisationById.load(partnership.organisationId), ctx.viewer, ctx.lockdown);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The partner it plays the role towards.' })
  async partner(@Root() partnership: PartnershipEntity, @Ctx() ctx: OrganisationsContext): Promise<OrganisationEntity | null> {
    return visibleOrganisation(await ctx.loaders.organisationById.load(partnership.partnerId), ctx.viewer, ctx.lockdown);
  }
}
