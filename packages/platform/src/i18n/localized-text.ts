import { FALLBACK_CHAINS, Locale } from './locale';

/** How a translation came to be; machine translations are shown but flagged until reviewed. */
export enum Provenance {
  HUMAN = 'HUMAN',
  MACHINE = 'MACHINE',
  REVIEWED = 'REVIEWED',
}

export interface TranslationValue {
  value: string;
  provenance: Provenance;
}

/** Localized text as stored in a jsonb column: every translation with its provenance. */
export type LocalizedText = Partial<Record<Locale, TranslationValue>>;

export interface TranslationEntry extends TranslationValue {
  locale: Locale;
}

/** The translation a reader of `locale` gets: the first one along the fallback chain; null when there is no text at all. */
export function resolveTranslation(text: LocalizedText | null | undefined, locale: Locale): TranslationEntry | null {
  if (!text) return null;
  for (const candidate of FALLBACK_CHAINS[locale]) {
    const translation = text[candidate];
    if (translation && translation.value) return { locale: candidate, value: translation.value, provenance: translation.provenance };
  }
  return null;
}

/** The text in the reader's locale, following the fallback chain; null when there is no text at all. */
export function localize(text: LocalizedText | null | undefined, locale: Locale): string | null {
  return resolveTranslation(text, locale)?.value ?? null;
}

/** Every translation, in a stable order (ar, ckb, kmr, en). */
export function translationsOf(text: LocalizedText | null | undefined): TranslationEntry[] {
  if (!text) return [];
  return [Locale.ar, Locale.ckb, Locale.kmr, Locale.en].flatMap((locale) => {
    const translation = text[locale];
    return translation ? [{ locale, value: translation.value, provenance: translation.provenance }] : [];
  });
}

/** Builds stored text from plain strings: `text({ en: 'Baghdad', ar: 'بغداد' }, { ckb: Provenance.MACHINE })`. */
export function text(values: Partial<Record<Locale, string>>, provenance: Partial<Record<Locale, Provenance>> = {}): LocalizedText {
  const result: LocalizedText = {};
  for (const locale of Object.values(Locale)) {
    const value = values[locale];
    if (value) result[locale] = { value, provenance: provenance[locale] ?? Provenance.HUMAN };
  }
  return result;
}
