import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isProduction } from '../config/env';
import { type Locale, isLocale } from '../i18n/locale';
import { Role, type Viewer } from './viewer';
import { Region } from '../domain/region';

/** The header in which the gateway forwards the request context to the subgraphs. */
export const CONTEXT_HEADER = 'x-icssi-context';

const DEVELOPMENT_SECRET = 'icssi-development-context-secret-not-for-production';

/** How long a signed context is good for, by default (CONTEXT_MAX_AGE_MS): one request, a few seconds. */
export const DEFAULT_CONTEXT_MAX_AGE_MS = 5_000;

/** What the caller vouches for: who asks, in which language, under which request id. */
export interface CallerContext {
  viewer: Viewer;
  locale: Locale;
  requestId: string;
}

/**
 * A signed context is good for one request only: it names the one subgraph it is for (audience),
 * binds a digest of the request (method, path and body), lives a few seconds from issuedAt, and
 * carries a nonce the subgraph refuses on second use (context-nonces.ts).
 */
export interface ForwardedContext extends CallerContext {
  /** Milliseconds since the epoch when it was signed. */
  issuedAt: number;
  /** The subgraph name it is for, e.g. "organisations". */
  audience: string;
  /** requestDigest() of the request it was signed for. */
  digest: string;
  /** Random, single use. */
  nonce: string;
}

/** The request a context is signed for; path is the request target as sent (path and query string). */
export interface SignedRequestTarget {
  audience: string;
  method: string;
  path: string;
  body: string;
}

/** The secret shared by the gateway and the subgraphs only. A development default keeps `npm start` one command. */
export function contextSecret(): string {
  const secret = process.env.ICSSI_CONTEXT_SECRET;
  if (secret) return secret;
  if (isProduction()) throw new Error('ICSSI_CONTEXT_SECRET must be set in production');
  return DEVELOPMENT_SECRET;
}

function signature(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** The digest a context binds: method, request target and body, hashed. */
export function requestDigest(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method.toUpperCase()}\n${path}\n`).update(body).digest('base64url');
}

/** `http://host:4001/graphql?x=1` → `/graphql?x=1` (what the subgraph sees as the request target). */
export function requestPath(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/** Low level: signs a complete context. Prefer signRequest. */
export function signContext(context: ForwardedContext, secret: string): string {
  const payload = Buffer.from(JSON.stringify(context), 'utf8').toString('base64url');
  return `${payload}.${signature(payload, secret)}`;
}

/** The header value for one request to one subgraph: issued now, with a fresh nonce. */
export function signRequest(caller: CallerContext, target: SignedRequestTarget, secret: string, now: number = Date.now()): string {
  return signContext(
    {
      viewer: caller.viewer,
      locale: caller.locale,
      requestId: caller.requestId,
      issuedAt: now,
      audience: target.audience,
      digest: requestDigest(target.method, target.path, target.body),
      nonce: randomBytes(16).toString('base64url'),
    },
    secret,
  );
}

function isViewer(value: unknown): value is Viewer {
  if (!value || typeof value !== 'object') return false;
  const viewer = value as Record<string, unknown>;
  const roles = viewer.roles;
  return (
    (viewer.id === null || typeof viewer.id === 'string') &&
    Array.isArray(roles) &&
    roles.every((role) => (Object.values(Role) as unknown[]).includes(role)) &&
    (viewer.region === null || (Object.values(Region) as unknown[]).includes(viewer.region)) &&
    (viewer.system === undefined || viewer.system === true)
  );
}

export interface ContextExpectations {
  /** This subgraph's name: a context signed for another is refused. */
  audience: string;
  maxAgeMs: number;
  now?: number;
}

/**
 * Checks signature, shape, audience and age of a forwarded context (the digest and the nonce need
 * the body and the database: checkRequestDigest, ContextNonces). Returns null for anything not
 * signed with the shared secret, malformed, for another subgraph, or outside its lifetime.
 */
export function verifyContext(header: string | undefined, secret: string, expected: ContextExpectations): ForwardedContext | null {
  if (!header || header.length > 8192) return null;
  const [payload, given, extra] = header.split('.');
  if (!payload || !given || extra !== undefined) return null;
  const wanted = Buffer.from(signature(payload, secret));
  const actual = Buffer.from(given);
  if (wanted.length !== actual.length || !timingSafeEqual(wanted, actual)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const context = parsed as Partial<ForwardedContext>;
  if (!context || typeof context !== 'object') return null;
  if (!isViewer(context.viewer) || !isLocale(context.locale)) return null;
  if (typeof context.requestId !== 'string' || typeof context.issuedAt !== 'number') return null;
  if (typeof context.digest !== 'string' || typeof context.nonce !== 'string' || !/^[A-Za-z0-9_-]{16,64}$/.test(context.nonce)) return null;
  if (context.audience !== expected.audience) return null;
  if (Math.abs((expected.now ?? Date.now()) - context.issuedAt) > expected.maxAgeMs) return null;
  return context as ForwardedContext;
}

/** Whether the request as received is the one the context was signed for. */
export function checkRequestDigest(context: ForwardedContext, method: string, path: string, body: string): boolean {
  const wanted = Buffer.from(requestDigest(method, path, body));
  const given = Buffer.from(context.digest);
  return wanted.length === given.length && timingSafeEqual(wanted, given);
}
