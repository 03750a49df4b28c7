import { createLabelsType } from '@icssi/platform';

/** The labels entity; this subgraph owns it and answers `labels(locale)`. */
export const Labels = createLabelsType();
