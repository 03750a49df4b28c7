import { runSubgraphProcess } from '@icssi/platform';
import { cohesionCouncilsService } from './service';

runSubgraphProcess(cohesionCouncilsService);
