import { type Labels } from './i18n/labels';
import { type GraphText, type LocalizedValue, fromGraph } from './i18n/localized-text';
import { LOCALES, type Locale, type LocaleInfo } from './i18n/locales';
import { MESSAGES, type Messages } from './i18n/messages';
import { type SiteConfig } from './regions';

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
  text(text: GraphText | null | undefined): LocalizedValue | null;
  date(value: string | null | undefined): string;
  dateTime(value: string | null | undefined): string;
  number(value: number | null | undefined): string;
  /** A protected count of people as the graph gives it: the value, or "fewer than N" when it is not shown; null when there is none. */
  peopleCount(count: { value?: number | null; suppressed: boolean; lowerThan?: number | null } | null | undefined): string | null;
  /** A year, without grouping (٢٠٢٦, not ٢٬٠٢٦). */
  year(value: number): string;
  /** 0–100 as a percentage in the reader's digits and sign. */
  percent(value: number): string;
}

const TIME_ZONE = 'Asia/Baghdad';

interface Formats {
  dates: Intl.DateTimeFormat;
  dateTimes: Intl.DateTimeFormat;
  numbers: Intl.NumberFormat;
  years: Intl.NumberFormat;
  percents: Intl.NumberFormat;
}

// Intl formatters are slow to build and safe to share: one set per language for the process.
const formats = new Map<Locale, Formats>();

function formatsFor(locale: Locale): Formats {
  let found = formats.get(locale);
  if (!found) {
    const intl = LOCALES[locale].intl;
    found = {
      // Dates are calendar dates (no time): format them in UTC so no time zone moves them a day.
      dates: new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' }),
      dateTimes: new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }),
      numbers: new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }),
      years: new Intl.NumberFormat(intl, { useGrouping: false }),
      percents: new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 0 }),
    };
    formats.set(locale, found);
  }
  return found;
}

export function pageContext(site: SiteConfig, locale: Locale, labels: Labels): PageContext {
  const info = LOCALES[locale];
  const { dates, dateTimes, numbers, years, percents } = formatsFor(locale);
  return {
    site,
    locale,
    info,
    t: MESSAGES[locale],
    labels,
    href: (path, other = locale) => `/${other}${path === '/' ? '/' : path}`,
    text: (text) => fromGraph(text, locale),
    date: (value) => (value ? dates.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)) : ''),
    dateTime: (value) => (value ? dateTimes.format(new Date(value)) : ''),
    number: (value) => (value === null || value === undefined ? '' : numbers.format(value)),
    year: (value) => years.format(value),
    peopleCount: (count) => {
      if (!count) return null;
      if (!count.suppressed && count.value !== null && count.value !== undefined) return numbers.format(count.value);
      return count.suppressed && count.lowerThan ? MESSAGES[locale].fewerThan(numbers.format(count.lowerThan)) : null;
    },
    percent: (value) => percents.format(value / 100),
  };
}
