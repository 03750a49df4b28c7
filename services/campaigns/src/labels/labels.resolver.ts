import { enumLabelsResolver } from '@icssi/platform';
import { CAMPAIGN_ACTION_TYPE_LABELS, CAMPAIGN_STATUS_LABELS } from './campaign-labels';
import { Labels } from './labels.type';

/** The labels of this subgraph's enums, as fields of `Labels`. */
export const CampaignsLabelsFields = enumLabelsResolver(
  Labels,
  {
    campaignStatuses: CAMPAIGN_STATUS_LABELS,
    campaignActionTypes: CAMPAIGN_ACTION_TYPE_LABELS,
  },
  { ownsLabels: false },
);
