import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { ARABIC_ONLY_LETTERS, ARABIC_SCRIPT_LETTERS, SORANI_LETTERS, count } from './site-stack';

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
