import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { withRequestSqlCount } from '../database/sql-statement-counter';
import { type Logger, errorFields } from '../logging/logger';
import { isDraining, markDraining } from './graceful-shutdown';
import { canonicalRequestPath } from './request-path';

/** A refusal with an HTTP status, thrown while building the context (e.g. 401 for an unsigned request). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Response headers that go with the refusal (e.g. Retry-After with a 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface GraphqlHttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  logger: Logger;
  /** Builds the per-request context; throw HttpError to refuse the request before it is parsed. */
  context: (request: IncomingMessage, requestId: string) => Promise<TContext>;
  /** Checks the body against the context once it is read (a subgraph: the signed digest, the nonce); throw HttpError to refuse. */
  verifyBody?: (request: IncomingMessage, rawBody: string, context: TContext) => Promise<void>;
  /** Readiness beyond "the process is up" (database reachable, supergraph loaded). */
  ready: () => Promise<boolean>;
  maxBodyBytes?: number;
  /** Browser origins allowed to call (CORS); none when undefined. */
  corsOrigins?: readonly string[];
  /** Extra routes (e.g. exports, metrics); return true when the request was answered. */
  routes?: (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;
  /**
   * Answers a request before the GraphQL pipeline when it can (the gateway's response cache); null
   * lets it through. Runs after the context (authentication, rate limits) and the body checks.
   */
  answerEarly?: (
    request: IncomingMessage,
    rawBody: string,
    context: TContext,
  ) => Promise<{ status: number; headers: Record<string, string>; body: string } | null>;
  /** Count each request's SQL statements (subgraphs; it costs an async context per request). */
  countSql?: boolean;
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

/** The request id from the caller (the gateway) when it is well-formed, else a new one. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(payload);
}

export function sendGraphqlError(response: ServerResponse, status: number, code: string, message: string): void {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
}

export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleGraphql<TContext extends BaseContext>(
  options: GraphqlHttpServerOptions<TContext>,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  requestId: string,
): Promise<void> {
  // Refuse before reading the body: an unsigned request gets nothing, not even parse errors.
  const context = await options.context(request, requestId);
  const method = (request.method ?? 'GET').toUpperCase();
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown;
  const raw = method === 'POST' ? await readBody(request, options.maxBodyBytes ?? 1_000_000) : '';
  if (options.verifyBody) await options.verifyBody(request, raw, context);
  const early = options.answerEarly ? await options.answerEarly(request, raw, context) : null;
  if (early) {
    response.writeHead(early.status, { ...early.headers, 'x-request-id': requestId });
    response.end(early.body);
    return;
  }
  if (method === 'POST') {
    if ((headers.get('content-type') ?? '').toLowerCase().includes('application/json')) {
      try {
        body = raw.length ? JSON.parse(raw) : undefined;
      } catch {
        throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON');
      }
    } else {
      body = raw;
    }
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search: url.search, body },
    context: async () => context,
  });
  const responseHeaders: Record<string, string> = { 'x-request-id': requestId };
  for (const [name, value] of result.headers) responseHeaders[name] = value;
  response.writeHead(result.status ?? 200, responseHeaders);
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

const CORS_ALLOWED_HEADERS =
  'content-type, authorization, accept-language, apollo-require-preflight, x-apollo-operation-name, x-request-id';

/**
 * CORS with an allowlist: allowed origins get the CORS headers, others get none (the browser then
 * withholds the response); a preflight from an origin not on the list is refused with 403.
 * Returns true when the request (a preflight) has been answered.
 */
function applyCors(origins: readonly string[], request: IncomingMessage, response: ServerResponse): boolean {
  const origin = request.headers.origin;
  const allowed = typeof origin === 'string' && origins.includes(origin);
  if (allowed) {
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('vary', 'Origin');
    response.setHeader('access-control-expose-headers', 'x-request-id');
  }
  if (request.method !== 'OPTIONS') return false;
  if (!allowed) {
    response.writeHead(403, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ error: 'Origin not allowed' }));
    return true;
  }
  response.writeHead(204, {
    'access-control-allow-methods': 'GET, POST',
    'access-control-allow-headers': CORS_ALLOWED_HEADERS,
    'access-control-max-age': '600',
  });
  response.end();
  return true;
}

/**
 * A plain Node HTTP server for Apollo Server: GraphQL at /graphql, /healthz (alive) and /readyz
 * (ready) exempt from authentication, JSON 404 elsewhere; metrics have a port of their own
 * (metrics-server.ts). Keep-alive outlives the gateway's idle socket timeout so pooled connections
 * are not cut under it.
 */
export function createGraphqlHttpServer<TContext extends BaseContext>(options: GraphqlHttpServerOptions<TContext>): http.Server {
  const server = http.createServer((request, response) => {
    const requestId = requestIdOf(request);
    // Shutting down: finish this request, but let the client open its next one elsewhere.
    if (isDraining(server)) response.setHeader('connection', 'close');
    const handle = async (): Promise<void> => {
      // Routes match the path as sent: one that URL parsing would rewrite (`/graphql/../metrics`) is refused.
      if (canonicalRequestPath(request.url) === null) {
        return sendGraphqlError(
          response,
          400,
          'BAD_REQUEST',
          'The request path is not in canonical form (no "." or ".." segments, no "\\", no "//").',
        );
      }
      const url = new URL(request.url!, 'http://localhost');
      if (options.corsOrigins && applyCors(options.corsOrigins, request, response)) return;
      if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        const ready = !isDraining(server) && (await options.ready().catch(() => false));
        return sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
      }
      if (options.routes && (await options.routes(request, response, url))) return;
      if (url.pathname === '/graphql') return handleGraphql(options, request, response, url, requestId);
      sendJson(response, 404, { error: 'Not found' });
    };
    (options.countSql ? withRequestSqlCount(handle) : handle()).catch((error: unknown) => {
      if (error instanceof HttpError) {
        // The rest of an oversized body is never read: close the connection so it cannot be reused.
        if (error.status === 413) response.setHeader('connection', 'close');
        if (!response.headersSent) {
          for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
          sendGraphqlError(response, error.status, error.code, error.message);
        } else response.end();
        return;
      }
      options.logger.error('request failed', { requestId, ...errorFields(error) });
      if (!response.headersSent) sendGraphqlError(response, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else response.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 30_000;
  return server;
}

/** Listens on host:port (port 0 picks a free one) and returns the bound port. */
export async function listen(server: http.Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return address.port;
}

/** Stops accepting, lets in-flight requests finish (bounded), then closes every socket. */
export async function close(server: http.Server, graceMs = 10_000): Promise<void> {
  markDraining(server);
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
