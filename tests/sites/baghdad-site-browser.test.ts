import { pageThroughWorkingGroups, searchByForm, isolatedContext, pageVisitor, siteInBrowser } from './site-browser';

/**
 * The Baghdad site in headless Chromium, page after page, with the outside network cut off:
 * Arabic right to left, English left to right; accessible; the same pages with JavaScript off.
 */
const site = siteInBrowser('baghdad');

describe('the Baghdad site (federal Iraq) in a browser', () => {
  it('every page: lang and dir, Arabic letters, nothing leaves 127.0.0.1, no console error, no serious accessibility violation; a screenshot of each', async () => {
    const base = site.base();
    const { context, watch } = await isolatedContext(site.browser(), { javaScriptEnabled: true, locale: 'ar-IQ' });
    const page = await context.newPage();
    const { visit, visited, tour } = pageVisitor(page, 'baghdad', {
      lang: 'ar',
      // Arabic: Arabic script throughout, with Arabic's own letters (ة ى ث …), and none of Sorani's.
      check: (name, counts) =>
        expect({ name, arabic: counts.arabicScript >= 50 && counts.arabicOnly > 0, sorani: counts.sorani }).toEqual({
          name,
          arabic: true,
          sorani: 0,
        }),
    });

    await tour(base, { lang: 'ar', governorate: 'IQ-BG', query: 'الشفافيه' });
    expect(await page.locator('main li a').count()).toBeGreaterThan(0);
    await visit('home-english', `${base}/en/`, 'en', 'ltr');
    await visit('governorate-english', `${base}/en/governorates/IQ-NI`, 'en', 'ltr');
    expect(visited).toHaveLength(10);
    expect(watch.external).toEqual([]);
    expect(watch.problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('works with JavaScript off: pages render, the directory pages on, the search form searches, the language switcher switches', async () => {
    const base = site.base();
    const { context, watch } = await isolatedContext(site.browser(), { javaScriptEnabled: false, locale: 'ar-IQ' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    expect(page.url()).toBe(`${base}/ar/`);
    await pageThroughWorkingGroups(page, base, 'ar');
    await page.locator('main a[href*="/working-groups/"]').first().click();
    await page.waitForURL(/\/ar\/working-groups\/[a-z]/);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/[\u0600-\u06FF]/);
    await searchByForm(page, base, 'ar', 'السلام');
    await page.locator('nav.languages a[hreflang="en"]').click();
    await page.waitForURL(/\/en\/search\?q=/);
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(watch.external).toEqual([]);
    expect(watch.problems).toEqual([]);
    await context.close();
  }, 120_000);
});
