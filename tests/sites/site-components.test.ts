import { ProgressChart } from '../../sites/src/components/progress-chart';
import { type Labels, labelsFromGraph } from '../../sites/src/i18n/labels';
import { fromGraph } from '../../sites/src/i18n/localized-text';
import { pageContext } from '../../sites/src/page-context';
import { SITES } from '../../sites/src/regions';

const CODES: Labels = { of: (_enumName, value) => value };

describe('localized text (sites/src/i18n/localized-text.ts)', () => {
  it('takes the language, direction and fallback flag the graph reports', () => {
    const sorani = { value: 'ئاشتیی مەدەنی', locale: 'ckb', isFallback: false, direction: 'RTL', provenance: 'MACHINE' };
    expect(fromGraph(sorani, 'ckb')).toEqual({ value: 'ئاشتیی مەدەنی', lang: 'ckb', dir: 'rtl', isFallback: false, isMachine: true });
    // A Kurmanji reader got Sorani: its own lang and dir, marked as a fallback.
    expect(fromGraph({ ...sorani, isFallback: true }, 'kmr')).toEqual({
      value: 'ئاشتیی مەدەنی',
      lang: 'ckb',
      dir: 'rtl',
      isFallback: true,
      isMachine: true,
    });
    expect(fromGraph({ value: 'Civil peace', locale: 'en', isFallback: true, direction: 'LTR', provenance: 'HUMAN' }, 'ar')).toMatchObject({
      lang: 'en',
      dir: 'ltr',
      isFallback: true,
    });
    expect(fromGraph(null, 'ar')).toBeNull();
  });
});

describe('labels (sites/src/i18n/labels.ts)', () => {
  it('are the graph’s words for enum values; a value the graph gave no word for stays its code', () => {
    const labels = labelsFromGraph({
      locale: 'ckb',
      themes: [{ value: 'TRANSPARENCY', label: 'شەفافیەت' }],
      regions: [{ value: 'KURDISTAN_REGION', label: 'هەرێمی کوردستان' }],
      campaignStatuses: null,
      campaignActionTypes: null,
      sessionFormats: null,
      forumSeasonStatuses: null,
      councilStatuses: null,
      implementationStatuses: null,
      workingGroupStatuses: [],
      membershipRoles: [],
      recommendationStatuses: null,
    });
    expect(labels.of('Theme', 'TRANSPARENCY')).toBe('شەفافیەت');
    expect(labels.of('Region', 'KURDISTAN_REGION')).toBe('هەرێمی کوردستان');
    expect(labels.of('CampaignStatus', 'ACTIVE')).toBe('ACTIVE');
  });
});

describe('the progress chart (sites/src/components/progress-chart.tsx)', () => {
  const points = [
    { reportedOn: '2026-10-01', progress: 60 },
    { reportedOn: '2026-07-01', progress: 30 },
    { reportedOn: '2026-12-01', progress: 75 },
  ];
  const xs = (svg: string): number[] =>
    [...svg.matchAll(/<circle class="point" cx="([\d.]+)" cy="([\d.]+)"/g)].map((match) => Number(match[1]));
  const ys = (svg: string): number[] =>
    [...svg.matchAll(/<circle class="point" cx="[\d.]+" cy="([\d.]+)"/g)].map((match) => Number(match[1]));

  it('draws time in the reading direction: right to left on an Arabic page, left to right in English', () => {
    const rtl = String(ProgressChart({ ctx: pageContext(SITES.baghdad, 'ar', CODES), id: 'c', label: 'x', points }));
    const ltr = String(ProgressChart({ ctx: pageContext(SITES.baghdad, 'en', CODES), id: 'c', label: 'x', points }));
    // Points in date order: x falls on the RTL page, rises on the LTR page; higher progress is higher up.
    expect(xs(rtl)).toEqual([...xs(rtl)].sort((a, b) => b - a));
    expect(xs(ltr)).toEqual([...xs(ltr)].sort((a, b) => a - b));
    expect(ys(ltr)).toEqual([...ys(ltr)].sort((a, b) => b - a));
    expect(rtl).toContain('<polyline class="line"');
    expect(rtl).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="c-title"/);
  });

  it('gives the figures as a table too, in the reader’s digits', () => {
    const html = String(ProgressChart({ ctx: pageContext(SITES.erbil, 'ckb', CODES), id: 'c', label: 'x', points }));
    expect(html.match(/<tr><td><time/g)).toHaveLength(3);
    expect(html).toContain('٧٥');
  });
});
