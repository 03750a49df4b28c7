import { runSubgraphProcess } from '@icssi/platform';
import { campaignsService } from './service';

runSubgraphProcess(campaignsService);
