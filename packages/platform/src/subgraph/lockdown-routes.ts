import { type IncomingMessage, type ServerResponse } from 'node:http';
import { isSystemViewer } from '../context/viewer';
import { HttpError, readBody } from '../http/graphql-http-server';
import { type LockdownRegistry, parseLockdownList } from '../lockdown/lockdown-registry';
import { LOCKDOWN_PATH } from '../lockdown/lockdown-transport';
import { type ContextTrust, verifiedContext, verifyOnce } from './context-check';
import { type InternalRoute } from './subgraph-http';

/**
 * GET /internal/lockdowns answers the list with its version (the owner reads it from its database
 * first); POST offers a copy the owner's list, refused with 409 when older than the one held. The
 * services' system identity only, signed for this subgraph and this body, once: not a user's nor
 * the anonymous context the gateway signs.
 */
export function lockdownRoutes(options: { trust: ContextTrust; lockdown: LockdownRegistry; owner: boolean }): InternalRoute {
  return (request, response, url) => lockdownRoute(request, response, url, options);
}

async function lockdownRoute(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  options: { trust: ContextTrust; lockdown: LockdownRegistry; owner: boolean },
): Promise<boolean> {
  if (url.pathname !== LOCKDOWN_PATH) return false;
  const forwarded = verifiedContext(request, options.trust);
  if (!isSystemViewer(forwarded.viewer)) throw new HttpError(403, 'FORBIDDEN', 'Only the ICSSI services may call this endpoint');
  const rawBody = await readBody(request, 5_000_000);
  await verifyOnce(request, forwarded, rawBody, options.trust);
  const send = (status: number, body?: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(body === undefined ? undefined : JSON.stringify(body));
  };
  if (request.method === 'GET') {
    if (options.owner) await options.lockdown.refresh();
    send(200, options.lockdown.snapshot());
  } else if (request.method === 'POST' && !options.owner) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch {
      throw new HttpError(400, 'BAD_REQUEST', 'Invalid JSON');
    }
    const list = parseLockdownList(parsed);
    if (!list) throw new HttpError(400, 'BAD_REQUEST', 'Expected { version, subjects: [{ subjectType, subjectId }] }');
    const outcome = await options.lockdown.replace(list);
    send(outcome === 'refused' ? 409 : 200, { outcome, version: options.lockdown.version });
  } else {
    send(405, { error: 'Method not allowed' });
  }
  return true;
}
