import { type Locale, type Provenance } from '@icssi/platform';

/** Plain inputs of the translation writers and readers; the GraphQL input classes in types/ implement them. */
/** The localized texts this subgraph owns. */
export enum TranslatableField {
  GOVERNORATE_NAME = 'GOVERNORATE_NAME',
  ORGANISATION_NAME = 'ORGANISATION_NAME',
  ORGANISATION_DESCRIPTION = 'ORGANISATION_DESCRIPTION',
  WORKING_GROUP_NAME = 'WORKING_GROUP_NAME',
}

export interface SetTranslationInput {
  field: TranslatableField;
  id: string;
  version?: number | null;
  locale: Locale;
  value: string;
  provenance: Provenance;
}
