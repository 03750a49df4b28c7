import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type IdeAsset, loadIdeAssets } from './ide-assets';
import { type IdeConfig } from './ide-config';
import { loadIdeTabs } from './ide-examples';
import { IDE_CONTENT_SECURITY_POLICY, IDE_CSS, idePageHtml, ideScript } from './ide-page';

const GRAPHQL_PATH = '/graphql';

const SECURITY_HEADERS = {
  'content-security-policy': IDE_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** A browser opening the endpoint: GET, asks for HTML, carries no GraphQL request. */
function isBrowserVisit(request: IncomingMessage, url: URL): boolean {
  const accept = request.headers.accept ?? '';
  return (
    url.pathname === GRAPHQL_PATH && accept.includes('text/html') && !url.searchParams.has('query') && !url.searchParams.has('extensions')
  );
}

/**
 * GraphiQL for analysts, served by the gateway: the page on a browser GET of /graphql, its files
 * under /ide/. Returns false (not answered) for everything else, and for everything when off.
 */
export function ideRoute(config: IdeConfig) {
  if (!config.enabled) return async (): Promise<boolean> => false;
  const assets: Record<string, IdeAsset> = {
    ...loadIdeAssets(),
    '/ide/ide.js': {
      contentType: 'application/javascript; charset=utf-8',
      body: Buffer.from(ideScript(GRAPHQL_PATH, loadIdeTabs(config.examplesDir))),
    },
    '/ide/ide.css': { contentType: 'text/css; charset=utf-8', body: Buffer.from(IDE_CSS) },
  };
  const page = Buffer.from(idePageHtml());
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (isBrowserVisit(request, url)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS });
      response.end(request.method === 'HEAD' ? undefined : page);
      return true;
    }
    const asset = assets[url.pathname];
    if (!asset) return false;
    response.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'public, max-age=3600', ...SECURITY_HEADERS });
    response.end(request.method === 'HEAD' ? undefined : asset.body);
    return true;
  };
}
