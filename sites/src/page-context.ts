import { Labels, labelsFor } from './i18n/labels';
import { LocalizedValue, TranslationEntry, fromTranslations } from './i18n/localized-text';
import { LOCALES, Locale, LocaleInfo } from './i18n/locales';
import { MESSAGES, Messages } from './i18n/messages';
import { SiteConfig } from './regions';

/** Everything a page needs to speak the reader's language: built once per request. */
export interface PageContext {
  site: SiteConfig;
  locale: Locale;
  info: LocaleInfo;
  t: Messages;
  labels: Labels;
  /** A link inside the site, in this language (or another of the site's languages). */
  href(path: string, locale?: Locale): string;
  /** A localized field as the page shows it (see i18n/localized-text.ts). */
  text(value: string | null | undefined, translations?: readonly TranslationEntry[] | null): LocalizedValue | null;
  date(value: string | null | undefined): string;
  dateTime(value: string | null | undefined): string;
  number(value: number | null | undefined): string;
  /** A year, without grouping (٢٠٢٦, not ٢٬٠٢٦). */
  year(value: number): string;
  /** 0–100 as a percentage in the reader's digits and sign. */
  percent(value: number): string;
}

const TIME_ZONE = 'Asia/Baghdad';

export function pageContext(site: SiteConfig, locale: Locale): PageContext {
  const info = LOCALES[locale];
  // Dates are calendar dates (no time): format them in UTC so no time zone moves them a day.
  const dates = new Intl.DateTimeFormat(info.intl, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTimes = new Intl.DateTimeFormat(info.intl, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  const numbers = new Intl.NumberFormat(info.intl, { maximumFractionDigits: 1 });
  const years = new Intl.NumberFormat(info.intl, { useGrouping: false });
  const percents = new Intl.NumberFormat(info.intl, { style: 'percent', maximumFractionDigits: 0 });
  return {
    site,
    locale,
    info,
    t: MESSAGES[locale],
    labels: labelsFor(locale),
    href: (path, other = locale) => `/${other}${path === '/' ? '/' : path}`,
    text: (value, translations) => fromTranslations(value, translations, locale),
    date: (value) => (value ? dates.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)) : ''),
    dateTime: (value) => (value ? dateTimes.format(new Date(value)) : ''),
    number: (value) => (value === null || value === undefined ? '' : numbers.format(value)),
    year: (value) => years.format(value),
    percent: (value) => percents.format(value / 100),
  };
}
