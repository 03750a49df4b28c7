import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { payloadOf } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { WorkingGroupPayload } from '../types/working-group.payloads';
import { ArchiveWorkingGroupInput, CreateWorkingGroupInput, UpdateWorkingGroupInput } from '../types/working-group-mutation.inputs';

@Resolver()
export class WorkingGroupMutationResolver {
  @Mutation(() => WorkingGroupPayload, { description: 'Creates a working group (editors of its region, admins).' })
  async createWorkingGroup(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => CreateWorkingGroupInput, { description: 'The group.' }) input: CreateWorkingGroupInput,
  ): Promise<WorkingGroupPayload> {
    return payloadOf('workingGroup', ctx.domain.workingGroupWriter.create(ctx, input), (id) => ctx.domain.gate.workingGroup(ctx, id));
  }

  @Mutation(() => WorkingGroupPayload, { description: 'Changes a working group, if `version` is still current.' })
  async updateWorkingGroup(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => UpdateWorkingGroupInput, { description: 'The changes.' }) input: UpdateWorkingGroupInput,
  ): Promise<WorkingGroupPayload> {
    return payloadOf('workingGroup', ctx.domain.workingGroupWriter.update(ctx, input), (id) => ctx.domain.gate.workingGroup(ctx, id));
  }

  @Mutation(() => WorkingGroupPayload, { description: 'Archives a working group: it leaves every list and stays resolvable for admins.' })
  async archiveWorkingGroup(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => ArchiveWorkingGroupInput, { description: 'Which group, at which version.' }) input: ArchiveWorkingGroupInput,
  ): Promise<WorkingGroupPayload> {
    return payloadOf('workingGroup', ctx.domain.workingGroupWriter.archive(ctx, input), (id) => ctx.domain.gate.workingGroup(ctx, id));
  }
}
