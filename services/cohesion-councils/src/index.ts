// First: tracing (when configured) must hook modules before they are loaded.
import '@icssi/platform/dist/tracing/register';
import { runSubgraphProcess } from '@icssi/platform';
import { cohesionCouncilsService } from './service';

runSubgraphProcess(cohesionCouncilsService);
