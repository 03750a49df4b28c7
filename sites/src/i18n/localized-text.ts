import { type Direction, type Locale, directionOf, isLocale } from './locales';

/**
 * A text as a page shows it: the value and the language it is really in. When that is not the
 * reader's language (the graph fell back along its chain), the page marks it with its own `lang`
 * and `dir` and a "not yet translated" hint.
 *
 * This module is the one place that knows how the graph reports a value's language (its
 * `LocalizedString` fields: value, locale, isFallback, direction, provenance); the pages only see
 * `LocalizedValue`.
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

/** What the graph says about a localized value (`titleText`, `nameText`, … of type LocalizedString). */
export interface GraphText {
  value: string;
  locale: string;
  isFallback: boolean;
  direction: string;
  provenance: string;
}

/** A localized field as the page shows it; null when the graph has no text for it. */
export function fromGraph(text: GraphText | null | undefined, reader: Locale): LocalizedValue | null {
  if (!text || text.value === '') return null;
  const lang = isLocale(text.locale) ? text.locale : reader;
  return {
    value: text.value,
    lang,
    dir: text.direction === 'LTR' ? 'ltr' : text.direction === 'RTL' ? 'rtl' : directionOf(lang),
    // The graph's own word on it, but a value in the reader's language is never marked.
    isFallback: text.isFallback && lang !== reader,
    isMachine: text.provenance === 'MACHINE',
  };
}

/**
 * A name the graph does not localize (a pseudonym, an acronym, a venue): its direction follows its
 * letters, its language is unknown, so the page isolates it (`<bdi>`) instead of labelling it.
 */
export function scriptDirection(value: string): Direction {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(value) ? 'rtl' : 'ltr';
}
