import { createHmac, timingSafeEqual } from 'node:crypto';
import { isProduction } from '../config/env';
import { Locale, isLocale } from '../i18n/locale';
import { Role, Viewer } from './viewer';
import { Region } from '../graphql/region.enum';

/** The header in which the gateway forwards the request context to the subgraphs. */
export const CONTEXT_HEADER = 'x-icssi-context';

const DEVELOPMENT_SECRET = 'icssi-development-context-secret-not-for-production';

/** What the gateway vouches for: the viewer, the reader's locale and the request id. */
export interface ForwardedContext {
  viewer: Viewer;
  locale: Locale;
  requestId: string;
  /** Milliseconds since the epoch when the gateway signed it; old headers are replays. */
  issuedAt: number;
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

export function signContext(context: ForwardedContext, secret: string): string {
  const payload = Buffer.from(JSON.stringify(context), 'utf8').toString('base64url');
  return `${payload}.${signature(payload, secret)}`;
}

function isViewer(value: unknown): value is Viewer {
  if (!value || typeof value !== 'object') return false;
  const viewer = value as Record<string, unknown>;
  const roles = viewer.roles;
  return (
    (viewer.id === null || typeof viewer.id === 'string') &&
    Array.isArray(roles) &&
    roles.every((role) => (Object.values(Role) as unknown[]).includes(role)) &&
    (viewer.region === null || (Object.values(Region) as unknown[]).includes(viewer.region))
  );
}

/**
 * Checks the signature and age of a forwarded context. Returns null for anything not signed by the
 * gateway with the shared secret, malformed, or older than maxAgeMs (a replay).
 */
export function verifyContext(
  header: string | undefined,
  secret: string,
  maxAgeMs: number,
  now: number = Date.now(),
): ForwardedContext | null {
  if (!header || header.length > 8192) return null;
  const [payload, given, extra] = header.split('.');
  if (!payload || !given || extra !== undefined) return null;
  const expected = Buffer.from(signature(payload, secret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
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
  if (Math.abs(now - context.issuedAt) > maxAgeMs) return null;
  return context as ForwardedContext;
}
