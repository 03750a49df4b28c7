import { Region, Role, demoWorkingGroupId } from '@icssi/platform';
import { plannedFederalCampaign } from '@icssi/test-kit/campaign-input';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { bearer } from '@icssi/test-kit/tokens';
import { type SiteStack, startSiteStack } from './site-stack';

/**
 * The region sites over plain HTTP, as a reader with JavaScript off (or a slow phone) gets them:
 * every page is complete HTML from the server, in the right language and direction.
 */
let env: SiteStack;

beforeAll(async () => {
  env = await startSiteStack(['baghdad', 'erbil']);
}, 120_000);

afterAll(async () => {
  await env?.dispose();
});

async function get(site: 'baghdad' | 'erbil', path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${env.sites[site]!.url}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

const links = (html: string, pattern: RegExp): string[] =>
  [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&')).filter((href) => pattern.test(href));

describe.each([
  { site: 'baghdad' as const, locale: 'ar', dir: 'rtl', governorate: 'IQ-BG', other: [['en', 'ltr']] },
  {
    site: 'erbil' as const,
    locale: 'ckb',
    dir: 'rtl',
    governorate: 'IQ-AR',
    other: [
      ['kmr', 'ltr'],
      ['ar', 'rtl'],
      ['en', 'ltr'],
    ],
  },
])('the $site site', ({ site, locale, dir, governorate, other }) => {
  it('sends a reader to its main language, or to another of its languages the browser prefers', async () => {
    expect((await get(site, '/')).headers.get('location')).toBe(`/${locale}/`);
    expect((await get(site, '/', { 'accept-language': 'en-GB,en;q=0.9' })).headers.get('location')).toBe('/en/');
    expect((await get(site, '/', { 'accept-language': 'fr' })).headers.get('location')).toBe(`/${locale}/`);
  });

  it('renders every page on the server, with lang, dir and Content-Language, no script and nothing from elsewhere', async () => {
    const home = await get(site, `/${locale}/`);
    const directory = await get(site, `/${locale}/working-groups`);
    const group = links(directory.html, /\/working-groups\/[a-z]/)[0];
    const campaign = links(home.html, /\/campaigns\//)[0];
    const governoratePage = await get(site, `/${locale}/governorates/${governorate}`);
    const season = links(governoratePage.html, /\/forum-seasons\//)[0];
    const next = links(directory.html, /after=/)[0];
    expect([group, campaign, season, next].every(Boolean)).toBe(true);
    const paths = [
      `/${locale}/`,
      `/${locale}/working-groups`,
      next,
      group,
      campaign,
      season,
      `/${locale}/governorates/${governorate}`,
      `/${locale}/search?q=${encodeURIComponent('سلام')}`,
      `/${locale}/search`,
    ];
    for (const path of paths) {
      const page = await get(site, path);
      expect({ path, status: page.status }).toEqual({ path, status: 200 });
      expect(page.html).toMatch(new RegExp(`^<!doctype html><html lang="${locale}" dir="${dir}">`));
      expect(page.headers.get('content-language')).toBe(locale);
      expect(page.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/i);
      // No client JavaScript at all, and the CSP would refuse any; everything else from the site itself.
      expect(page.html).not.toMatch(/<script/i);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(page.html.match(/(?:src|href)="(https?:)?\/\/[^"]*"/g) ?? []).toEqual([]);
      expect(page.html).toContain('<main id="main">');
    }
    for (const [language, direction] of other) {
      const page = await get(site, `/${language}/working-groups`);
      expect(page.html).toMatch(new RegExp(`^<!doctype html><html lang="${language}" dir="${direction}">`));
      expect(page.headers.get('content-language')).toBe(language);
    }
  });

  it('passes on how long the graph lets the data be cached: public for directories, never for pages naming people', async () => {
    expect((await get(site, `/${locale}/working-groups`)).headers.get('cache-control')).toBe('public, max-age=60');
    expect((await get(site, `/${locale}/governorates/${governorate}`)).headers.get('cache-control')).toBe('public, max-age=60');
    const directory = await get(site, `/${locale}/working-groups`);
    const group = links(directory.html, /\/working-groups\/[a-z]/)[0];
    expect((await get(site, group)).headers.get('cache-control')).toBe('no-store');
    const css = await get(site, links(directory.html, /site\.css/)[0]);
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const font = await fetch(`${env.sites[site]!.url}/assets/fonts/noto-sans-arabic-arabic-400-normal.woff2`);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect((await font.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    // The icon browsers ask for is the site's own (no failed request on every page).
    for (const path of ['/favicon.ico', '/assets/favicon.svg'])
      expect((await get(site, path)).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers 404 in the page language for what does not exist, and never passes bad input on as a 500', async () => {
    for (const path of [
      `/${locale}/campaigns/no-such-campaign`,
      `/${locale}/governorates/IQ-ZZ`,
      `/${locale}/forum-seasons/00000000-0000-4000-8000-000000000000`,
      `/${locale}/campaigns/%27%3B--`,
      `/${locale}/forum-seasons/not-a-uuid`,
      `/xx/`,
      '/fr/working-groups',
      `/${locale}/nothing-here`,
    ]) {
      const page = await get(site, path);
      expect({ path, status: page.status }).toEqual({ path, status: 404 });
      expect(page.html).toMatch(/^<!doctype html><html lang="[a-z]+" dir="(rtl|ltr)">/);
    }
    // A forged cursor is refused by the graph as bad input: the reader gets "not found", not an error page.
    expect((await get(site, `/${locale}/working-groups?after=forged`)).status).toBe(404);
    expect((await get(site, `/${locale}/working-groups?theme=NOT_A_THEME`)).status).toBe(200);
    expect((await get(site, `/${locale}/search?q=${'x'.repeat(5000)}`)).status).toBe(200);
  });
});

describe('search', () => {
  it('finds governorates by other spellings, and seasons and councils, each linking to its page', async () => {
    expect((await get('erbil', '/en/search?q=Slemani')).html).toContain('href="/en/governorates/IQ-SU"');
    expect((await get('erbil', '/ckb/search?q=Arbil')).html).toContain('href="/ckb/governorates/IQ-AR"');
    expect((await get('baghdad', '/ar/search?q=Mosul')).html).toContain('href="/ar/governorates/IQ-NI"');
    const councils = await get('baghdad', `/ar/search?q=${encodeURIComponent('مجلس التماسك')}`);
    expect(councils.html).toMatch(/<section aria-labelledby="found-councils">.*href="\/ar\/governorates\/IQ-[A-Z]{2}"/);
  });
});

describe('text in a fallback language, and people', () => {
  it('marks a fallback with its own lang and dir and a visible "not yet translated" hint', async () => {
    // Two campaigns written in one language only, by their regions' editors.
    const create = async (region: Region, input: Record<string, unknown>) => {
      const { body } = await postGraphql<{ createCampaign: { userErrors: unknown[] } }>(
        env.stack.gateway.url,
        'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { userErrors { message } } }',
        { input },
        await bearer(Role.EDITOR, region),
      );
      expect(body.data?.createCampaign.userErrors).toEqual([]);
    };
    await create(
      Region.FEDERAL_IRAQ,
      plannedFederalCampaign({ idempotencyKey: 'site-fallback-ar', slug: 'site-fallback-ar', title: { ar: 'حملة بالعربية فقط' } }),
    );
    await create(Region.KURDISTAN_REGION, {
      ...plannedFederalCampaign({
        idempotencyKey: 'site-fallback-ckb',
        slug: 'site-fallback-ckb',
        title: { ckb: 'کەمپەینێک تەنها بە سۆرانی' },
      }),
      regions: ['KURDISTAN_REGION'],
      governorateCodes: ['IQ-AR'],
      leadWorkingGroupId: demoWorkingGroupId('kr-freedom-of-expression'),
      leadOrganisationId: null,
    });
    // The Baghdad site in English: the Arabic title keeps lang="ar" dir="rtl", with the hint in English.
    const english = await get('baghdad', '/en/campaigns/site-fallback-ar');
    expect(english.html).toContain(
      '<h1><span lang="ar" dir="rtl">حملة بالعربية فقط</span> <small class="hint untranslated">(not yet translated)</small></h1>',
    );
    // The Erbil site in Kurmanji (left to right): the Sorani title keeps lang="ckb" dir="rtl", the hint is in Kurmanji.
    const kurmanji = await get('erbil', '/kmr/campaigns/site-fallback-ckb');
    expect(kurmanji.html).toMatch(/^<!doctype html><html lang="kmr" dir="ltr">/);
    expect(kurmanji.html).toContain(
      '<h1><span lang="ckb" dir="rtl">کەمپەینێک تەنها بە سۆرانی</span> <small class="hint untranslated">(hîn nehatiye wergerandin)</small></h1>',
    );
    // In its own language the same title is plain text.
    expect((await get('erbil', '/ckb/campaigns/site-fallback-ckb')).html).toContain('<h1>کەمپەینێک تەنها بە سۆرانی</h1>');
  });

  it('shows members by pseudonym, marked as one, unless they consented to their name', async () => {
    const directory = await get('erbil', '/ckb/working-groups');
    const group = links(directory.html, /\/working-groups\/[a-z]/)[0];
    const page = await get('erbil', group);
    expect(page.html).toMatch(/<span class="person"><bdi>[^<]+<\/bdi><small class="hint"> \(ناوی خوازراو\)<\/small><\/span>/);
  });
});

describe('when the graph is down', () => {
  it('a page says "temporarily unavailable" in its language with 503, and is not cached', async () => {
    const { startSite } = await import('../../sites/src/site-server');
    const { SITES } = await import('../../sites/src/regions');
    const orphan = await startSite({ site: SITES.erbil, graphUrl: 'http://127.0.0.1:9/graphql', port: 0, graphTimeoutMs: 2000 });
    try {
      const response = await fetch(`${orphan.url}/ckb/working-groups`);
      expect(response.status).toBe(503);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const html = await response.text();
      expect(html).toMatch(/^<!doctype html><html lang="ckb" dir="rtl">/);
      expect(html).toContain('خزمەتگوزارییەکە بۆ ماوەیەک بەردەست نییە');
      expect(html).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|fetch failed/);
    } finally {
      await orphan.stop();
    }
  });
});
