import { CONTEXT_HEADER, requestPath, signRequest } from '../context/signed-context';
import { systemContext } from '../context/system-context';
import { type VersionedLockdownList, parseLockdownList } from './lockdown-registry';

/** The internal endpoint every subgraph serves (the system identity only; never routed by the gateway). */
export const LOCKDOWN_PATH = '/internal/lockdowns';

/** The subgraph that owns people and organisations, and so the lockdown list. */
export const LOCKDOWN_OWNER = 'organisations';

/** Headers of one system call: signed for that subgraph, that request, once. */
export function systemCallHeaders(
  audience: string,
  method: string,
  url: string,
  body: string,
  secret: string,
  requestId = 'system',
): Record<string, string> {
  const header = signRequest(systemContext(requestId), { audience, method, path: requestPath(url), body }, secret);
  return { [CONTEXT_HEADER]: header, 'content-type': 'application/json' };
}

/** `http://host:4001/graphql` → `http://host:4001/internal/lockdowns` */
export function lockdownUrl(graphqlUrl: string): string {
  return new URL(LOCKDOWN_PATH, graphqlUrl).toString();
}

/** Reads the list of truth, with its version, from the organisations subgraph. */
export async function pullLockdowns(organisationsGraphqlUrl: string, secret: string): Promise<VersionedLockdownList> {
  const url = lockdownUrl(organisationsGraphqlUrl);
  const response = await fetch(url, {
    headers: systemCallHeaders(LOCKDOWN_OWNER, 'GET', url, '', secret, 'lockdown-pull'),
    signal: AbortSignal.timeout(3000),
  });
  if (!response.ok) throw new Error(`lockdown list: HTTP ${response.status}`);
  const list = parseLockdownList(await response.json());
  if (!list) throw new Error('lockdown list: malformed answer');
  return list;
}

/**
 * Sends the whole list with its version to each subgraph (name → GraphQL URL); returns how many
 * hold it now. A copy that holds a newer version refuses it (409); failures are retried by each
 * copy's own pull.
 */
export async function pushLockdowns(
  subgraphUrls: Readonly<Record<string, string>>,
  list: VersionedLockdownList,
  secret: string,
): Promise<number> {
  const body = JSON.stringify(list);
  const results = await Promise.allSettled(
    Object.entries(subgraphUrls).map(async ([audience, graphqlUrl]) => {
      const url = lockdownUrl(graphqlUrl);
      const response = await fetch(url, {
        method: 'POST',
        headers: systemCallHeaders(audience, 'POST', url, body, secret, 'lockdown-push'),
        body,
        signal: AbortSignal.timeout(3000),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    }),
  );
  return results.filter((result) => result.status === 'fulfilled').length;
}
