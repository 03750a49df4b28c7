import { DataSource } from 'typeorm';
import { CouncilReader } from './council.reader';

export function createCohesionCouncilsDomain(dataSource: DataSource) {
  return { councils: new CouncilReader(dataSource) };
}

export type CohesionCouncilsDomain = ReturnType<typeof createCohesionCouncilsDomain>;
