import { DataSource } from 'typeorm';
import { SubgraphServices } from '@icssi/platform';
import { ImplementationWriter } from './implementation.writer';
import { CouncilWriter } from './council.writer';
import { CouncilReader } from './council.reader';
import { ImplementationReader } from './implementation.reader';

export function createCohesionCouncilsDomain(dataSource: DataSource, services: SubgraphServices) {
  return {
    councils: new CouncilReader(dataSource),
    implementations: new ImplementationReader(dataSource),
    implementationWriter: new ImplementationWriter(dataSource, services.references),
    councilWriter: new CouncilWriter(dataSource, services.references),
    /** The audit log lives in this service's own database. */
    audit: dataSource,
  };
}

export type CohesionCouncilsDomain = ReturnType<typeof createCohesionCouncilsDomain>;
