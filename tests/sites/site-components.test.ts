import { ProgressChart } from '../../sites/src/components/progress-chart';
import { fromTranslations } from '../../sites/src/i18n/localized-text';
import { pageContext } from '../../sites/src/page-context';
import { SITES } from '../../sites/src/regions';

const translations = [
  { locale: 'ar', value: 'السلم المدني', provenance: 'HUMAN' },
  { locale: 'ckb', value: 'ئاشتیی مەدەنی', provenance: 'MACHINE' },
  { locale: 'en', value: 'Civil peace', provenance: 'HUMAN' },
];

describe('localized text (sites/src/i18n/localized-text.ts)', () => {
  it('finds the language a value came back in, and whether it is a fallback', () => {
    expect(fromTranslations('ئاشتیی مەدەنی', translations, 'ckb')).toEqual({ value: 'ئاشتیی مەدەنی', lang: 'ckb', dir: 'rtl', isFallback: false, isMachine: true });
    // A Kurmanji reader got Sorani: its own lang and dir, marked as a fallback.
    expect(fromTranslations('ئاشتیی مەدەنی', translations, 'kmr')).toEqual({ value: 'ئاشتیی مەدەنی', lang: 'ckb', dir: 'rtl', isFallback: true, isMachine: true });
    expect(fromTranslations('Civil peace', translations, 'ar')).toMatchObject({ lang: 'en', dir: 'ltr', isFallback: true });
    expect(fromTranslations(null, translations, 'ar')).toBeNull();
  });

  it('prefers the reader’s language when two translations are the same text', () => {
    const same = [
      { locale: 'ar', value: 'ICSSI', provenance: 'HUMAN' },
      { locale: 'en', value: 'ICSSI', provenance: 'HUMAN' },
    ];
    expect(fromTranslations('ICSSI', same, 'en')).toMatchObject({ lang: 'en', isFallback: false });
    expect(fromTranslations('ICSSI', same, 'kmr')).toMatchObject({ lang: 'ar', isFallback: true });
  });
});

describe('the progress chart (sites/src/components/progress-chart.tsx)', () => {
  const points = [
    { reportedOn: '2026-10-01', progress: 60 },
    { reportedOn: '2026-07-01', progress: 30 },
    { reportedOn: '2026-12-01', progress: 75 },
  ];
  const xs = (svg: string): number[] => [...svg.matchAll(/<circle class="point" cx="([\d.]+)" cy="([\d.]+)"/g)].map((match) => Number(match[1]));
  const ys = (svg: string): number[] => [...svg.matchAll(/<circle class="point" cx="[\d.]+" cy="([\d.]+)"/g)].map((match) => Number(match[1]));

  it('draws time in the reading direction: right to left on an Arabic page, left to right in English', () => {
    const rtl = String(ProgressChart({ ctx: pageContext(SITES.baghdad, 'ar'), id: 'c', label: 'x', points }));
    const ltr = String(ProgressChart({ ctx: pageContext(SITES.baghdad, 'en'), id: 'c', label: 'x', points }));
    // Points in date order: x falls on the RTL page, rises on the LTR page; higher progress is higher up.
    expect(xs(rtl)).toEqual([...xs(rtl)].sort((a, b) => b - a));
    expect(xs(ltr)).toEqual([...xs(ltr)].sort((a, b) => a - b));
    expect(ys(ltr)).toEqual([...ys(ltr)].sort((a, b) => b - a));
    expect(rtl).toContain('<polyline class="line"');
    expect(rtl).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="c-title"/);
  });

  it('gives the figures as a table too, in the reader’s digits', () => {
    const html = String(ProgressChart({ ctx: pageContext(SITES.erbil, 'ckb'), id: 'c', label: 'x', points }));
    expect(html.match(/<tr><td><time/g)).toHaveLength(3);
    expect(html).toContain('٧٥');
  });
});
