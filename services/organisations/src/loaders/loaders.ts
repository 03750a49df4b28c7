import { type DataSource, In } from 'typeorm';
import { ConnectionLoaders, keyedLoader, uuidGroupedLoader, uuidKeyedLoader } from '@icssi/platform';
import { GovernorateEntity } from '../entities/governorate.entity';
import { MembershipEntity } from '../entities/membership.entity';
import { OrganisationGovernorateEntity } from '../entities/organisation-governorate.entity';
import { OrganisationEntity } from '../entities/organisation.entity';
import { PartnershipEntity } from '../entities/partnership.entity';
import { PersonEntity } from '../entities/person.entity';
import { WorkingGroupEntity } from '../entities/working-group.entity';
import { ProgrammeEntity } from '../entities/programme.entity';
import { ProgrammePartnerEntity } from '../entities/programme-partner.entity';
import { RegionReportReader } from '../domain/region-report.reader';

/** Per-request loaders: one SQL statement per entity type per batch. */
export function createOrganisationsLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository.bind(dataSource);
  const reports = new RegionReportReader(dataSource);
  return {
    // One aggregate statement for all the regions of one report fetch.
    regionFigures: keyedLoader(
      (keys: readonly string[]) => reports.figures(keys, 'region'),
      (figures) => figures.key,
    ),
    governorateFigures: keyedLoader(
      (keys: readonly string[]) => reports.figures(keys, 'governorate'),
      (figures) => figures.key,
    ),
    governorateByCode: keyedLoader(
      (codes: readonly string[]) => repository(GovernorateEntity).findBy({ code: In([...codes]) }),
      (governorate) => governorate.code,
    ),
    organisationById: uuidKeyedLoader(
      (ids) => repository(OrganisationEntity).findBy({ id: In(ids) }),
      (organisation) => organisation.id,
    ),
    workingGroupById: uuidKeyedLoader(
      (ids) => repository(WorkingGroupEntity).findBy({ id: In(ids) }),
      (group) => group.id,
    ),
    programmeById: uuidKeyedLoader(
      (ids) => repository(ProgrammeEntity).findBy({ id: In(ids) }),
      (programme) => programme.id,
    ),
    partnersByProgramme: uuidGroupedLoader(
      (ids) => repository(ProgrammePartnerEntity).find({ where: { programmeId: In(ids) }, order: { role: 'ASC', organisationId: 'ASC' } }),
      (partner) => partner.programmeId,
    ),
    personById: uuidKeyedLoader(
      (ids) => repository(PersonEntity).findBy({ id: In(ids) }),
      (person) => person.id,
    ),
    activeGovernoratesByOrganisation: uuidGroupedLoader(
      (ids) => repository(OrganisationGovernorateEntity).find({ where: { organisationId: In(ids) }, order: { governorateCode: 'ASC' } }),
      (row) => row.organisationId,
    ),
    partnershipsByOrganisation: uuidGroupedLoader(
      (ids) => repository(PartnershipEntity).find({ where: { organisationId: In(ids) }, order: { startDate: 'ASC', id: 'ASC' } }),
      (partnership) => partnership.organisationId,
    ),
    membershipsByPerson: uuidGroupedLoader(
      (ids) => repository(MembershipEntity).find({ where: { personId: In(ids) }, order: { startDate: 'ASC', id: 'ASC' } }),
      (membership) => membership.personId,
    ),
    /** Nested lists (members of many organisations, …) batched per set of arguments. */
    connections: new ConnectionLoaders(),
  };
}

export type OrganisationsLoaders = ReturnType<typeof createOrganisationsLoaders>;
