import { DataSource, In } from 'typeorm';
import { groupedLoader, uuidGroupedLoader, uuidKeyedLoader } from '@icssi/platform';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { ImplementationEntity } from '../entities/implementation.entity';

/** Per-request loaders: one SQL statement per batch, whatever the number of parents. */
export function createCohesionCouncilsLoaders(dataSource: DataSource) {
  const councils = () => dataSource.getRepository(CohesionCouncilEntity);
  const implementations = () => dataSource.getRepository(ImplementationEntity);
  return {
    councilById: uuidKeyedLoader((ids) => councils().findBy({ id: In(ids) }), (council) => council.id),
    implementationById: uuidKeyedLoader((ids) => implementations().findBy({ id: In(ids) }), (item) => item.id),
    councilsByGovernorate: groupedLoader(
      (codes: readonly string[]) => councils().find({ where: { governorateCode: In([...codes]) }, order: { slug: 'ASC' } }),
      (council) => council.governorateCode,
    ),
    implementationsByCouncil: uuidGroupedLoader(
      (ids) => implementations().find({ where: { councilId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (item) => item.councilId,
    ),
    implementationsByRecommendation: uuidGroupedLoader(
      (ids) => implementations().find({ where: { recommendationId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (item) => item.recommendationId,
    ),
  };
}

export type CohesionCouncilsLoaders = ReturnType<typeof createCohesionCouncilsLoaders>;
