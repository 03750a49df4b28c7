import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { type SiteId } from '../../sites/src/regions';
import { ARABIC_ONLY_LETTERS, ARABIC_SCRIPT_LETTERS, SORANI_LETTERS, type SiteStack, count, startSiteStack } from './site-stack';

/** Debian's chromium (`.ci/run` installs it); a missing browser fails the test, it never skips. */
const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../.artifacts/sites');

export function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** One region site and one browser for a test file: started before its tests, closed after them. */
export function siteInBrowser(id: SiteId): { base(): string; browser(): Browser } {
  let env: SiteStack | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [env, browser] = await Promise.all([startSiteStack([id]), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await env?.dispose();
  });
  return { base: () => env!.sites[id]!.url, browser: () => browser! };
}

/** What a visit saw: requests refused because they left 127.0.0.1, console errors, page errors. */
export interface Watch {
  external: string[];
  problems: string[];
}

/** A browser context in which nothing but 127.0.0.1 is reachable, recording anything that tries. */
export async function isolatedContext(
  browser: Browser,
  options: { javaScriptEnabled: boolean; locale?: string },
): Promise<{ context: BrowserContext; watch: Watch }> {
  // The reader's browser language goes out as Accept-Language.
  const context = await browser.newContext({
    viewport: { width: 1100, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled,
    locale: options.locale ?? 'en-GB',
  });
  const watch: Watch = { external: [], problems: [] };
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1') return route.continue();
    watch.external.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  context.on('page', (page) => {
    page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') watch.problems.push(`console: ${message.text()}`);
    });
  });
  return { context, watch };
}

/** The page's own text: main, without the parts marked as another language (fallbacks, language names). */
export async function ownText(page: Page): Promise<string> {
  return page.locator('main').evaluate((main) => {
    const pageLang = document.documentElement.lang;
    const copy = main.cloneNode(true) as HTMLElement;
    for (const element of Array.from(copy.querySelectorAll('[lang]'))) if (element.getAttribute('lang') !== pageLang) element.remove();
    return copy.textContent ?? '';
  });
}

/** Script statistics of a text: Sorani-only letters, Arabic-only letters, all Arabic-script letters. */
export function scriptCounts(text: string): { sorani: number; arabicOnly: number; arabicScript: number } {
  return {
    sorani: count(text, SORANI_LETTERS),
    arabicOnly: count(text, ARABIC_ONLY_LETTERS),
    arabicScript: count(text, ARABIC_SCRIPT_LETTERS),
  };
}

/** Accessibility violations axe rates serious or critical, as "rule: target" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`));
}

/** Script statistics of the page's own text, for the language that is the site's own. */
export type ScriptCheck = (name: string, counts: ReturnType<typeof scriptCounts>) => void;

/**
 * Visits pages of one site in one browser page: each must answer 200 with the `lang` and `dir`
 * given, be photographed (`<site>-<name>.png`, once the site's own fonts are in use), have no serious
 * accessibility violation, and, in the site's own script (`script.lang`), pass `script.check`.
 * `visited` lists the names in order; `tour` takes the round every site's test takes in its own language.
 */
export function pageVisitor(page: Page, site: string, script: { lang: string; check: ScriptCheck }) {
  const visited: string[] = [];
  const visit = async (name: string, url: string, lang: string, dir: string): Promise<void> => {
    const response = await page.goto(url);
    expect({ name, status: response!.status() }).toEqual({ name, status: 200 });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
    // Fonts from the site itself are in use before the picture is taken.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${site}-${name}.png`), fullPage: true });
    expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
    if (lang === script.lang) script.check(name, scriptCounts(await ownText(page)));
    visited.push(name);
  };
  /**
   * Home, the working groups and their next page, a working group, a campaign, a governorate (with
   * its progress chart, an SVG drawn on the server), a forum season and a search, all in `lang`
   * (right to left), each reached by a link the previous page gives.
   */
  const tour = async (base: string, own: { lang: string; governorate: string; query: string }): Promise<void> => {
    const { lang } = own;
    await visit('home', `${base}/${lang}/`, lang, 'rtl');
    const campaign = await page.locator('main a[href*="/campaigns/"]').first().getAttribute('href');
    await visit('working-groups', `${base}/${lang}/working-groups`, lang, 'rtl');
    const group = await page.locator('main a[href*="/working-groups/"]').first().getAttribute('href');
    const next = await page.locator('a[rel="next"]').getAttribute('href');
    await visit('working-groups-page-2', `${base}${next}`, lang, 'rtl');
    await visit('working-group', `${base}${group}`, lang, 'rtl');
    await visit('campaign', `${base}${campaign}`, lang, 'rtl');
    await visit('governorate', `${base}/${lang}/governorates/${own.governorate}`, lang, 'rtl');
    expect(await page.locator('figure.chart svg[role="img"] polyline').count()).toBeGreaterThan(0);
    const season = await page.locator('main a[href*="/forum-seasons/"]').first().getAttribute('href');
    await visit('forum-season', `${base}${season}`, lang, 'rtl');
    await visit('search', `${base}/${lang}/search?q=${encodeURIComponent(own.query)}`, lang, 'rtl');
  };
  return { visit, visited, tour };
}

/** From a page in `lang`: the header's link to the working groups, then their next page, which lists others. */
export async function pageThroughWorkingGroups(page: Page, base: string, lang: string): Promise<void> {
  await page.locator(`header nav a[href="/${lang}/working-groups"]`).click();
  await page.waitForURL(`${base}/${lang}/working-groups`);
  const first = await page.locator('main .card h2').allInnerTexts();
  await page.locator('a[rel="next"]').click();
  await page.waitForURL(/after=/);
  const second = await page.locator('main .card h2').allInnerTexts();
  expect(second.length).toBeGreaterThan(0);
  expect(second.filter((name) => first.includes(name))).toEqual([]);
}

/** The search page of `lang`: its form sends `query` and the answer lists results. */
export async function searchByForm(page: Page, base: string, lang: string, query: string): Promise<void> {
  await page.goto(`${base}/${lang}/search`);
  await page.fill('#q', query);
  await page.locator('form.search button').click();
  await page.waitForURL(/search\?q=/);
  await expect(page.locator('main li').count()).resolves.toBeGreaterThan(0);
}
