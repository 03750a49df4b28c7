import { type IncomingMessage } from 'node:http';
import { Pool } from 'pg';
import { type DataSource } from 'typeorm';
import { envInt } from '../config/env';
import { ContextNonces, purgeExpiredNonces } from '../context/context-nonces';
import {
  CONTEXT_HEADER,
  DEFAULT_CONTEXT_MAX_AGE_MS,
  type ForwardedContext,
  checkRequestDigest,
  verifyContext,
} from '../context/signed-context';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { HttpError } from '../http/graphql-http-server';
import { errorFields, type Logger } from '../logging/logger';

/** What a subgraph checks an incoming signed context against. */
export interface ContextTrust {
  /** This subgraph's name: contexts signed for another subgraph are refused. */
  audience: string;
  secret: string;
  maxAgeMs: number;
  nonces: ContextNonces;
  logger: Logger;
}

const REFUSED = 'Only the ICSSI gateway and services may call this service';

/** Signature, shape, audience and age of the request's context, or 401 before the body is read. */
export function verifiedContext(request: IncomingMessage, trust: ContextTrust): ForwardedContext {
  const header = request.headers[CONTEXT_HEADER];
  const forwarded = verifyContext(typeof header === 'string' ? header : undefined, trust.secret, trust);
  if (!forwarded) throw new HttpError(401, 'UNAUTHENTICATED', REFUSED);
  return forwarded;
}

/** The signed digest matches this request, and its nonce is used here for the first time (else 401). */
export async function verifyOnce(
  request: IncomingMessage,
  forwarded: ForwardedContext,
  rawBody: string,
  trust: ContextTrust,
): Promise<void> {
  if (!checkRequestDigest(forwarded, request.method ?? 'GET', request.url ?? '', rawBody)) {
    throw new HttpError(401, 'UNAUTHENTICATED', REFUSED);
  }
  let first: boolean;
  try {
    first = await trust.nonces.claim(forwarded.nonce, forwarded.issuedAt + trust.maxAgeMs);
  } catch (error) {
    // No database, no single-use check: refused, answered like any other query that needs the
    // database now (a masked UNAVAILABLE the client may retry), not as a broken subgraph.
    if (isDatabaseUnavailable(error)) {
      trust.logger.warn('database unavailable', { at: 'context nonce', ...errorFields(error) });
      throw new HttpError(200, 'UNAVAILABLE', 'The service is temporarily unavailable');
    }
    throw error;
  }
  if (!first) throw new HttpError(401, 'UNAUTHENTICATED', REFUSED);
}

/**
 * The signed-context check of every GraphQL request to a subgraph, in two steps: the header
 * (signature, shape, audience, age) before the body is read, so an unsigned request gets nothing,
 * not even parse errors; then, once the body is read, its digest and the single-use nonce.
 * Without it `_entities` would let anyone read any entity by key.
 */
export class SignedContextCheck {
  private readonly forwarded = new WeakMap<IncomingMessage, ForwardedContext>();

  constructor(readonly trust: ContextTrust) {}

  /** Step one: the header; the verified context is kept for step two. */
  header(request: IncomingMessage): ForwardedContext {
    const forwarded = verifiedContext(request, this.trust);
    this.forwarded.set(request, forwarded);
    return forwarded;
  }

  /** Step two: the body as received must be the one signed, and the context must not have been used before. */
  async body(request: IncomingMessage, rawBody: string): Promise<void> {
    await verifyOnce(request, this.forwarded.get(request)!, rawBody, this.trust);
  }
}

/**
 * The trust of one subgraph: the shared secret, CONTEXT_MAX_AGE_MS, and single-use nonces in its
 * own database, so every replica of the service refuses a replay. Expired nonces are purged on a
 * connection of their own (NONCE_PURGE_MS), outside any request's SQL count; `stop` ends both.
 */
export function startContextTrust(
  audience: string,
  secret: string,
  dataSource: DataSource,
  databaseUrl: string,
  logger: Logger,
): { trust: ContextTrust; stop(): Promise<void> } {
  const nonces = new ContextNonces(dataSource);
  const background = new Pool({ connectionString: databaseUrl, max: 1, idleTimeoutMillis: 10_000 });
  background.on('error', () => undefined);
  const stopPurge = purgeExpiredNonces((sql) => background.query(sql), envInt('NONCE_PURGE_MS', 30_000), logger);
  const maxAgeMs = envInt('CONTEXT_MAX_AGE_MS', DEFAULT_CONTEXT_MAX_AGE_MS);
  return {
    trust: { audience, secret, maxAgeMs, nonces, logger },
    stop: async () => {
      stopPurge();
      await background.end().catch(() => undefined);
    },
  };
}
