import { SubgraphDefinition } from '@icssi/platform';
import { createOrganisationsDomain, OrganisationsDomain } from './domain/organisations-domain';
import { GovernorateEntity } from './entities/governorate.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { WorkingGroupEntity } from './entities/working-group.entity';
import { createOrganisationsLoaders, OrganisationsLoaders } from './loaders/loaders';
import { organisationsMigrations } from './migrations';
import { buildOrganisationsSchema } from './schema';
import { seedOrganisations } from './seed/seed';

/** The organisations subgraph: governorates, organisations, working groups. */
export const organisationsService: SubgraphDefinition<OrganisationsLoaders, OrganisationsDomain> = {
  name: 'organisations',
  defaultPort: 4001,
  entities: [GovernorateEntity, OrganisationEntity, WorkingGroupEntity],
  migrations: organisationsMigrations,
  buildSchema: buildOrganisationsSchema,
  createLoaders: createOrganisationsLoaders,
  createDomain: createOrganisationsDomain,
  seed: seedOrganisations,
};
