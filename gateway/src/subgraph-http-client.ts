import http, { type IncomingHttpHeaders } from 'node:http';

export interface SubgraphHttpClientOptions {
  /** Open connections per subgraph at most; further fetches wait for a free one. */
  maxSockets: number;
  /** A fetch that has not answered by then is aborted (docs/architecture.md §2: the gateway must not hang). */
  timeoutMs: number;
  /** An idle pooled connection is closed after this; shorter than the subgraphs' keep-alive (65 s). */
  idleMs: number;
}

export interface SubgraphResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export class SubgraphTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'SubgraphTimeoutError';
  }
}

/**
 * POSTs to a subgraph over pooled keep-alive connections with Node's own HTTP client. The gateway
 * spent a third of its CPU in the WHATWG fetch machinery (streams, abort signals, header objects)
 * for what is one small JSON request and answer; this is the plain path.
 */
export class SubgraphHttpClient {
  private readonly agent: http.Agent;

  constructor(private readonly options: SubgraphHttpClientOptions) {
    this.agent = new http.Agent({
      keepAlive: true,
      maxSockets: options.maxSockets,
      maxFreeSockets: options.maxSockets,
      // Idle sockets time out and close here, before the subgraph would close them under a request.
      timeout: options.idleMs,
      scheduling: 'lifo',
    });
  }

  async post(url: string, headers: Record<string, string>, body: string): Promise<SubgraphResponse> {
    try {
      return await this.send(url, headers, body);
    } catch (error) {
      // A pooled connection the subgraph closed just as we reused it: the request never reached it.
      if ((error as { reusedSocket?: boolean }).reusedSocket && (error as NodeJS.ErrnoException).code === 'ECONNRESET') {
        return this.send(url, headers, body);
      }
      throw error;
    }
  }

  private send(url: string, headers: Record<string, string>, body: string): Promise<SubgraphResponse> {
    return new Promise((resolve, reject) => {
      const payload = Buffer.from(body);
      const request = http.request(url, {
        method: 'POST',
        agent: this.agent,
        headers: { ...headers, 'content-length': String(payload.length) },
      });
      const timer = setTimeout(() => request.destroy(new SubgraphTimeoutError(this.options.timeoutMs)), this.options.timeoutMs);
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          clearTimeout(timer);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') });
        });
        response.on('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        response.on('close', () => {
          clearTimeout(timer);
          if (!response.complete) reject(new Error('the subgraph closed the connection mid-answer'));
        });
      });
      request.on('error', (error) => {
        clearTimeout(timer);
        reject(Object.assign(error, { reusedSocket: request.reusedSocket }));
      });
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The few parts of a fetch Response that @apollo/gateway's data source reads. */
export interface FetchLikeResponse {
  url: string;
  status: number;
  statusText: string;
  ok: boolean;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export function toFetchResponse(url: string, answer: SubgraphResponse): FetchLikeResponse {
  const header = (name: string): string | null => {
    const value = answer.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  };
  return withBody(
    {
      url,
      status: answer.status,
      statusText: String(answer.status),
      ok: answer.status >= 200 && answer.status < 300,
      headers: { get: header },
    },
    answer.body,
  );
}

export function withBody(response: Omit<FetchLikeResponse, 'text' | 'json'>, body: string): FetchLikeResponse {
  return {
    url: response.url,
    status: response.status,
    statusText: response.statusText,
    ok: response.ok,
    headers: response.headers,
    text: async () => body,
    json: async () => JSON.parse(body) as unknown,
  };
}
