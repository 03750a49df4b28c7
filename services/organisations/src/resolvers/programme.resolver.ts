import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { OrganisationEntity } from '../entities/organisation.entity';
import { ProgrammePartnerEntity } from '../entities/programme-partner.entity';
import { ProgrammeEntity } from '../entities/programme.entity';
import { WorkingGroupEntity } from '../entities/working-group.entity';
import { ProgrammeConnection, WorkingGroupConnection } from '../types/connections';
import { Organisation } from '../types/organisation.type';
import { ProgrammePartner } from '../types/programme-partner.type';
import { Programme } from '../types/programme.type';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => ProgrammeConnection, { description: 'The network’s funded programmes, newest first.' })
  programmes(@Ctx() ctx: OrganisationsContext, @Args() page: ConnectionArgs): Promise<Page<ProgrammeEntity>> {
    return ctx.domain.programmes.list(page);
  }

  @Query(() => Programme, { nullable: true, description: 'One programme by id, or null.' })
  programme(
    @Ctx() ctx: OrganisationsContext,
    @Arg('id', () => ID, { description: 'The programme id.' }) id: string,
  ): Promise<ProgrammeEntity | null> {
    return ctx.domain.gate.programme(ctx, id);
  }

  @Query(() => Programme, { nullable: true, description: 'One programme by slug, or null.' })
  programmeBySlug(
    @Ctx() ctx: OrganisationsContext,
    @Arg('slug', () => String, { description: 'The programme slug.' }) slug: string,
  ): Promise<ProgrammeEntity | null> {
    return ctx.domain.programmes.bySlug(slug);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that runs the programme.' })
  async leadOrganisation(@Root() programme: ProgrammeEntity, @Ctx() ctx: OrganisationsContext): Promise<OrganisationEntity | null> {
    return ctx.domain.gate.organisation(ctx, programme.leadOrganisationId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that funds the programme.' })
  async funder(@Root() programme: ProgrammeEntity, @Ctx() ctx: OrganisationsContext): Promise<OrganisationEntity | null> {
    return ctx.domain.gate.organisation(ctx, programme.funderOrganisationId);
  }

  @FieldResolver(() => [ProgrammePartner], { description: 'The organisations taking part, with their roles (the funder among them).' })
  partners(@Root() programme: ProgrammeEntity, @Ctx() ctx: OrganisationsContext): Promise<ProgrammePartnerEntity[]> {
    return ctx.loaders.partnersByProgramme.load(programme.id);
  }

  @FieldResolver(() => WorkingGroupConnection, { description: 'The youth working groups of the programme, by slug.' })
  workingGroups(
    @Root() programme: ProgrammeEntity,
    @Ctx() ctx: OrganisationsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<WorkingGroupEntity>> {
    return ctx.loaders.connections.load('programmeWorkingGroups', page, programme.id, (ids) =>
      ctx.domain.workingGroups.ofProgrammes(ids, page),
    );
  }
}
