import { DataSource } from 'typeorm';
import { CouncilReader } from './council.reader';
import { ImplementationReader } from './implementation.reader';

export function createCohesionCouncilsDomain(dataSource: DataSource) {
  return { councils: new CouncilReader(dataSource), implementations: new ImplementationReader(dataSource) };
}

export type CohesionCouncilsDomain = ReturnType<typeof createCohesionCouncilsDomain>;
