import { DataSource, In } from 'typeorm';
import { keyedLoader, uuidKeyedLoader } from '@icssi/platform';
import { GovernorateEntity } from '../entities/governorate.entity';
import { OrganisationEntity } from '../entities/organisation.entity';
import { WorkingGroupEntity } from '../entities/working-group.entity';

/** Per-request loaders: one SQL statement per entity type per batch. */
export function createOrganisationsLoaders(dataSource: DataSource) {
  return {
    governorateByCode: keyedLoader(
      (codes: readonly string[]) => dataSource.getRepository(GovernorateEntity).findBy({ code: In([...codes]) }),
      (governorate) => governorate.code,
    ),
    organisationById: uuidKeyedLoader(
      (ids) => dataSource.getRepository(OrganisationEntity).findBy({ id: In(ids) }),
      (organisation) => organisation.id,
    ),
    workingGroupById: uuidKeyedLoader(
      (ids) => dataSource.getRepository(WorkingGroupEntity).findBy({ id: In(ids) }),
      (group) => group.id,
    ),
  };
}

export type OrganisationsLoaders = ReturnType<typeof createOrganisationsLoaders>;
