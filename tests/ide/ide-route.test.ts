import { readFileSync } from 'node:fs';
import { type RunningGateway, startGateway } from '@icssi/gateway';
import { createLogger } from '@icssi/platform';
import { ideConfigFromEnv } from '../../gateway/src/ide/ide-config';
import { SUPERGRAPH_FILE } from '@icssi/test-kit/test-stack';

// No subgraph is needed to serve the IDE: the gateway runs over the static supergraph alone.
async function gateway(enabled: boolean): Promise<RunningGateway> {
  return startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: {},
    logger: createLogger({ service: 'gateway' }),
    ide: { enabled },
  });
}

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
let on: RunningGateway;
let off: RunningGateway;

beforeAll(async () => {
  [on, off] = await Promise.all([gateway(true), gateway(false)]);
});

afterAll(async () => {
  await Promise.all([on?.stop(), off?.stop()]);
});

describe('GraphiQL served by the gateway', () => {
  it('a browser GET of /graphql gets the IDE page, with a self-only Content-Security-Policy', async () => {
    const response = await fetch(on.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
    const html = await response.text();
    expect(html).toContain('<script src="/ide/graphiql.min.js"></script>');
    // Every script and stylesheet comes from this server.
    expect(html.match(/(?:src|href)="[^"]*"/g)!.every((attribute) => attribute.includes('"/ide/'))).toBe(true);
  });

  it('serves GraphiQL and React from node_modules and the example tabs for each reader group', async () => {
    for (const asset of [
      '/ide/graphiql.min.js',
      '/ide/graphiql.min.css',
      '/ide/react.production.min.js',
      '/ide/react-dom.production.min.js',
    ]) {
      const response = await fetch(new URL(asset, on.url));
      expect([asset, response.status]).toEqual([asset, 200]);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(5_000);
    }
    const script = await (await fetch(new URL('/ide/ide.js', on.url))).text();
    for (const operation of ['query WorkingGroupsPage', 'query RegionsSideBySide', 'query SearchAndExplore'])
      expect(script).toContain(operation);
    expect(script).toContain('shouldPersistHeaders: false');
  });

  it('leaves GraphQL requests alone: a GET with a query still runs it', async () => {
    const response = await fetch(`${on.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('when off, there is no IDE page and no IDE files', async () => {
    const page = await fetch(off.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(page.headers.get('content-type')).not.toContain('text/html');
    expect(page.status).toBe(400);
    expect((await fetch(new URL('/ide/graphiql.min.js', off.url))).status).toBe(404);
  });

  it('is off in production unless IDE=on', () => {
    const saved = { NODE_ENV: process.env.NODE_ENV, IDE: process.env.IDE };
    try {
      process.env.NODE_ENV = 'production';
      delete process.env.IDE;
      expect(ideConfigFromEnv().enabled).toBe(false);
      process.env.IDE = 'on';
      expect(ideConfigFromEnv().enabled).toBe(true);
      process.env.NODE_ENV = 'development';
      delete process.env.IDE;
      expect(ideConfigFromEnv().enabled).toBe(true);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
