import { type SubgraphDefinition } from '@icssi/platform';
import { createOrganisationsDomain, type OrganisationsDomain } from './domain/organisations-domain';
import { GovernorateEntity } from './entities/governorate.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { WorkingGroupEntity } from './entities/working-group.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganisationGovernorateEntity } from './entities/organisation-governorate.entity';
import { PartnershipEntity } from './entities/partnership.entity';
import { PersonEntity } from './entities/person.entity';
import { ContactAccessEntity } from './entities/contact-access.entity';
import { ProgrammeEntity } from './entities/programme.entity';
import { ProgrammePartnerEntity } from './entities/programme-partner.entity';
import { createOrganisationsLoaders, type OrganisationsLoaders } from './loaders/loaders';
import { organisationsMigrations } from './migrations';
import { buildOrganisationsSchema } from './schema';
import { seedOrganisations } from './seed/seed';

/** The organisations subgraph: governorates, organisations, partnerships, working groups, people, memberships. */
export const organisationsService: SubgraphDefinition<OrganisationsLoaders, OrganisationsDomain> = {
  name: 'organisations',
  entities: [
    GovernorateEntity,
    OrganisationEntity,
    OrganisationGovernorateEntity,
    WorkingGroupEntity,
    PartnershipEntity,
    PersonEntity,
    MembershipEntity,
    ContactAccessEntity,
    ProgrammeEntity,
    ProgrammePartnerEntity,
  ],
  migrations: organisationsMigrations,
  buildSchema: buildOrganisationsSchema,
  createLoaders: createOrganisationsLoaders,
  createDomain: createOrganisationsDomain,
  seed: seedOrganisations,
  ownsLockdowns: true,
};
