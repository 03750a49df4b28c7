import {
  pageThroughWorkingGroups,
  searchByForm,
  SCREENSHOT_DIR,
  isolatedContext,
  pageVisitor,
  siteInBrowser,
  seriousViolations,
} from './site-browser';

/**
 * The Erbil site in headless Chromium, page after page, with the outside network cut off:
 * Sorani right to left, Kurmanji left to right; accessible; the same pages with JavaScript off.
 */
const site = siteInBrowser('erbil');

describe('the Erbil site (Kurdistan Region) in a browser', () => {
  it('every page: lang and dir, Sorani letters, nothing leaves 127.0.0.1, no console error, no serious accessibility violation; a screenshot of each', async () => {
    const base = site.base();
    const { context, watch } = await isolatedContext(site.browser(), { javaScriptEnabled: true });
    const page = await context.newPage();
    const { visit, visited, tour } = pageVisitor(page, 'erbil', {
      lang: 'ckb',
      // Sorani: its own letters throughout (ە alone is about one letter in ten), none of Arabic's own.
      check: (name, counts) => {
        expect({ name, enough: counts.sorani >= 10 && counts.sorani / counts.arabicScript > 0.08 }).toEqual({ name, enough: true });
        expect({ name, arabicOnly: counts.arabicOnly / counts.arabicScript < 0.01 }).toEqual({ name, arabicOnly: true });
      },
    });

    await tour(base, { lang: 'ckb', governorate: 'IQ-AR', query: 'ئازادی' });
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
    const base = site.base();
    const { context, watch } = await isolatedContext(site.browser(), { javaScriptEnabled: false, locale: 'ckb-IQ' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    expect(page.url()).toBe(`${base}/ckb/`);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/کوردستان/);
    await pageThroughWorkingGroups(page, base, 'ckb');
    await page.selectOption('#theme', 'FREEDOM_OF_EXPRESSION');
    await page.locator('form.filter button').click();
    await page.waitForURL(/theme=FREEDOM_OF_EXPRESSION/);
    await expect(page.locator('main .card').count()).resolves.toBe(1);
    await searchByForm(page, base, 'ckb', 'ئاشتی');
    await page.locator('nav.languages a[hreflang="kmr"]').click();
    await page.waitForURL(/\/kmr\/search\?q=/);
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/erbil-search-kurmanji-no-js.png`, fullPage: true });
    expect(watch.external).toEqual([]);
    expect(watch.problems).toEqual([]);
    await context.close();
  }, 120_000);
});
