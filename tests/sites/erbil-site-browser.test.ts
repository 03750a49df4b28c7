import path from 'node:path';
import { type Browser } from 'playwright-core';
import { SCREENSHOT_DIR, isolatedContext, launchBrowser, ownText, scriptCounts, seriousViolations } from './site-browser';
import { type SiteStack, startSiteStack } from './site-stack';

/**
 * The Erbil site in headless Chromium, page after page, with the outside network cut off:
 * Sorani right to left, Kurmanji left to right; accessible; the same pages with JavaScript off.
 */
let env: SiteStack;
let browser: Browser;

beforeAll(async () => {
  [env, browser] = await Promise.all([startSiteStack(['erbil']), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await env?.dispose();
});

describe('the Erbil site (Kurdistan Region) in a browser', () => {
  it('every page: lang and dir, Sorani letters, nothing leaves 127.0.0.1, no console error, no serious accessibility violation; a screenshot of each', async () => {
    const base = env.sites.erbil!.url;
    const { context, watch } = await isolatedContext(browser, { javaScriptEnabled: true });
    const page = await context.newPage();
    const visited: string[] = [];
    const visit = async (name: string, url: string, lang: string, dir: string): Promise<void> => {
      const response = await page.goto(url);
      expect({ name, status: response!.status() }).toEqual({ name, status: 200 });
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
      // Fonts from the site itself are in use before the picture is taken.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `erbil-${name}.png`), fullPage: true });
      expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
      if (lang === 'ckb') {
        const text = await ownText(page);
        const counts = scriptCounts(text);
        // Sorani: its own letters throughout (ە alone is about one letter in ten), none of Arabic's own.
        expect({ name, enough: counts.sorani >= 10 && counts.sorani / counts.arabicScript > 0.08 }).toEqual({ name, enough: true });
        expect({ name, arabicOnly: counts.arabicOnly / counts.arabicScript < 0.01 }).toEqual({ name, arabicOnly: true });
      }
      visited.push(name);
    };

    await visit('home', `${base}/ckb/`, 'ckb', 'rtl');
    const campaign = await page.locator('main a[href*="/campaigns/"]').first().getAttribute('href');
    await visit('working-groups', `${base}/ckb/working-groups`, 'ckb', 'rtl');
    const group = await page.locator('main a[href*="/working-groups/"]').first().getAttribute('href');
    const next = await page.locator('a[rel="next"]').getAttribute('href');
    await visit('working-groups-page-2', `${base}${next}`, 'ckb', 'rtl');
    await visit('working-group', `${base}${group}`, 'ckb', 'rtl');
    await visit('campaign', `${base}${campaign}`, 'ckb', 'rtl');
    await visit('governorate', `${base}/ckb/governorates/IQ-AR`, 'ckb', 'rtl');
    // The progress timeline is an SVG chart drawn on the server.
    expect(await page.locator('figure.chart svg[role="img"] polyline').count()).toBeGreaterThan(0);
    const season = await page.locator('main a[href*="/forum-seasons/"]').first().getAttribute('href');
    await visit('forum-season', `${base}${season}`, 'ckb', 'rtl');
    await visit('search', `${base}/ckb/search?q=${encodeURIComponent('ئازادی')}`, 'ckb', 'rtl');
    expect(await page.locator('main li a[href*="/working-groups/"]').count()).toBeGreaterThan(0);
    await visit('home-kurmanji', `${base}/kmr/`, 'kmr', 'ltr');
    await visit('governorate-kurmanji', `${base}/kmr/governorates/IQ-DA`, 'kmr', 'ltr');
    await visit('home-arabic', `${base}/ar/`, 'ar', 'rtl');
    await visit('home-english', `${base}/en/`, 'en', 'ltr');
    expect(visited).toHaveLength(12);
    expect(watch.external).toEqual([]);
    expect(watch.problems).toEqual([]);
    // The checker does find what it looks for: a page with an unnamed button and an image without text.
    await page.setContent(
      '<!doctype html><html lang="ckb" dir="rtl"><title>x</title><main><button></button><img src="data:,"></main></html>',
    );
    expect((await seriousViolations(page)).map((line) => line.split(' ')[0]).sort()).toEqual(['button-name', 'image-alt']);
    await context.close();
  }, 180_000);

  it('works with JavaScript off: pages render, the directory pages on, the search form searches, the language switcher switches', async () => {
    const base = env.sites.erbil!.url;
    const { context, watch } = await isolatedContext(browser, { javaScriptEnabled: false, locale: 'ckb-IQ' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    expect(page.url()).toBe(`${base}/ckb/`);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/کوردستان/);
    await page.locator('header nav a[href="/ckb/working-groups"]').click();
    await page.waitForURL(`${base}/ckb/working-groups`);
    const first = await page.locator('main .card h2').allInnerTexts();
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/after=/);
    const second = await page.locator('main .card h2').allInnerTexts();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    await page.selectOption('#theme', 'FREEDOM_OF_EXPRESSION');
    await page.locator('form.filter button').click();
    await page.waitForURL(/theme=FREEDOM_OF_EXPRESSION/);
    await expect(page.locator('main .card').count()).resolves.toBe(1);
    await page.goto(`${base}/ckb/search`);
    await page.fill('#q', 'ئاشتی');
    await page.locator('form.search button').click();
    await page.waitForURL(/search\?q=/);
    await expect(page.locator('main li').count()).resolves.toBeGreaterThan(0);
    await page.locator('nav.languages a[hreflang="kmr"]').click();
    await page.waitForURL(/\/kmr\/search\?q=/);
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/erbil-search-kurmanji-no-js.png`, fullPage: true });
    expect(watch.external).toEqual([]);
    expect(watch.problems).toEqual([]);
    await context.close();
  }, 120_000);
});
