import { type DataSource } from 'typeorm';
import { type Logger, demoId, demoOrganisationId, demoPersonId, demoProgrammeId, demoWorkingGroupId, seedRows } from '@icssi/platform';
import { MembershipEntity } from '../entities/membership.entity';
import { OrganisationGovernorateEntity } from '../entities/organisation-governorate.entity';
import { OrganisationEntity } from '../entities/organisation.entity';
import { PartnershipEntity } from '../entities/partnership.entity';
import { PersonEntity } from '../entities/person.entity';
import { ProgrammePartnerEntity } from '../entities/programme-partner.entity';
import { ProgrammeEntity } from '../entities/programme.entity';
import { WorkingGroupEntity } from '../entities/working-group.entity';
import { WorkingGroupStatus } from '../domain/working-group-status';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { DEMO_PROGRAMME } from './demo-programme';
import { DEMO_ACTIVE_GOVERNORATES, DEMO_PARTNERSHIPS, DEMO_PEOPLE } from './demo-people';
import { DEMO_WORKING_GROUPS } from './demo-working-groups';

/**
 * Loads the demo organisations, working groups, people, memberships and partnerships, or brings
 * them forward (see seedRows). Fixed ids make it idempotent: a second run changes nothing.
 */
export async function seedOrganisations(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const insert = (entity: new () => object, values: object[]) => seedRows(manager, entity, values);
    const organisations = await insert(
      OrganisationEntity,
      DEMO_ORGANISATIONS.map((organisation) => ({ ...organisation, id: demoOrganisationId(organisation.slug) })),
    );
    const { lead, funder, partners, ...programme } = DEMO_PROGRAMME;
    const programmes = await insert(ProgrammeEntity, [
      {
        ...programme,
        id: demoProgrammeId(),
        leadOrganisationId: demoOrganisationId(lead),
        funderOrganisationId: demoOrganisationId(funder),
      },
    ]);
    await insert(
      ProgrammePartnerEntity,
      partners.map((partner) => ({
        programmeId: demoProgrammeId(),
        organisationId: demoOrganisationId(partner.organisation),
        role: partner.role,
      })),
    );
    const groups = await insert(
      WorkingGroupEntity,
      DEMO_WORKING_GROUPS.map((group) => ({
        id: demoWorkingGroupId(group.slug),
        slug: group.slug,
        name: group.name,
        themes: group.themes,
        region: group.region,
        hostOrganisationId: demoOrganisationId(group.host),
        status: WorkingGroupStatus.ACTIVE,
        foundedOn: group.foundedOn,
        // The ten groups of the source are the project's.
        programmeId: demoProgrammeId(),
      })),
    );
    await insert(
      OrganisationGovernorateEntity,
      Object.entries(DEMO_ACTIVE_GOVERNORATES).flatMap(([slug, codes]) =>
        (codes ?? []).map((code) => ({ organisationId: demoOrganisationId(slug as never), governorateCode: code })),
      ),
    );
    await insert(
      PartnershipEntity,
      DEMO_PARTNERSHIPS.map((partnership) => ({
        id: demoId('partnership', `${partnership.organisation}>${partnership.partner}`),
        organisationId: demoOrganisationId(partnership.organisation),
        partnerId: demoOrganisationId(partnership.partner),
        role: partnership.role,
        regionScope: partnership.regionScope,
        themes: partnership.themes,
        startDate: partnership.startDate,
      })),
    );
    const people = await insert(
      PersonEntity,
      DEMO_PEOPLE.map((person) => ({
        id: demoPersonId(person.key),
        displayName: person.displayName,
        pseudonym: person.pseudonym,
        region: person.region,
        consent: { displayName: person.nameConsent },
        gender: person.gender,
        birthYear: person.birthYear,
        email: `${person.key}@demo.invalid`,
        phone: `+964 750 000 ${person.key.replace('person-', '').padStart(4, '0')}`,
        isDemo: true,
      })),
    );
    await insert(
      MembershipEntity,
      DEMO_PEOPLE.map((person) => ({
        id: demoId('membership', person.key),
        personId: demoPersonId(person.key),
        organisationId: person.membership.organisation ? demoOrganisationId(person.membership.organisation) : null,
        workingGroupId: person.membership.workingGroup ? demoWorkingGroupId(person.membership.workingGroup) : null,
        role: person.membership.role,
        startDate: '2025-03-01',
      })),
    );
    logger.info('organisations demo data', { organisations, programmes, workingGroups: groups, people });
  });
}
