import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { TestStack, startTestStack } from '../kit/test-stack';

/** Debian's chromium (`.ci/run` installs it); a missing browser fails this test, it never skips. */
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT_DIR = path.resolve(__dirname, '../../.artifacts');

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startTestStack({ gateway: { ide: { enabled: true } } });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.dispose();
});

describe('GraphiQL in headless Chromium, with the outside network cut off', () => {
  it('loads from the gateway alone, shows the schema docs, runs the frontend example and shows its result', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const external: string[] = [];
    const problems: string[] = [];
    // Only the gateway on 127.0.0.1 is reachable: anything else is recorded and refused.
    await page.route('**/*', (route) => {
      const { hostname, protocol } = new URL(route.request().url());
      if (hostname === '127.0.0.1' || protocol === 'data:') return route.continue();
      external.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });

    const response = await page.goto(stack.gateway.url);
    expect(response!.status()).toBe(200);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    // One tab per reader group: frontend page, bridge report, analyst exploration.
    await expect(page.locator('.graphiql-tab').count()).resolves.toBe(3);
    await expect(page.locator('.graphiql-tab').allInnerTexts()).resolves.toEqual(['WorkingGroupsPage', 'RegionsSideBySide', 'SearchAndExplore']);

    // The schema documentation comes from introspection.
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor({ timeout: 30_000 });

    // The header editor holds the reader's language for the tab.
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    await expect(page.locator('.graphiql-editor-tool').innerText()).resolves.toMatch(/"accept-language": "ckb"/);

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await result.getByText('"totalCount": 5', { exact: false }).first().waitFor({ timeout: 30_000 });
    await expect(result.innerText()).resolves.toMatch(/گرووپی کاری گەنجان/);

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'ide-graphiql.png') });
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
