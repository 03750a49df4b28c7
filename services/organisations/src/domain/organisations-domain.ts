import { DataSource } from 'typeorm';
import { GovernorateReader } from './governorate.reader';
import { MembershipReader } from './membership.reader';
import { OrganisationReader } from './organisation.reader';
import { PersonReader } from './person.reader';
import { WorkingGroupReader } from './working-group.reader';

export function createOrganisationsDomain(dataSource: DataSource) {
  return {
    governorates: new GovernorateReader(dataSource),
    organisations: new OrganisationReader(dataSource),
    workingGroups: new WorkingGroupReader(dataSource),
    people: new PersonReader(dataSource),
    memberships: new MembershipReader(dataSource),
  };
}

export type OrganisationsDomain = ReturnType<typeof createOrganisationsDomain>;
