import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OrganisationsContext } from '../context';
import { OrganisationEntity } from '../entities/organisation.entity';
import { PartnershipEntity } from '../entities/partnership.entity';
import { Organisation } from '../types/organisation.type';
import { Partnership } from '../types/partnership.type';

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation playing the role.' })
  async organisation(@Root() partnership: PartnershipEntity, @Ctx() ctx: OrganisationsContext): Promise<OrganisationEntity | null> {
    return ctx.domain.gate.organisation(ctx, partnership.organisationId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The partner it plays the role towards.' })
  async partner(@Root() partnership: PartnershipEntity, @Ctx() ctx: OrganisationsContext): Promise<OrganisationEntity | null> {
    return ctx.domain.gate.organisation(ctx, partnership.partnerId);
  }
}
