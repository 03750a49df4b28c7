import { DataSource } from 'typeorm';
import { Logger, demoId, demoOrganisationId, demoRecommendationId } from '@icssi/platform';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { ImplementationEntity } from '../entities/implementation.entity';
import { DEMO_COUNCILS, DEMO_IMPLEMENTATIONS } from './demo-councils';

export const demoCouncilId = (slug: string): string => demoId('cohesion-council', slug);

/** Loads the demo councils and implementations; fixed ids make a second run change nothing. */
export async function seedCohesionCouncils(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const councils = await manager
      .createQueryBuilder()
      .insert()
      .into(CohesionCouncilEntity)
      .values(
        DEMO_COUNCILS.map((council) => ({
          id: demoCouncilId(council.slug),
          slug: council.slug,
          name: council.name,
          governorateCode: council.governorateCode,
          region: council.region,
          coordinatingOrganisationId: demoOrganisationId(council.coordinator),
          status: council.status,
          establishedOn: council.establishedOn,
        })),
      )
      .orIgnore()
      .execute();
    const implementations = await manager
      .createQueryBuilder()
      .insert()
      .into(ImplementationEntity)
      .values(
        DEMO_IMPLEMENTATIONS.map((item) => ({
          id: demoId('implementation', `${item.council}#${item.recommendation}`),
          councilId: demoCouncilId(item.council),
          recommendationId: demoRecommendationId(item.recommendation),
          status: item.status,
          progress: item.progress,
          indicatorName: item.indicatorName,
          indicatorBaseline: item.baseline === null ? null : String(item.baseline),
          indicatorTarget: item.target === null ? null : String(item.target),
          indicatorActual: item.actual === null ? null : String(item.actual),
        })),
      )
      .orIgnore()
      .execute();
    logger.info('cohesion-councils demo data', {
      councilsInserted: councils.raw.length,
      implementationsInserted: implementations.raw.length,
    });
  });
}
