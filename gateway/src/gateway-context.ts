import { type IncomingMessage } from 'node:http';
import { type Locale, type Logger, type Viewer, localeFromAcceptLanguage } from '@icssi/platform';
import { type TokenVerifier } from './auth/verify-token';

/** What the gateway knows about a request; forwarded to the subgraphs in the signed header. */
export interface GatewayContext {
  viewer: Viewer;
  locale: Locale;
  requestId: string;
  logger: Logger;
  /** Where the request comes from (X-Forwarded-For only through a trusted proxy); rate limits use it. */
  clientAddress: string;
  /** The request's key in the response cache's shortcut (anonymous requests only). */
  cacheRequestKey?: string;
  /** The operation's cost, once the limits have weighed it (the rate limiter charges by it). */
  queryCost?: number;
}

/** Verifies the caller's token (401 if it is bad) and reads the reader's language. */
export async function gatewayContextFromRequest(
  request: IncomingMessage,
  requestId: string,
  logger: Logger,
  verifyToken: TokenVerifier,
  clientAddress: string,
): Promise<GatewayContext> {
  const acceptLanguage = request.headers['accept-language'];
  const viewer = await verifyToken(request.headers.authorization);
  return {
    viewer,
    locale: localeFromAcceptLanguage(typeof acceptLanguage === 'string' ? acceptLanguage : undefined),
    requestId,
    logger: logger.child({ requestId, viewer: viewer.id ?? 'public' }),
    clientAddress,
  };
}
