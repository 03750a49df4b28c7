import { type CohesionCouncilsContext } from '../context';
import { type CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { type CouncilMeetingEntity } from '../entities/council-meeting.entity';
import { type CouncilMemberEntity } from '../entities/council-member.entity';
import { type ImplementationUpdateEntity } from '../entities/implementation-update.entity';
import { type ImplementationEntity } from '../entities/implementation.entity';

// load() is called synchronously, so all representations of one fetch batch into one query per type.
export const resolveCohesionCouncilReference = (
  reference: { id: string },
  ctx: CohesionCouncilsContext,
): Promise<CohesionCouncilEntity | null> => ctx.domain.gate.council(ctx, reference.id);

export const resolveImplementationReference = (
  reference: { id: string },
  ctx: CohesionCouncilsContext,
): Promise<ImplementationEntity | null> => ctx.domain.gate.implementation(ctx, reference.id);

export const resolveCouncilMemberReference = (
  reference: { id: string },
  ctx: CohesionCouncilsContext,
): Promise<CouncilMemberEntity | null> => ctx.domain.gate.seat(ctx, reference.id);

export const resolveCouncilMeetingReference = (
  reference: { id: string },
  ctx: CohesionCouncilsContext,
): Promise<CouncilMeetingEntity | null> => ctx.domain.gate.meeting(ctx, reference.id);

export const resolveImplementationUpdateReference = (
  reference: { id: string },
  ctx: CohesionCouncilsContext,
): Promise<ImplementationUpdateEntity | null> => ctx.domain.gate.implementationUpdate(ctx, reference.id);
