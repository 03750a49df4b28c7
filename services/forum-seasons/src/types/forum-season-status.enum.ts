import { registerEnumType } from 'type-graphql';

export enum ForumSeasonStatus {
  PLANNED = 'PLANNED',
  OPEN = 'OPEN',
  CONCLUDED = 'CONCLUDED',
}

registerEnumType(ForumSeasonStatus, {
  name: 'ForumSeasonStatus',
  description: 'Where a forum season stands.',
  valuesConfig: {
    PLANNED: { description: 'Announced; not yet held.' },
    OPEN: { description: 'Taking place now.' },
    CONCLUDED: { description: 'Held; its recommendations are adopted.' },
  },
});
