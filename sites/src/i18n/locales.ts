/** The languages the graph serves (its `Locale` enum) and how a page writes each of them. */
export type Locale = 'ar' | 'ckb' | 'kmr' | 'en';
export type Direction = 'rtl' | 'ltr';

export interface LocaleInfo {
  /** The `lang` attribute: BCP 47 (ckb = Central Kurdish/Sorani, kmr = Northern Kurdish/Kurmanji). */
  lang: Locale;
  dir: Direction;
  /** Its own name, for the language switcher. */
  nativeName: string;
  /** What Intl formats dates and numbers with (Iraqi month names and digits for ar and ckb). */
  intl: string;
}

// Sorani is written in Arabic script here, Kurmanji in Latin script.
export const LOCALES: Record<Locale, LocaleInfo> = {
  ar: { lang: 'ar', dir: 'rtl', nativeName: 'العربية', intl: 'ar-IQ' },
  ckb: { lang: 'ckb', dir: 'rtl', nativeName: 'کوردی (سۆرانی)', intl: 'ckb-IQ' },
  kmr: { lang: 'kmr', dir: 'ltr', nativeName: 'Kurdî (Kurmancî)', intl: 'ku' },
  en: { lang: 'en', dir: 'ltr', nativeName: 'English', intl: 'en-GB' },
};

export function isLocale(value: string): value is Locale {
  return Object.prototype.hasOwnProperty.call(LOCALES, value);
}

export function directionOf(locale: Locale): Direction {
  return LOCALES[locale].dir;
}
