import { type DataSource } from 'typeorm';
import { type SubgraphServices } from '@icssi/platform';
import { LockdownService } from './lockdown.service';
import { OrganisationWriter } from './organisation.writer';
import { MembershipWriter } from './membership.writer';
import { PartnershipWriter } from './partnership.writer';
import { PersonWriter } from './person.writer';
import { TranslationWriter } from './translation.writer';
import { WorkingGroupWriter } from './working-group.writer';
import { PersonPolicy } from './person.policy';
import { GovernorateReader } from './governorate.reader';
import { MembershipReader } from './membership.reader';
import { OrganisationReader } from './organisation.reader';
import { PersonReader } from './person.reader';
import { ProgrammeReader } from './programme.reader';
import { WorkingGroupReader } from './working-group.reader';
import { ReportPeriods } from './report-periods';
import { OrganisationsReadGate } from './read-gate';

export function createOrganisationsDomain(dataSource: DataSource, services: SubgraphServices) {
  return {
    /** Every record this subgraph hands out passes here (domain/read-gate.ts). */
    gate: new OrganisationsReadGate(),
    governorates: new GovernorateReader(dataSource),
    organisations: new OrganisationReader(dataSource),
    workingGroups: new WorkingGroupReader(dataSource),
    people: new PersonReader(dataSource),
    memberships: new MembershipReader(dataSource),
    programmes: new ProgrammeReader(dataSource),
    personPolicy: new PersonPolicy(dataSource),
    lockdowns: new LockdownService(dataSource, services),
    organisationWriter: new OrganisationWriter(dataSource),
    personWriter: new PersonWriter(dataSource),
    membershipWriter: new MembershipWriter(dataSource),
    partnershipWriter: new PartnershipWriter(dataSource),
    translationWriter: new TranslationWriter(dataSource),
    workingGroupWriter: new WorkingGroupWriter(dataSource),
    reportPeriods: new ReportPeriods(services.references),
    /** The audit log lives in this service's own database. */
    audit: dataSource,
  };
}

export type OrganisationsDomain = ReturnType<typeof createOrganisationsDomain>;
