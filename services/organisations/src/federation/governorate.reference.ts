import { type OrganisationsContext } from '../context';
import { type GovernorateEntity } from '../entities/governorate.entity';

/** Resolves Governorate stubs from other subgraphs; load() before any await so references batch. */
export function resolveGovernorateReference(reference: { code: string }, ctx: OrganisationsContext): Promise<GovernorateEntity | null> {
  return ctx.loaders.governorateByCode.load(reference.code);
}
