import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO } from './processes';

/**
 * S7, the region sites: for each page of each site, the server's time to first byte against the
 * time of the page's GraphQL call alone (the same persisted operation and variables, straight to
 * the gateway), p50 and p99 of sequential requests taken in turns; the bytes of the page and of
 * the JavaScript it loads, compressed as sent.
 */
export interface SitePageMeasurement {
  /** 0: the demo data alone; else the bench's data scale. */
  scale: number;
  site: 'baghdad' | 'erbil';
  page: string;
  path: string;
  requests: number;
  firstByteMs: { p50: number; p99: number };
  graphqlMs: { p50: number; p99: number };
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Every script the page loads (inline or by URL), gzip-compressed. */
  jsGzipBytes: number;
  scripts: number;
}

interface PageSpec {
  page: string;
  path: string;
  operation: string;
  variables: Record<string, unknown>;
}

const manifest = JSON.parse(readFileSync(path.join(REPO, 'clients/persisted-operations.json'), 'utf8')) as {
  operations: Array<{ id: string; name: string }>;
};
const idOf = (name: string): string => manifest.operations.find((operation) => operation.name === name)!.id;

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] * 10) / 10;
}

/** One GET; resolves with the time to the response headers (first byte), to the end, and the raw bytes. */
function timedGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ firstByteMs: number; totalMs: number; status: number; body: Buffer; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const request = http.get(url, { headers, agent: keepAlive }, (response) => {
      const firstByteMs = Number(process.hrtime.bigint() - start) / 1e6;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          firstByteMs,
          totalMs: Number(process.hrtime.bigint() - start) / 1e6,
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks),
          headers: response.headers,
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

function persistedUrl(gatewayUrl: string, operation: string, variables: Record<string, unknown>): string {
  const search = new URLSearchParams({
    operationName: operation,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: idOf(operation) } }),
  });
  return `${gatewayUrl}?${search}`;
}

async function graph<T>(gatewayUrl: string, operation: string, variables: Record<string, unknown>, locale: string): Promise<T> {
  const answer = await timedGet(persistedUrl(gatewayUrl, operation, variables), {
    'apollo-require-preflight': 'true',
    'accept-language': locale,
  });
  const body = JSON.parse(answer.body.toString('utf8')) as { data?: T; errors?: Array<{ message: string }> };
  if (!body.data || body.errors) throw new Error(`${operation}: ${body.errors?.[0]?.message ?? answer.status}`);
  return body.data;
}

const today = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baghdad' }).format(new Date());

/** The pages of one site, with the operation and variables each sends (as the site does). */
async function pagesOf(gatewayUrl: string, site: 'baghdad' | 'erbil'): Promise<PageSpec[]> {
  const region = site === 'baghdad' ? 'FEDERAL_IRAQ' : 'KURDISTAN_REGION';
  const locale = site === 'baghdad' ? 'ar' : 'ckb';
  const governorate = site === 'baghdad' ? 'IQ-BG' : 'IQ-AR';
  const search = site === 'baghdad' ? 'السلام' : 'ئاشتی';
  const home = await graph<{ campaigns: { nodes: Array<{ slug: string }> } }>(gatewayUrl, 'SiteHome', { region, today: today() }, locale);
  const groups = await graph<{ workingGroups: { nodes: Array<{ slug: string }> } }>(
    gatewayUrl,
    'SiteWorkingGroups',
    { region, theme: null, first: 4, after: null },
    locale,
  );
  const place = await graph<{ governorate: { forumSeasons: { nodes: Array<{ id: string }> } } }>(
    gatewayUrl,
    'SiteGovernorate',
    { code: governorate },
    locale,
  );
  const season = place.governorate.forumSeasons.nodes[0].id;
  return [
    { page: 'home', path: `/${locale}/`, operation: 'SiteHome', variables: { region, today: today() } },
    {
      page: 'working-groups',
      path: `/${locale}/working-groups`,
      operation: 'SiteWorkingGroups',
      variables: { region, theme: null, first: 4, after: null },
    },
    {
      page: 'working-group',
      path: `/${locale}/working-groups/${groups.workingGroups.nodes[0].slug}`,
      operation: 'SiteWorkingGroup',
      variables: { slug: groups.workingGroups.nodes[0].slug },
    },
    {
      page: 'campaign',
      path: `/${locale}/campaigns/${home.campaigns.nodes[0].slug}`,
      operation: 'SiteCampaign',
      variables: { slug: home.campaigns.nodes[0].slug },
    },
    { page: 'forum-season', path: `/${locale}/forum-seasons/${season}`, operation: 'SiteForumSeason', variables: { id: season } },
    { page: 'governorate', path: `/${locale}/governorates/${governorate}`, operation: 'SiteGovernorate', variables: { code: governorate } },
    { page: 'search', path: `/${locale}/search?q=${encodeURIComponent(search)}`, operation: 'SiteSearch', variables: { query: search } },
  ];
}

/**
 * The GraphQL call of every page of both sites, exactly as the sites send it (a persisted GET with
 * the reader's language), for the response cache's site-pages scenario.
 */
export async function sitePageCalls(gatewayUrl: string): Promise<Array<{ path: string; headers: Record<string, string> }>> {
  const calls: Array<{ path: string; headers: Record<string, string> }> = [];
  for (const site of ['baghdad', 'erbil'] as const) {
    const locale = site === 'baghdad' ? 'ar' : 'ckb';
    for (const spec of await pagesOf(gatewayUrl, site)) {
      const url = new URL(persistedUrl(gatewayUrl, spec.operation, spec.variables));
      calls.push({
        path: `${url.pathname}${url.search}`,
        headers: {
          accept: 'application/graphql-response+json, application/json',
          'accept-language': locale,
          'apollo-require-preflight': 'true',
        },
      });
    }
  }
  return calls;
}

/** The JavaScript a page would load: inline scripts and script files, each gzip-compressed as sent. */
async function scriptBytes(siteUrl: string, html: string): Promise<{ bytes: number; count: number }> {
  let bytes = 0;
  let count = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    count += 1;
    const src = /\bsrc="([^"]+)"/.exec(match[1])?.[1];
    if (src) {
      const file = await timedGet(new URL(src, siteUrl).toString(), { 'accept-encoding': 'gzip' });
      bytes += file.headers['content-encoding'] === 'gzip' ? file.body.length : gzipSync(file.body).length;
    } else bytes += gzipSync(match[2]).length;
  }
  return { bytes, count };
}

export async function measureSitePages(options: {
  gatewayUrl: string;
  sites: Record<'baghdad' | 'erbil', string>;
  scale: number;
  requests: number;
}): Promise<SitePageMeasurement[]> {
  const results: SitePageMeasurement[] = [];
  for (const site of ['baghdad', 'erbil'] as const) {
    const siteUrl = options.sites[site];
    const locale = site === 'baghdad' ? 'ar' : 'ckb';
    for (const spec of await pagesOf(options.gatewayUrl, site)) {
      const firstBytes: number[] = [];
      const graphqls: number[] = [];
      // Warm both paths once (connections, plan caches), then take turns so drift hits both alike.
      await timedGet(`${siteUrl}${spec.path}`, {});
      await graph(options.gatewayUrl, spec.operation, spec.variables, locale);
      for (let i = 0; i < options.requests; i += 1) {
        const page = await timedGet(`${siteUrl}${spec.path}`, { 'accept-encoding': 'gzip' });
        if (page.status !== 200) throw new Error(`${site} ${spec.path} answered ${page.status}`);
        firstBytes.push(page.firstByteMs);
        const call = await timedGet(persistedUrl(options.gatewayUrl, spec.operation, spec.variables), {
          'apollo-require-preflight': 'true',
          'accept-language': locale,
        });
        if (call.status !== 200) throw new Error(`${spec.operation} answered ${call.status}`);
        graphqls.push(call.totalMs);
      }
      const plain = await timedGet(`${siteUrl}${spec.path}`, {});
      const compressed = await timedGet(`${siteUrl}${spec.path}`, { 'accept-encoding': 'gzip' });
      const html = plain.body.toString('utf8');
      const scripts = await scriptBytes(siteUrl, html);
      results.push({
        scale: options.scale,
        site,
        page: spec.page,
        path: spec.path,
        requests: options.requests,
        firstByteMs: { p50: percentile(firstBytes, 0.5), p99: percentile(firstBytes, 0.99) },
        graphqlMs: { p50: percentile(graphqls, 0.5), p99: percentile(graphqls, 0.99) },
        htmlBytes: plain.body.length,
        htmlGzipBytes: compressed.headers['content-encoding'] === 'gzip' ? compressed.body.length : gzipSync(compressed.body).length,
        jsGzipBytes: scripts.bytes,
        scripts: scripts.count,
      });
    }
  }
  return results;
}

/** The budgets of issue 18: ≤ 50 KB of compressed JavaScript on any page; first byte ≤ 1.5 × the GraphQL call alone (p50). */
export const JS_BUDGET_BYTES = 50 * 1024;
export const FIRST_BYTE_BUDGET = 1.5;

export function sitesSummary(measurements: SitePageMeasurement[]): string[] {
  if (!measurements.length) return [];
  const lines = [
    '## S7: the region sites (server render, sequential requests)',
    '',
    "Scale 0 is the demo data alone. First byte: the site's time to the first byte of the page (it renders after its one GraphQL call); GraphQL: the same persisted operation with the same variables straight to the gateway, whole answer. Budgets: first byte p50 ≤ 1.5 × GraphQL p50; ≤ 50 KB compressed JavaScript.",
    '',
    '| scale | site | page | first byte p50 / p99 ms | GraphQL alone p50 / p99 ms | ratio (p50) | HTML bytes (gzip) | JS gzip bytes |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const m of measurements) {
    const ratio = m.firstByteMs.p50 / m.graphqlMs.p50;
    lines.push(
      `| ${m.scale} | ${m.site} | ${m.page} | ${m.firstByteMs.p50} / ${m.firstByteMs.p99} | ${m.graphqlMs.p50} / ${m.graphqlMs.p99} | ${ratio.toFixed(2)}${ratio > FIRST_BYTE_BUDGET ? ' **over**' : ''} | ${m.htmlBytes} (${m.htmlGzipBytes}) | ${m.jsGzipBytes}${m.jsGzipBytes > JS_BUDGET_BYTES ? ' **over**' : ''} |`,
    );
  }
  const over = measurements.filter((m) => m.firstByteMs.p50 / m.graphqlMs.p50 > FIRST_BYTE_BUDGET);
  lines.push(
    '',
    `First byte within 1.5× of the GraphQL call: ${measurements.length - over.length} of ${measurements.length} pages. Largest compressed JavaScript on a page: ${Math.max(...measurements.map((m) => m.jsGzipBytes))} bytes.`,
    '',
  );
  return lines;
}
