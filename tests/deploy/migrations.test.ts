import { campaignsService } from '@icssi/campaigns';
import { cohesionCouncilsService } from '@icssi/cohesion-councils';
import { forumSeasonsService } from '@icssi/forum-seasons';
import { organisationsService } from '@icssi/organisations';
import { type SubgraphDefinition } from '@icssi/platform';
import { startTestSubgraph } from '@icssi/test-kit/test-subgraph';

const services = [organisationsService, campaignsService, forumSeasonsService, cohesionCouncilsService] as Array<
  SubgraphDefinition<unknown, unknown>
>;

// Every migration can be undone, over real demo data, and applied again to the same schema.
describe.each(services.map((service) => [service.name, service] as const))('%s migrations', (_name, service) => {
  it('go down to an empty schema and up again to the same tables', async () => {
    const subgraph = await startTestSubgraph(service);
    try {
      const tables = async (): Promise<string[]> =>
        (
          await subgraph.dataSource.query(
            `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
          )
        ).map((row: { table_name: string }) => row.table_name);
      const migrated = await tables();
      expect(migrated.length).toBeGreaterThan(3);
      for (let step = 0; step < service.migrations.length; step += 1) await subgraph.dataSource.undoLastMigration({ transaction: 'each' });
      expect(await tables()).toEqual(['migrations']);
      const applied = await subgraph.dataSource.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(service.migrations.length);
      expect(await tables()).toEqual(migrated);
    } finally {
      await subgraph.dispose();
    }
  });
});
