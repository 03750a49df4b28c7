import { CONTEXT_HEADER, signContext } from '../context/signed-context';
import { Role } from '../context/viewer';
import { Locale } from '../i18n/locale';
import { LockedSubject, parseLockedSubjects } from './lockdown-registry';

/** The internal endpoint every subgraph serves (signed requests only; never routed by the gateway). */
export const LOCKDOWN_PATH = '/internal/lockdowns';

function systemHeaders(secret: string): Record<string, string> {
  const context = { viewer: { id: 'system:lockdown', roles: [Role.ADMIN], region: null }, locale: Locale.en, requestId: 'lockdown-sync', issuedAt: Date.now() };
  return { [CONTEXT_HEADER]: signContext(context, secret), 'content-type': 'application/json' };
}

/** `http://host:4001/graphql` → `http://host:4001/internal/lockdowns` */
export function lockdownUrl(graphqlUrl: string): string {
  return new URL(LOCKDOWN_PATH, graphqlUrl).toString();
}

/** Reads the list of truth from the organisations subgraph. */
export async function pullLockdowns(organisationsGraphqlUrl: string, secret: string): Promise<LockedSubject[]> {
  const response = await fetch(lockdownUrl(organisationsGraphqlUrl), { headers: systemHeaders(secret), signal: AbortSignal.timeout(3000) });
  if (!response.ok) throw new Error(`lockdown list: HTTP ${response.status}`);
  const subjects = parseLockedSubjects(((await response.json()) as { subjects?: unknown }).subjects);
  if (!subjects) throw new Error('lockdown list: malformed answer');
  return subjects;
}

/** Sends the whole list to each replica; returns how many took it. Failures are retried by their own sync. */
export async function pushLockdowns(replicaGraphqlUrls: readonly string[], subjects: LockedSubject[], secret: string): Promise<number> {
  const results = await Promise.allSettled(
    replicaGraphqlUrls.map(async (url) => {
      const response = await fetch(lockdownUrl(url), {
        method: 'POST',
        headers: systemHeaders(secret),
        body: JSON.stringify({ subjects }),
        signal: AbortSignal.timeout(3000),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    }),
  );
  return results.filter((result) => result.status === 'fulfilled').length;
}
