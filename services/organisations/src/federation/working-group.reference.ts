import { OrganisationsContext } from '../context';
import { WorkingGroupEntity } from '../entities/working-group.entity';

export function resolveWorkingGroupReference(
  reference: { id: string },
  ctx: OrganisationsContext,
): Promise<WorkingGroupEntity | null> {
  return ctx.loaders.workingGroupById.load(reference.id);
}
