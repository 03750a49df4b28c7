import { type RequestContext } from '@icssi/platform';
import { type OrganisationsDomain } from './domain/organisations-domain';
import { type OrganisationsLoaders } from './loaders/loaders';

export type OrganisationsContext = RequestContext<OrganisationsLoaders, OrganisationsDomain>;
