import { type Locale } from '../i18n/locale';

/** A text as a writer receives it: one plain string per language, before provenance is added. */
export type LocalizedTextValues = Partial<Record<Locale, string | null>>;
