import { campaignsService } from '@icssi/campaigns';
import { cohesionCouncilsService } from '@icssi/cohesion-councils';
import { forumSeasonsService } from '@icssi/forum-seasons';
import { organisationsService } from '@icssi/organisations';
import { type SubgraphDefinition } from '@icssi/platform';

/** The four subgraphs, in the order they start and appear in the supergraph. */
export const SUBGRAPHS: SubgraphDefinition<unknown, unknown>[] = [
  organisationsService,
  campaignsService,
  forumSeasonsService,
  cohesionCouncilsService,
];
