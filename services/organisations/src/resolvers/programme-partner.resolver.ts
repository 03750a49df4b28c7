import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OrganisationsContext } from '../context';
import { OrganisationEntity } from '../entities/organisation.entity';
import { ProgrammePartnerEntity } from '../entities/programme-partner.entity';
import { Organisation } from '../types/organisation.type';
import { ProgrammePartner } from '../types/programme-partner.type';

@Resolver(() => ProgrammePartner)
export class ProgrammePartnerResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The partner organisation (null if it is under lockdown).' })
  async organisation(@Root() partner: ProgrammePartnerEntity, @Ctx() ctx: OrganisationsContext): Promise<OrganisationEntity | null> {
    return ctx.domain.gate.organisation(ctx, partner.organisationId);
  }
}
