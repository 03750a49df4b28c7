import { enumLabelsResolver } from '@icssi/platform';
import { FORUM_SEASON_STATUS_LABELS, RECOMMENDATION_STATUS_LABELS, SESSION_FORMAT_LABELS } from './forum-labels';
import { Labels } from './labels.type';

/** The labels of this subgraph's enums, as fields of `Labels`. */
export const ForumSeasonsLabelsFields = enumLabelsResolver(
  Labels,
  {
    forumSeasonStatuses: FORUM_SEASON_STATUS_LABELS,
    sessionFormats: SESSION_FORMAT_LABELS,
    recommendationStatuses: RECOMMENDATION_STATUS_LABELS,
  },
  { ownsLabels: false },
);
