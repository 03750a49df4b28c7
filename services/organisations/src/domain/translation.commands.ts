import { type Locale, type Provenance } from '@icssi/platform';

// The inputs of the translation writer: plain data, whatever the API (types/ implements these for GraphQL).

/** The localized texts this subgraph owns. */
/** A localized text of the organisations subgraph. */
export enum TranslatableField {
  GOVERNORATE_NAME = 'GOVERNORATE_NAME',
  ORGANISATION_NAME = 'ORGANISATION_NAME',
  ORGANISATION_DESCRIPTION = 'ORGANISATION_DESCRIPTION',
  WORKING_GROUP_NAME = 'WORKING_GROUP_NAME',
}

/** One language of one text, with its provenance (e.g. a native speaker reviewing a machine translation). */
export interface SetTranslationInput {
  field: TranslatableField;
  id: string;
  version?: number | null;
  locale: Locale;
  value: string;
  provenance: Provenance;
}
