import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { CONTEXT_HEADER, Logger, errorFields, signContext } from '@icssi/platform';
import { GatewayContext } from './gateway-context';
import { batchingFetcher } from './batching/fetch-batcher';
import { SubgraphHttpClient, toFetchResponse } from './subgraph-http-client';

export interface SignedDataSourceOptions {
  name: string;
  url: string;
  secret: string;
  timeoutMs: number;
  maxSockets: number;
  logger: Logger;
}

// Below the subgraphs' keep-alive timeout (65 s), so they never close a connection we are about to reuse.
const IDLE_CONNECTION_MS = 30_000;

/**
 * Sends subgraph fetches with the request context signed for the subgraph, a request id to follow
 * in the logs, and a timeout. A failed fetch becomes one generic SUBGRAPH_UNAVAILABLE error on the
 * affected fields: no internal URL, port or subgraph error text reaches the client.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly options: SignedDataSourceOptions;
  private readonly client: SubgraphHttpClient;

  constructor(options: SignedDataSourceOptions) {
    const client = new SubgraphHttpClient({ maxSockets: options.maxSockets, timeoutMs: options.timeoutMs, idleMs: IDLE_CONNECTION_MS });
    super({
      url: options.url,
      // The base class sends { method, headers (a plain object), body (JSON text) }; fetches of one
      // client request that leave in the same tick go out as one.
      fetcher: batchingFetcher(async (url, init) => toFetchResponse(url, await client.post(url, init.headers, init.body))) as never,
    });
    this.options = options;
    this.client = client;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    const forwarded = {
      viewer: context.viewer,
      locale: context.locale,
      requestId: context.requestId,
      issuedAt: Date.now(),
    };
    request.http.headers.set(CONTEXT_HEADER, signContext(forwarded, this.options.secret));
    if (context.requestId) request.http.headers.set('x-request-id', context.requestId);
  }

  override didEncounterError(error: Error): never {
    // A subgraph that refused the client's input (e.g. a scalar value the gateway passes through):
    // the client's mistake, reported as such, not as an outage.
    const response = (error as GraphQLError).extensions?.response as
      | { status?: number; body?: { errors?: Array<{ message?: string; extensions?: { code?: string } }> } }
      | undefined;
    const refusal = response?.body?.errors?.[0];
    if (response?.status === 400 && refusal?.extensions?.code === 'BAD_USER_INPUT' && refusal.message) {
      throw new GraphQLError(refusal.message.slice(0, 500), { extensions: { code: 'BAD_USER_INPUT' } });
    }
    this.options.logger.warn('subgraph fetch failed', { subgraph: this.options.name, ...errorFields(error) });
    throw new GraphQLError(`The ${this.options.name} service is unavailable`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
  }

  close(): void {
    this.client.close();
  }
}
