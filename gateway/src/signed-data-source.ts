import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { CONTEXT_HEADER, type CallerContext, type Logger, errorFields, requestPath, signRequest } from '@icssi/platform';
import { type GatewayContext } from './gateway-context';
import { type SubgraphFetch, batchingFetcher } from './batching/fetch-batcher';
import { CircuitOpenError } from './resilience/guarded-fetch';
import { type SubgraphFetcher } from './resilience/subgraph-fetcher';

export interface SignedDataSourceOptions {
  name: string;
  url: string;
  secret: string;
  /** Timeout, keep-alive pool and circuit breaker for this subgraph (resilience/subgraph-fetcher.ts). */
  fetcher: SubgraphFetcher;
  logger: Logger;
}

/** Carries the caller from willSendRequest to the signing fetcher; replaced by the signed header, never sent. */
const UNSIGNED_CONTEXT_HEADER = 'x-icssi-unsigned-context';

/**
 * Signs each HTTP request to a subgraph for that subgraph (audience) and its exact body, with a
 * fresh nonce: a captured header is good for nothing else (signed-context.ts).
 */
export function signingFetcher(fetch: SubgraphFetch, audience: string, secret: string): SubgraphFetch {
  return (url, init) => {
    const { [UNSIGNED_CONTEXT_HEADER]: unsigned, ...headers } = init.headers;
    if (!unsigned) return fetch(url, { ...init, headers });
    const caller = JSON.parse(unsigned) as CallerContext;
    headers[CONTEXT_HEADER] = signRequest(caller, { audience, method: 'POST', path: requestPath(url), body: init.body }, secret);
    return fetch(url, { ...init, headers });
  };
}

/**
 * Sends subgraph fetches with the request context signed for the subgraph, a request id to follow
 * in the logs, through a fetcher with a timeout and a circuit breaker. A failed fetch becomes one generic SUBGRAPH_UNAVAILABLE error on the
 * affected fields: no internal URL, port or subgraph error text reaches the client.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly options: SignedDataSourceOptions;

  constructor(options: SignedDataSourceOptions) {
    // Fetches of one client request that leave for this subgraph in the same tick go out as one;
    // each HTTP request is signed after that, for the body actually sent.
    super({ url: options.url, fetcher: batchingFetcher(signingFetcher(options.fetcher.fetch, options.name, options.secret)) as never });
    this.options = options;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    // Only what a token established: a user's viewer is never the services' system identity.
    const caller: CallerContext = {
      viewer: { id: context.viewer.id, roles: context.viewer.roles, region: context.viewer.region },
      locale: context.locale,
      requestId: context.requestId,
    };
    request.http.headers.set(UNSIGNED_CONTEXT_HEADER, JSON.stringify(caller));
    if (context.requestId) request.http.headers.set('x-request-id', context.requestId);
  }

  override didEncounterError(error: Error): never {
    // A subgraph that refused the client's input (e.g. a scalar value the gateway passes through):
    // the client's mistake, reported as such, not as an outage.
    const response = (error as GraphQLError).extensions?.response as
      { status?: number; body?: { errors?: Array<{ message?: string; extensions?: { code?: string } }> } } | undefined;
    const refusal = response?.body?.errors?.[0];
    if (response?.status === 400 && refusal?.extensions?.code === 'BAD_USER_INPUT' && refusal.message) {
      throw new GraphQLError(refusal.message.slice(0, 500), { extensions: { code: 'BAD_USER_INPUT' } });
    }
    // While the breaker is open every call fails at once: not worth a log line each.
    if (!(error instanceof CircuitOpenError)) {
      this.options.logger.warn('subgraph fetch failed', { subgraph: this.options.name, ...errorFields(error) });
    }
    throw new GraphQLError(`The ${this.options.name} service is unavailable`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
  }
}
