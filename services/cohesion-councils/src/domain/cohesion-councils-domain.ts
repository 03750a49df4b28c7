import { type DataSource } from 'typeorm';
import { type SubgraphServices } from '@icssi/platform';
import { ImplementationWriter } from './implementation.writer';
import { CouncilMeetingWriter } from './council-meeting.writer';
import { CouncilMemberWriter } from './council-member.writer';
import { CouncilWriter } from './council.writer';
import { CouncilReader } from './council.reader';
import { ImplementationReader } from './implementation.reader';
import { CouncilsReadGate } from './read-gate';

export function createCohesionCouncilsDomain(dataSource: DataSource, services: SubgraphServices) {
  const gate = new CouncilsReadGate();
  return {
    /** Every record this subgraph hands out passes here (domain/read-gate.ts). */
    gate,
    councils: new CouncilReader(dataSource, gate),
    implementations: new ImplementationReader(dataSource),
    implementationWriter: new ImplementationWriter(dataSource, services.references),
    councilWriter: new CouncilWriter(dataSource, services.references),
    councilMemberWriter: new CouncilMemberWriter(dataSource, services.references),
    councilMeetingWriter: new CouncilMeetingWriter(dataSource),
    /** The audit log lives in this service's own database. */
    audit: dataSource,
  };
}

export type CohesionCouncilsDomain = ReturnType<typeof createCohesionCouncilsDomain>;
