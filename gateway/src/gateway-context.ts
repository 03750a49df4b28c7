import { IncomingMessage } from 'node:http';
import { ANONYMOUS_VIEWER, Locale, Logger, Viewer, localeFromAcceptLanguage } from '@icssi/platform';

/** What the gateway knows about a request; forwarded to the subgraphs in the signed header. */
export interface GatewayContext {
  viewer: Viewer;
  locale: Locale;
  requestId: string;
  logger: Logger;
}

export function gatewayContextFromRequest(request: IncomingMessage, requestId: string, logger: Logger): GatewayContext {
  const acceptLanguage = request.headers['accept-language'];
  return {
    // Tokens are not read yet: every caller is the public (anonymous) viewer.
    viewer: ANONYMOUS_VIEWER,
    locale: localeFromAcceptLanguage(typeof acceptLanguage === 'string' ? acceptLanguage : undefined),
    requestId,
    logger: logger.child({ requestId }),
  };
}
