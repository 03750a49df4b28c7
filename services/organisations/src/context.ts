import { RequestContext } from '@icssi/platform';
import { OrganisationsDomain } from './domain/organisations-domain';
import { OrganisationsLoaders } from './loaders/loaders';

export type OrganisationsContext = RequestContext<OrganisationsLoaders, OrganisationsDomain>;
