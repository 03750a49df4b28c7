import { type OrganisationsContext } from '../context';
import { type ProgrammeEntity } from '../entities/programme.entity';

/** load() before any await so references batch; programmes are public. */
export function resolveProgrammeReference(reference: { id: string }, ctx: OrganisationsContext): Promise<ProgrammeEntity | null> {
  return ctx.domain.gate.programme(ctx, reference.id);
}
