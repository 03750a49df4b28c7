import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type MutationResult } from '@icssi/platform';
import { CohesionCouncilsContext } from '../context';
import {
  ArchiveImplementationInput,
  CommitToRecommendationInput,
  RecordImplementationUpdateInput,
} from '../types/implementation-mutation.inputs';
import { ImplementationPayload } from '../types/implementation.payloads';

@Resolver()
export class ImplementationMutationResolver {
  @Mutation(() => ImplementationPayload, {
    description: 'Records progress on an implementation: a new timeline step, and the implementation’s progress and status (versioned).',
  })
  async recordImplementationUpdate(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => RecordImplementationUpdateInput, { description: 'The step.' }) input: RecordImplementationUpdateInput,
  ): Promise<ImplementationPayload> {
    return this.payload(ctx, await ctx.domain.implementationWriter.recordUpdate(ctx, input));
  }

  @Mutation(() => ImplementationPayload, {
    description:
      'Archives a commitment recorded by mistake: it leaves every list and stays resolvable for admins; the council may take the recommendation on again.',
  })
  async archiveImplementation(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => ArchiveImplementationInput, { description: 'Which implementation, at which version.' })
    input: ArchiveImplementationInput,
  ): Promise<ImplementationPayload> {
    return this.payload(ctx, await ctx.domain.implementationWriter.archive(ctx, input));
  }

  @Mutation(() => ImplementationPayload, {
    description: 'A council takes on a forum recommendation (editors of the council’s region, admins).',
  })
  async commitToRecommendation(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => CommitToRecommendationInput, { description: 'Which council, which recommendation.' })
    input: CommitToRecommendationInput,
  ): Promise<ImplementationPayload> {
    return this.payload(ctx, await ctx.domain.implementationWriter.commit(ctx, input));
  }

  /** The implementation written and, for a step on its timeline, the step, both read back through the read gate. */
  private async payload(ctx: CohesionCouncilsContext, result: MutationResult & { updateId?: string }): Promise<ImplementationPayload> {
    return {
      implementation: await ctx.domain.gate.implementation(ctx, result.entityId),
      update: await ctx.domain.gate.implementationUpdate(ctx, result.updateId),
      userErrors: result.userErrors,
    };
  }
}
