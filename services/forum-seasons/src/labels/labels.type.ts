import { createLabelsType } from '@icssi/platform';

/** This subgraph's view of the labels entity (owned by the organisations subgraph): it adds its enums' labels. */
export const Labels = createLabelsType();
