import type { PersistedQueryManifest } from './persisted-manifest';
import { SiteOperationName, SiteOperations } from './site-operations';

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

/** The graph did not answer with data: the page says "temporarily unavailable" (or 400 for bad input). */
export class GraphRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphError[],
  ) {
    super(errors.map((error) => error.message).join('; ') || `HTTP ${status}`);
  }

  /** The gateway refused the variables (a malformed cursor, a blank search): the reader's input, not an outage. */
  get isBadInput(): boolean {
    return this.errors.some((error) => error.extensions?.code === 'BAD_USER_INPUT');
  }
}

/**
 * The sites' typed client: it sends only the persisted id of an operation (never its text) as a GET,
 * so the gateway's safelist lets it through and a cache between them may keep the answer.
 */
export class GraphClient {
  private readonly ids: Map<string, string>;

  constructor(private readonly options: GraphClientOptions) {
    this.ids = new Map(options.manifest.operations.map((operation) => [operation.name, operation.id]));
  }

  async query<Name extends SiteOperationName>(name: Name, variables: SiteOperations[Name]['variables'], locale: string): Promise<GraphResult<SiteOperations[Name]['data']>> {
    const id = this.ids.get(name);
    if (!id) throw new Error(`${name} is not in the persisted manifest: run npm run clients`);
    const search = new URLSearchParams({
      operationName: name,
      variables: JSON.stringify(variables),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id } }),
    });
    let response: Response;
    try {
      response = await fetch(`${this.options.url}?${search}`, {
        headers: {
          accept: 'application/graphql-response+json, application/json',
          'accept-language': locale,
          // CSRF prevention at the gateway lets a GET through only with a header a form cannot send.
          'apollo-require-preflight': 'true',
        },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch {
      throw new GraphRequestError(503, [{ message: 'The graph did not answer', extensions: { code: 'GRAPH_UNREACHABLE' } }]);
    }
    let body: { data?: SiteOperations[Name]['data'] | null; errors?: GraphError[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new GraphRequestError(response.status, [{ message: `The graph answered HTTP ${response.status} without JSON` }]);
    }
    if (!body.data) throw new GraphRequestError(response.status, body.errors ?? []);
    return { data: body.data, errors: body.errors ?? [], cacheControl: response.headers.get('cache-control') };
  }
}
