import { randomBytes } from 'node:crypto';
import {
  ANONYMOUS_VIEWER,
  CONTEXT_HEADER,
  Locale,
  type RunningSubgraph,
  type SubgraphDefinition,
  type Viewer,
  contextSecret,
  createLogger,
  requestPath,
  signRequest,
  dropDatabase,
  serviceDatabaseName,
  startSubgraph,
  withDatabase,
} from '@icssi/platform';

/** A fresh database name per test file, so files can run in parallel on one server. */
export function testDatabaseUrl(service: string): string {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error('DATABASE_URL is not set: jest globalSetup should have set it');
  const unique = `${process.pid}_${randomBytes(3).toString('hex')}`;
  return withDatabase(server, `${serviceDatabaseName(service)}_t${unique}`);
}

export interface TestSubgraph extends RunningSubgraph {
  databaseUrl: string;
  definition: SubgraphDefinition<unknown, unknown>;
  /** Stops the subgraph and drops its database. */
  dispose(): Promise<void>;
}

/** Starts a subgraph on a free port over its own new database (migrated; demo data if asked). */
export async function startTestSubgraph<L, D>(
  definition: SubgraphDefinition<L, D>,
  options: { seed?: boolean; lockdownSourceUrl?: string } = {},
): Promise<TestSubgraph> {
  const databaseUrl = testDatabaseUrl(definition.name);
  const running = await startSubgraph(definition, {
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    seed: options.seed === false ? 'never' : 'always',
    // A lone subgraph keeps its own lockdown list; a test stack links it to the organisations subgraph.
    lockdownSourceUrl: options.lockdownSourceUrl ?? null,
    // Pushes and NOTIFY carry lockdowns in tests; a pull in the middle of a test would add SQL to counts it measures.
    lockdownSyncMs: 600_000,
    logger: createLogger({ service: definition.name }),
  });
  registerAudience(running.url, definition.name);
  return {
    ...running,
    databaseUrl,
    definition: definition as SubgraphDefinition<unknown, unknown>,
    dispose: async () => {
      await running.stop();
      await dropDatabase(databaseUrl);
    },
  };
}

/** Subgraph GraphQL URL → subgraph name: the audience a signed context names. */
const audiences = new Map<string, string>();

/** Tells the kit which subgraph answers at `url` (startTestSubgraph does it; process-based tests call it). */
export function registerAudience(url: string, subgraph: string): void {
  audiences.set(url, subgraph);
}

/** Asks postGraphql to sign the request as the gateway would; never sent as such. */
const SIGN_AS = 'x-test-sign-as';

/**
 * The context the gateway would send for this viewer. A signed context is good for one request (its
 * subgraph, its body, a nonce), so this is a marker: postGraphql signs each request it sends.
 */
export function signedHeaders(viewer: Viewer = ANONYMOUS_VIEWER, locale: Locale = Locale.en): Record<string, string> {
  return { [SIGN_AS]: JSON.stringify({ viewer, locale }) };
}

/** The real header for one POST of `body` to `url`, as the gateway signs it (issued now, fresh nonce). */
export function signedRequestHeaders(
  url: string,
  body: string,
  viewer: Viewer = ANONYMOUS_VIEWER,
  locale: Locale = Locale.en,
  method = 'POST',
): Record<string, string> {
  const audience = audiences.get(url);
  if (!audience) throw new Error(`no subgraph registered at ${url} (registerAudience)`);
  return {
    [CONTEXT_HEADER]: signRequest(
      { viewer, locale, requestId: 'test-request' },
      { audience, method, path: requestPath(url), body },
      contextSecret(),
    ),
  };
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> };
}

/** POSTs a GraphQL operation over real HTTP. */
export async function postGraphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const body = JSON.stringify({ query, variables });
  const { [SIGN_AS]: signAs, ...sent } = headers;
  if (signAs) {
    const { viewer, locale } = JSON.parse(signAs) as { viewer: Viewer; locale: Locale };
    Object.assign(sent, signedRequestHeaders(url, body, viewer, locale));
  }
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sent },
    body,
  });
  const text = await response.text();
  let answer: GraphqlResponse<T>['body'];
  try {
    answer = JSON.parse(text);
  } catch {
    answer = { errors: [{ message: `non-JSON response: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body: answer };
}
