import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { Role } from '@icssi/platform';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

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
    await expect(page.locator('.graphiql-tab').allInnerTexts()).resolves.toEqual([
      'WorkingGroupsPage',
      'RegionsSideBySide',
      'SearchAndExplore',
    ]);

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

  it('keeps no request header anywhere in the browser: a token used in a run is in no storage, history included', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(stack.gateway.url);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    const authorization = (await bearer(Role.BRIDGE)).authorization;
    const token = authorization.slice('Bearer '.length);
    // A report only a BRIDGE token may read, so the answer proves the header was sent.
    await setEditor(page, '.graphiql-query-editor', '{ regionReports(period: { year: 2026 }) { region period } }');
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    await setEditor(page, '.graphiql-editor-tool', JSON.stringify({ 'accept-language': 'en', authorization }));
    // GraphiQL re-reads the operation name from the new document after a short delay: a run started
    // right after setValue may still carry the previous tab's name ("Unknown operation named …"). Run again then.
    const response = page.locator('.graphiql-response');
    for (let attempt = 1; ; attempt += 1) {
      await page.locator('.graphiql-execute-button').click();
      try {
        await response.getByText('"region": "FEDERAL_IRAQ"', { exact: false }).first().waitFor({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3 || !(await response.innerText()).includes('Unknown operation named')) throw error;
      }
    }
    // The run is in the history (the history works), without its headers.
    await page.locator('[aria-label="Show History"]').click();
    await page.locator('.graphiql-history-item').first().waitFor({ timeout: 10_000 });

    const stored = await browserStorage(page);
    expect(stored.localStorage['graphiql:queries']).toContain('regionReports');
    const everything = JSON.stringify(stored);
    // The token, its signature alone, or any bearer value (the examples' comments mention `Bearer <token>`).
    for (const secret of [token, token.split('.')[2], 'Bearer ey']) expect(everything).not.toContain(secret);
    // After a reload the history is still there, still without headers.
    await page.reload();
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    expect(JSON.stringify(await browserStorage(page))).not.toContain(token);
    await context.close();
  }, 120_000);
});

/** Replaces the text of the shown CodeMirror editor in one of GraphiQL's panes (the other one there has `hidden`). */
async function setEditor(page: Page, container: string, text: string): Promise<void> {
  const selector = `${container} .graphiql-editor:not(.hidden) .CodeMirror`;
  await page.locator(selector).first().waitFor({ timeout: 10_000 });
  await page.evaluate(
    ([shown, value]) =>
      (document.querySelector(shown) as unknown as { CodeMirror: { setValue(v: string): void } }).CodeMirror.setValue(value),
    [selector, text] as const,
  );
}

/** Every key and value of localStorage, sessionStorage, every IndexedDB database and the cookies. */
async function browserStorage(
  page: Page,
): Promise<{ localStorage: Record<string, string>; sessionStorage: Record<string, string>; indexedDb: unknown[]; cookies: string }> {
  return page.evaluate(async () => {
    const dump = (storage: Storage) => Object.fromEntries(Object.keys(storage).map((key) => [key, storage.getItem(key) ?? '']));
    const indexedDb: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        indexedDb.push({ database: info.name, store, records });
      }
      db.close();
    }
    return { localStorage: dump(window.localStorage), sessionStorage: dump(window.sessionStorage), indexedDb, cookies: document.cookie };
  });
}
