import { RequestContext } from '@icssi/platform';
import { ForumSeasonsDomain } from './domain/forum-seasons-domain';
import { ForumSeasonsLoaders } from './loaders/loaders';

export type ForumSeasonsContext = RequestContext<ForumSeasonsLoaders, ForumSeasonsDomain>;
