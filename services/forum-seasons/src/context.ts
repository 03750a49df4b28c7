import { type RequestContext } from '@icssi/platform';
import { type ForumSeasonsDomain } from './domain/forum-seasons-domain';
import { type ForumSeasonsLoaders } from './loaders/loaders';

export type ForumSeasonsContext = RequestContext<ForumSeasonsLoaders, ForumSeasonsDomain>;
