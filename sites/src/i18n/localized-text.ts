import { Direction, Locale, directionOf, isLocale } from './locales';

/**
 * A text as a page shows it: the value and the language it is really in. When that is not the
 * reader's language (the graph fell back along its chain), the page marks it with its own `lang`
 * and `dir` and a "not yet translated" hint.
 *
 * This module is the one place that knows how the graph reports a value's language; the pages
 * only see `LocalizedValue`.
 */
export interface LocalizedValue {
  value: string;
  lang: Locale;
  dir: Direction;
  /** Not in the reader's language. */
  isFallback: boolean;
  /** Machine-translated, not yet checked by a person. */
  isMachine: boolean;
}

/** One entry of a `…Translations` field. */
export interface TranslationEntry {
  locale: string;
  value: string;
  provenance: string;
}

/**
 * From the resolved field (`title`) and every translation (`titleTranslations`): the value's own
 * language is the translation that has exactly this value, the reader's own first.
 */
export function fromTranslations(value: string | null | undefined, translations: readonly TranslationEntry[] | null | undefined, reader: Locale): LocalizedValue | null {
  if (value === null || value === undefined || value === '') return null;
  const matching = (translations ?? []).filter((translation) => translation.value === value && isLocale(translation.locale));
  const found = matching.find((translation) => translation.locale === reader) ?? matching[0];
  // No translation list at all (a text the graph keeps in one form): it is what the reader asked for.
  const lang = found && isLocale(found.locale) ? found.locale : reader;
  return { value, lang, dir: directionOf(lang), isFallback: lang !== reader, isMachine: found?.provenance === 'MACHINE' };
}

/** A localized field together with its translations, as the site's operations select it. */
export interface TranslatedField {
  value: string | null | undefined;
  translations: readonly TranslationEntry[] | null | undefined;
}

/**
 * A name the graph does not localize (a pseudonym, an acronym, a venue): its direction follows its
 * letters, its language is unknown, so the page isolates it (`<bdi>`) instead of labelling it.
 */
export function scriptDirection(value: string): Direction {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(value) ? 'rtl' : 'ltr';
}
