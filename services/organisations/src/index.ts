import { runSubgraphProcess } from '@icssi/platform';
import { organisationsService } from './service';

runSubgraphProcess(organisationsService);
