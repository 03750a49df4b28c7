import { enumLabelsResolver } from '@icssi/platform';
import { COUNCIL_SECTOR_LABELS, COUNCIL_STATUS_LABELS, IMPLEMENTATION_STATUS_LABELS } from './council-labels';
import { Labels } from './labels.type';

/** The labels of this subgraph's enums, as fields of `Labels`. */
export const CohesionCouncilsLabelsFields = enumLabelsResolver(
  Labels,
  {
    councilStatuses: COUNCIL_STATUS_LABELS,
    councilSectors: COUNCIL_SECTOR_LABELS,
    implementationStatuses: IMPLEMENTATION_STATUS_LABELS,
  },
  { ownsLabels: false },
);
