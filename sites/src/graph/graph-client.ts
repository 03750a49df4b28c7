import http from 'node:http';
import https from 'node:https';
import type { PersistedQueryManifest } from './persisted-manifest';
import { type SiteOperationName, type SiteOperations } from './site-operations';

export interface GraphClientOptions {
  /** The gateway endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  manifest: PersistedQueryManifest;
  /** A page gives up on the graph after this long (and shows "temporarily unavailable"). */
  timeoutMs?: number;
}

export interface GraphError {
  message: string;
  extensions?: { code?: string };
}

/** What one call returns: the typed data, plus what the page needs to answer with. */
export interface GraphResult<Data> {
  data: Data;
  /** Errors next to data: a subgraph was down and some fields are null. */
  errors: GraphError[];
  /** The gateway's Cache-Control for this answer (the page passes it on). */
  cacheControl: string | null;
}

/** The graph did not answer with data: the page says "temporarily unavailable" (or 404 for bad input). */
export class GraphRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphError[],
  ) {
    super(errors.map((error) => error.message).join('; ') || `HTTP ${status}`);
  }

  /** The gateway refused the variables (a forged cursor): the reader's input, not an outage. */
  get isBadInput(): boolean {
    return this.errors.some((error) => error.extensions?.code === 'BAD_USER_INPUT');
  }
}

const unreachable = (): GraphRequestError =>
  new GraphRequestError(503, [{ message: 'The graph did not answer', extensions: { code: 'GRAPH_UNREACHABLE' } }]);

/**
 * The sites' typed client: it sends only the persisted id of an operation (never its text) as a GET,
 * so the gateway's safelist lets it through and a cache between them may keep the answer. Node's
 * HTTP client over kept-alive connections: a page's first byte waits on this call.
 */
export class GraphClient {
  private readonly ids: Map<string, string>;
  private readonly endpoint: URL;
  private readonly transport: typeof http | typeof https;
  private readonly agent: http.Agent;

  constructor(private readonly options: GraphClientOptions) {
    this.ids = new Map(options.manifest.operations.map((operation) => [operation.name, operation.id]));
    this.endpoint = new URL(options.url);
    this.transport = this.endpoint.protocol === 'https:' ? https : http;
    this.agent = new this.transport.Agent({ keepAlive: true, maxSockets: 64 });
  }

  async query<Name extends SiteOperationName>(
    name: Name,
    variables: SiteOperations[Name]['variables'],
    locale: string,
  ): Promise<GraphResult<SiteOperations[Name]['data']>> {
    const id = this.ids.get(name);
    if (!id) throw new Error(`${name} is not in the persisted manifest: run npm run clients`);
    const url = new URL(this.endpoint);
    url.search = new URLSearchParams({
      operationName: name,
      variables: JSON.stringify(variables),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id } }),
    }).toString();
    const answer = await this.get(url, {
      accept: 'application/graphql-response+json, application/json',
      'accept-language': locale,
      // CSRF prevention at the gateway lets a GET through only with a header a form cannot send.
      'apollo-require-preflight': 'true',
    });
    let body: { data?: SiteOperations[Name]['data'] | null; errors?: GraphError[] };
    try {
      body = JSON.parse(answer.body) as typeof body;
    } catch {
      throw new GraphRequestError(answer.status, [{ message: `The graph answered HTTP ${answer.status} without JSON` }]);
    }
    if (!body.data) throw new GraphRequestError(answer.status, body.errors ?? []);
    const cacheControl = answer.headers['cache-control'];
    return { data: body.data, errors: body.errors ?? [], cacheControl: typeof cacheControl === 'string' ? cacheControl : null };
  }

  /** Stops reusing connections (tests, shutdown). */
  close(): void {
    this.agent.destroy();
  }

  private get(url: URL, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
    return new Promise((resolve, reject) => {
      const request = this.transport.get(url, { headers, agent: this.agent, timeout: this.options.timeoutMs ?? 10_000 }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', () => reject(unreachable()));
      });
      request.on('timeout', () => request.destroy());
      request.on('error', () => reject(unreachable()));
    });
  }
}
