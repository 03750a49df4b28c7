import { CohesionCouncilsContext } from '../context';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { ImplementationEntity } from '../entities/implementation.entity';

// load() is called synchronously, so all representations of one fetch batch into one query per type.
export const resolveCohesionCouncilReference = (
  reference: { id: string },
  ctx: CohesionCouncilsContext,
): Promise<CohesionCouncilEntity | null> => ctx.loaders.councilById.load(reference.id);

export const resolveImplementationReference = (
  reference: { id: string },
  ctx: CohesionCouncilsContext,
): Promise<ImplementationEntity | null> => ctx.loaders.implementationById.load(reference.id);
