import { randomBytes } from 'node:crypto';
import {
  ANONYMOUS_VIEWER,
  CONTEXT_HEADER,
  Locale,
  RunningSubgraph,
  SubgraphDefinition,
  Viewer,
  contextSecret,
  createLogger,
  dropDatabase,
  serviceDatabaseName,
  signContext,
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
    logger: createLogger({ service: definition.name }),
  });
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

/** The header the gateway would send: signed with the shared secret, issued now. */
export function signedHeaders(viewer: Viewer = ANONYMOUS_VIEWER, locale: Locale = Locale.en): Record<string, string> {
  return {
    [CONTEXT_HEADER]: signContext({ viewer, locale, requestId: 'test-request', issuedAt: Date.now() }, contextSecret()),
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
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: GraphqlResponse<T>['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `non-JSON response: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body };
}
