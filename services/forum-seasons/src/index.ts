import { runSubgraphProcess } from '@icssi/platform';
import { forumSeasonsService } from './service';

runSubgraphProcess(forumSeasonsService);
