import { DataSource } from 'typeorm';
import { GovernorateReader } from './governorate.reader';
import { OrganisationReader } from './organisation.reader';
import { WorkingGroupReader } from './working-group.reader';

export function createOrganisationsDomain(dataSource: DataSource) {
  return {
    governorates: new GovernorateReader(dataSource),
    organisations: new OrganisationReader(dataSource),
    workingGroups: new WorkingGroupReader(dataSource),
  };
}

export type OrganisationsDomain = ReturnType<typeof createOrganisationsDomain>;
