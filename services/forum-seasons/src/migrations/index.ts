import { CreateForumSeasons1764000200000 } from './1764000200000-create-forum-seasons';

/** Every migration of this service, oldest first. */
export const forumSeasonsMigrations = [CreateForumSeasons1764000200000];
