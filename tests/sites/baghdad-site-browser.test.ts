import path from 'node:path';
import { type Browser } from 'playwright-core';
import { SCREENSHOT_DIR, isolatedContext, launchBrowser, ownText, scriptCounts, seriousViolations } from './site-browser';
import { type SiteStack, startSiteStack } from './site-stack';

/**
 * The Baghdad site in headless Chromium, page after page, with the outside network cut off:
 * Arabic right to left, English left to right; accessible; the same pages with JavaScript off.
 */
let env: SiteStack;
let browser: Browser;

beforeAll(async () => {
  [env, browser] = await Promise.all([startSiteStack(['baghdad']), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await env?.dispose();
});

describe('the Baghdad site (federal Iraq) in a browser', () => {
  it('every page: lang and dir, Arabic letters, nothing leaves 127.0.0.1, no console error, no serious accessibility violation; a screenshot of each', async () => {
    const base = env.sites.baghdad!.url;
    const { context, watch } = await isolatedContext(browser, { javaScriptEnabled: true, locale: 'ar-IQ' });
    const page = await context.newPage();
    const visited: string[] = [];
    const visit = async (name: string, url: string, lang: string, dir: string): Promise<void> => {
      const response = await page.goto(url);
      expect({ name, status: response!.status() }).toEqual({ name, status: 200 });
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `baghdad-${name}.png`), fullPage: true });
      expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
      if (lang === 'ar') {
        const counts = scriptCounts(await ownText(page));
        // Arabic: Arabic script throughout, with Arabic's own letters (ة ى ث …), and none of Sorani's.
        expect({ name, arabic: counts.arabicScript >= 50 && counts.arabicOnly > 0, sorani: counts.sorani }).toEqual({
          name,
          arabic: true,
          sorani: 0,
        });
      }
      visited.push(name);
    };

    await visit('home', `${base}/ar/`, 'ar', 'rtl');
    const campaign = await page.locator('main a[href*="/campaigns/"]').first().getAttribute('href');
    await visit('working-groups', `${base}/ar/working-groups`, 'ar', 'rtl');
    const group = await page.locator('main a[href*="/working-groups/"]').first().getAttribute('href');
    const next = await page.locator('a[rel="next"]').getAttribute('href');
    await visit('working-groups-page-2', `${base}${next}`, 'ar', 'rtl');
    await visit('working-group', `${base}${group}`, 'ar', 'rtl');
    await visit('campaign', `${base}${campaign}`, 'ar', 'rtl');
    await visit('governorate', `${base}/ar/governorates/IQ-BG`, 'ar', 'rtl');
    expect(await page.locator('figure.chart svg[role="img"] polyline').count()).toBeGreaterThan(0);
    const season = await page.locator('main a[href*="/forum-seasons/"]').first().getAttribute('href');
    await visit('forum-season', `${base}${season}`, 'ar', 'rtl');
    await visit('search', `${base}/ar/search?q=${encodeURIComponent('الشفافيه')}`, 'ar', 'rtl');
    expect(await page.locator('main li a').count()).toBeGreaterThan(0);
    await visit('home-english', `${base}/en/`, 'en', 'ltr');
    await visit('governorate-english', `${base}/en/governorates/IQ-NI`, 'en', 'ltr');
    expect(visited).toHaveLength(10);
    expect(watch.external).toEqual([]);
    expect(watch.problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('works with JavaScript off: pages render, the directory pages on, the search form searches, the language switcher switches', async () => {
    const base = env.sites.baghdad!.url;
    const { context, watch } = await isolatedContext(browser, { javaScriptEnabled: false, locale: 'ar-IQ' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    expect(page.url()).toBe(`${base}/ar/`);
    await page.locator('header nav a[href="/ar/working-groups"]').click();
    await page.waitForURL(`${base}/ar/working-groups`);
    const first = await page.locator('main .card h2').allInnerTexts();
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/after=/);
    const second = await page.locator('main .card h2').allInnerTexts();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    await page.locator('main a[href*="/working-groups/"]').first().click();
    await page.waitForURL(/\/ar\/working-groups\/[a-z]/);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/[\u0600-\u06FF]/);
    await page.goto(`${base}/ar/search`);
    await page.fill('#q', 'السلام');
    await page.locator('form.search button').click();
    await page.waitForURL(/search\?q=/);
    await expect(page.locator('main li').count()).resolves.toBeGreaterThan(0);
    await page.locator('nav.languages a[hreflang="en"]').click();
    await page.waitForURL(/\/en\/search\?q=/);
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(watch.external).toEqual([]);
    expect(watch.problems).toEqual([]);
    await context.close();
  }, 120_000);
});
