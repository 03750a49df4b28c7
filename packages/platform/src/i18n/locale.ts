import { registerEnumType } from 'type-graphql';

/** The locales of ICSSI Graph (docs/architecture.md §4.1). Values are the BCP 47 language tags. */
export enum Locale {
  ar = 'ar',
  ckb = 'ckb',
  kmr = 'kmr',
  en = 'en',
}

registerEnumType(Locale, {
  name: 'Locale',
  description: 'A language of ICSSI Graph, as a BCP 47 tag.',
  valuesConfig: {
    ar: { description: 'Arabic.' },
    ckb: { description: 'Central Kurdish (Sorani), Arabic script.' },
    kmr: { description: 'Northern Kurdish (Kurmanji/Badini), Latin script.' },
    en: { description: 'English.' },
  },
});

export const DEFAULT_LOCALE = Locale.en;

/** Where a field goes when the reader's language has no value (docs/architecture.md §4.1). */
export const FALLBACK_CHAINS: Record<Locale, readonly Locale[]> = {
  [Locale.ckb]: [Locale.ckb, Locale.kmr, Locale.ar, Locale.en],
  [Locale.kmr]: [Locale.kmr, Locale.ckb, Locale.ar, Locale.en],
  [Locale.ar]: [Locale.ar, Locale.en, Locale.ckb, Locale.kmr],
  [Locale.en]: [Locale.en, Locale.ar, Locale.ckb, Locale.kmr],
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (Object.values(Locale) as string[]).includes(value);
}

/** Maps one language tag to a supported locale, or undefined. `ku` alone means Sorani (Arabic script). */
function localeOfTag(tag: string): Locale | undefined {
  const parts = tag.toLowerCase().split(/[-_]/);
  const [language] = parts;
  if (language === 'ar') return Locale.ar;
  if (language === 'en') return Locale.en;
  if (language === 'ckb') return Locale.ckb;
  if (language === 'kmr') return Locale.kmr;
  if (language === 'ku') return parts.includes('latn') ? Locale.kmr : Locale.ckb;
  return undefined;
}

/** Picks the best supported locale from an Accept-Language header (RFC 9110 q-values). */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .slice(0, 512)
    .split(',')
    .map((entry, index) => {
      const [tag, ...params] = entry.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const entry of ranked) {
    const locale = localeOfTag(entry.tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
