import { createHash } from 'node:crypto';
import { type IncomingMessage } from 'node:http';
import { type HeaderMap } from '@apollo/server';
import { graphqlRequestDuration, graphqlRequests, responseCacheShortcutAnswers } from '@icssi/platform';
import { LRUCache } from 'lru-cache';
import { type GatewayContext } from '../gateway-context';
import { type ResponseCacheStore } from './response-cache-store';
import { setSurrogateKeys } from './surrogate-keys';

/** A request body the gateway has answered from its cache key before, and the headers that answer carried. */
interface KnownRequest {
  /** The answer's key in the store (operation, variables, language, schema). */
  key: string;
  /** The first answer's headers, read when the shortcut answers (they are complete by then). */
  headers: HeaderMap;
  /** The operation's metrics label, so answers from the shortcut count like any other. */
  operation: string;
  /** The operation's cost when it ran: a repeat draws the same from the caller's budget. */
  cost: number;
  /** The last answer served, serialized once (with its headers) while the store hands back the same object. */
  served?: { data: Record<string, unknown>; text: string; headers: Record<string, string> };
}

export interface EarlyAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * What names a request's operation and variables: a JSON POST's body, or a GET's URL when it carries
 * a header a form cannot send (as the pipeline's CSRF prevention requires); null: not for the shortcut.
 */
function requestSubject(request: IncomingMessage, rawBody: string): string | null {
  if (request.method === 'POST')
    return rawBody && String(request.headers['content-type'] ?? '').includes('application/json') ? `POST\0${rawBody}` : null;
  if (request.method !== 'GET') return null;
  const preflighted = request.headers['apollo-require-preflight'] !== undefined || request.headers['x-apollo-operation-name'] !== undefined;
  return preflighted ? `GET\0${request.url ?? ''}` : null;
}

/** Headers of the first answer that describe the request, not the answer: never replayed. */
const NOT_REPLAYED = new Set(['x-request-id', 'content-length', 'x-response-cache']);

/**
 * The response cache's shortcut: an anonymous request whose exact body (or GET URL) and language were answered
 * from a cache key before is answered from the store without the GraphQL pipeline (parse, plan
 * lookup, plugins). Only bodies that once went through the whole pipeline and were stored are
 * known, so the safelist, limits and validation already passed for them; the store is read on
 * every hit, so invalidation holds as for any other hit; token holders never get here. The caller
 * was admitted by the rate limiter before (the HTTP server builds the context first), and the answer
 * draws the operation's cost as it did when it ran.
 * docs/architecture.md §4.7.
 */
export class CacheShortcut {
  private readonly known: LRUCache<string, KnownRequest>;

  constructor(
    private readonly store: ResponseCacheStore,
    maxEntries: number,
    /** Draws an answer's cost from the caller's budgets (the rate limiter); throws a 429 when spent. */
    private readonly charge: (context: GatewayContext, cost: number) => Promise<void>,
  ) {
    this.known = new LRUCache({ max: maxEntries });
  }

  /** Answers from the cache, or null: then the request goes through the pipeline as usual. */
  async answer(request: IncomingMessage, rawBody: string, context: GatewayContext): Promise<EarlyAnswer | null> {
    if (context.viewer.id) return null;
    const subject = requestSubject(request, rawBody);
    if (subject === null) return null;
    // The language and the accepted media type shape the answer; the body or URL names everything else.
    const requestKey = createHash('sha256')
      .update(`${context.locale}\0${String(request.headers.accept ?? '')}\0`)
      .update(subject)
      .digest('base64url');
    // On the context, which Apollo copies per operation, so the plugin finds it when the answer is stored.
    context.cacheRequestKey = requestKey;
    const known = this.known.get(requestKey);
    if (!known) return null;
    const stopTimer = graphqlRequestDuration.startTimer({ service: 'gateway', operation: known.operation });
    const { answer } = await this.store.get(known.key);
    if (!answer) {
      // Invalidated (an edit, a lockdown): keep no copy of what it showed in this process either.
      known.served = undefined;
      return null;
    }
    await this.charge(context, known.cost);
    if (known.served?.data !== answer.data) {
      const replayed = new Map([...known.headers].filter(([name]) => !NOT_REPLAYED.has(name)));
      // The keys of the answer as stored now (another replica may have stored it), not of this process's first one.
      setSurrogateKeys(replayed, answer.tags);
      const headers: Record<string, string> = Object.fromEntries(replayed);
      headers['content-type'] ??= 'application/json; charset=utf-8';
      headers['x-response-cache'] = 'hit';
      known.served = { data: answer.data, text: `${JSON.stringify({ data: answer.data })}\n`, headers };
    }
    stopTimer();
    graphqlRequests.inc({ service: 'gateway', operation: known.operation, outcome: 'ok' });
    responseCacheShortcutAnswers.inc();
    // The HTTP server copies the headers when it writes them: no copy per hit here.
    return { status: 200, headers: known.served.headers, body: known.served.text };
  }

  /** Called when the pipeline stored or served an answer under `key`: this body is known from now on. */
  remember(context: GatewayContext, key: string, headers: HeaderMap, operation: string): void {
    if (context.cacheRequestKey) this.known.set(context.cacheRequestKey, { key, headers, operation, cost: context.queryCost ?? 0 });
  }

  /** A new supergraph: answers are keyed by schema, so every known body must go through the pipeline again. */
  forget(): void {
    this.known.clear();
  }
}
