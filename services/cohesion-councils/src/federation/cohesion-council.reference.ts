import { unlessArchived } from '@icssi/platform';
import { CohesionCouncilsContext } from '../context';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { CouncilMeetingEntity } from '../entities/council-meeting.entity';
import { CouncilMemberEntity } from '../entities/council-member.entity';
import { ImplementationUpdateEntity } from '../entities/implementation-update.entity';
import { ImplementationEntity } from '../entities/implementation.entity';

// load() is called synchronously, so all representations of one fetch batch into one query per type.
export const resolveCohesionCouncilReference = (reference: { id: string }, ctx: CohesionCouncilsContext): Promise<CohesionCouncilEntity | null> =>
  ctx.loaders.councilById.load(reference.id).then((council) => unlessArchived(council, ctx.viewer));

export const resolveImplementationReference = (reference: { id: string }, ctx: CohesionCouncilsContext): Promise<ImplementationEntity | null> =>
  ctx.loaders.implementationById.load(reference.id).then((implementation) => unlessArchived(implementation, ctx.viewer));

export const resolveCouncilMemberReference = (reference: { id: string }, ctx: CohesionCouncilsContext): Promise<CouncilMemberEntity | null> =>
  ctx.loaders.memberById.load(reference.id);

export const resolveCouncilMeetingReference = (reference: { id: string }, ctx: CohesionCouncilsContext): Promise<CouncilMeetingEntity | null> =>
  ctx.loaders.meetingById.load(reference.id).then((meeting) => unlessArchived(meeting, ctx.viewer));

export const resolveImplementationUpdateReference = (
  reference: { id: string },
  ctx: CohesionCouncilsContext,
): Promise<ImplementationUpdateEntity | null> => ctx.loaders.updateById.load(reference.id);
