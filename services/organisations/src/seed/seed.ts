import { DataSource } from 'typeorm';
import { Logger, demoOrganisationId, demoWorkingGroupId } from '@icssi/platform';
import { OrganisationEntity } from '../entities/organisation.entity';
import { WorkingGroupEntity } from '../entities/working-group.entity';
import { WorkingGroupStatus } from '../types/working-group-status.enum';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { DEMO_WORKING_GROUPS } from './demo-working-groups';

/**
 * Loads the demo organisations and working groups. Fixed ids and ON CONFLICT DO NOTHING make it
 * idempotent: a second run inserts nothing and changes nothing (edits made since are kept).
 */
export async function seedOrganisations(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const organisations = await manager
      .createQueryBuilder()
      .insert()
      .into(OrganisationEntity)
      .values(DEMO_ORGANISATIONS.map((organisation) => ({ ...organisation, id: demoOrganisationId(organisation.slug) })))
      .orIgnore()
      .execute();
    const groups = await manager
      .createQueryBuilder()
      .insert()
      .into(WorkingGroupEntity)
      .values(
        DEMO_WORKING_GROUPS.map((group) => ({
          id: demoWorkingGroupId(group.slug),
          slug: group.slug,
          name: group.name,
          themes: group.themes,
          region: group.region,
          hostOrganisationId: demoOrganisationId(group.host),
          status: WorkingGroupStatus.ACTIVE,
          foundedOn: group.foundedOn,
        })),
      )
      .orIgnore()
      .execute();
    logger.info('organisations demo data', {
      organisationsInserted: organisations.raw.length,
      workingGroupsInserted: groups.raw.length,
    });
  });
}
