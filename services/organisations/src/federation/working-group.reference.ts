import { type OrganisationsContext } from '../context';
import { type WorkingGroupEntity } from '../entities/working-group.entity';

/** load() before any await so references batch; an archived group exists for custodians only. */
export function resolveWorkingGroupReference(reference: { id: string }, ctx: OrganisationsContext): Promise<WorkingGroupEntity | null> {
  return ctx.domain.gate.workingGroup(ctx, reference.id);
}
