import { Locale } from '../i18n/locale';
import { type LocalizedText, Provenance } from '../i18n/localized-text';

/** A text as a writer receives it: one plain string per language, before provenance is added. */
export type LocalizedTextValues = Partial<Record<Locale, string | null>>;

/** Stored form of a text input; blank translations are dropped. */
export function fromTextInput(input: LocalizedTextValues): LocalizedText {
  const text: LocalizedText = {};
  for (const locale of Object.values(Locale)) {
    const value = input[locale]?.trim();
    if (value) text[locale] = { value, provenance: Provenance.HUMAN };
  }
  return text;
}
