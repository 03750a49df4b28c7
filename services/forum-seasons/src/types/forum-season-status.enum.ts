import { registerEnumType } from 'type-graphql';
import { ForumSeasonStatus } from '../domain/forum-season-status';

registerEnumType(ForumSeasonStatus, {
  name: 'ForumSeasonStatus',
  description: 'Where a forum season stands.',
  valuesConfig: {
    PLANNED: { description: 'Announced; not yet held.' },
    OPEN: { description: 'Taking place now.' },
    CONCLUDED: { description: 'Held; its recommendations are adopted.' },
  },
});

/** The domain's enum (GraphQL types import it from here, so it is registered first). */
export { ForumSeasonStatus };
