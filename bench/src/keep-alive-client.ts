import net from 'node:net';

export interface RawResponse {
  status: number;
  body: Buffer;
}

/**
 * A lean HTTP/1.1 client for the paced loads: a fixed number of keep-alive connections, requests
 * written as prepared bytes, answers parsed just enough (status, Content-Length or chunked body).
 * Node's `http.request` costs the load generator about as much CPU per request as the cache costs
 * the gateway; at thousands of requests a second on two shared cores the generator itself fell
 * behind and its own pauses showed up as the gateway's p99. This one costs a fraction of that.
 */
export class KeepAliveClient {
  private readonly idle: Connection[] = [];
  private readonly waiting: Array<{ request: Buffer; resolve: (r: RawResponse) => void; reject: (e: Error) => void }> = [];
  private readonly all: Connection[] = [];

  constructor(
    private readonly url: URL,
    connections: number,
  ) {
    for (let i = 0; i < connections; i += 1) {
      const connection = new Connection(url);
      this.all.push(connection);
      this.idle.push(connection);
    }
  }

  /** The bytes of one request: method, path with query, headers and body. */
  prepare(method: 'GET' | 'POST', pathWithQuery: string, headers: Record<string, string>, body: Buffer): Buffer {
    const lines = [`${method} ${pathWithQuery} HTTP/1.1`, `host: ${this.url.host}`, 'connection: keep-alive'];
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
    if (method === 'POST') lines.push(`content-length: ${body.length}`);
    return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
  }

  send(request: Buffer): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      this.next();
    });
  }

  close(): void {
    for (const connection of this.all) connection.close();
  }

  private next(): void {
    while (this.idle.length && this.waiting.length) {
      const connection = this.idle.pop() as Connection;
      const { request, resolve, reject } = this.waiting.shift() as (typeof this.waiting)[number];
      connection.send(request).then(
        (response) => {
          this.idle.push(connection);
          resolve(response);
          this.next();
        },
        (error: Error) => {
          this.idle.push(connection);
          reject(error);
          this.next();
        },
      );
    }
  }
}

const HEAD_END = Buffer.from('\r\n\r\n');
const LINE_END = Buffer.from('\r\n');

/** One keep-alive connection: one request at a time; opened again after the server closes it. */
class Connection {
  private socket: net.Socket | null = null;
  private received: Buffer = Buffer.alloc(0);
  private pending: { resolve: (r: RawResponse) => void; reject: (e: Error) => void } | null = null;

  constructor(private readonly url: URL) {}

  send(request: Buffer): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.received = Buffer.alloc(0);
      this.open().write(request);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }

  private open(): net.Socket {
    if (this.socket) return this.socket;
    const socket = net.connect({ host: this.url.hostname, port: Number(this.url.port) || 80, noDelay: true });
    socket.on('data', (chunk: Buffer) => {
      this.received = this.received.length ? Buffer.concat([this.received, chunk]) : chunk;
      this.answer();
    });
    const fail = (error: Error) => {
      if (this.socket === socket) this.socket = null;
      const pending = this.pending;
      this.pending = null;
      pending?.reject(error);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('connection closed')));
    this.socket = socket;
    return socket;
  }

  /** Completes the pending request once its whole answer has arrived. */
  private answer(): void {
    const data = this.received;
    const headEnd = data.indexOf(HEAD_END);
    if (headEnd < 0 || !this.pending) return;
    const head = data.toString('latin1', 0, headEnd);
    const status = Number(head.slice(9, 12));
    const bodyStart = headEnd + HEAD_END.length;
    let body: Buffer | null;
    if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) body = dechunk(data, bodyStart);
    else {
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
      body = data.length >= bodyStart + length ? data.subarray(bodyStart, bodyStart + length) : null;
    }
    if (!body) return;
    const pending = this.pending;
    this.pending = null;
    this.received = Buffer.alloc(0);
    if (/\r\nconnection:\s*close/i.test(head)) this.close();
    pending.resolve({ status, body });
  }
}

/** The body of a chunked answer once it is complete (trailers are not expected), else null. */
function dechunk(data: Buffer, from: number): Buffer | null {
  const parts: Buffer[] = [];
  let at = from;
  for (;;) {
    const lineEnd = data.indexOf(LINE_END, at);
    if (lineEnd < 0) return null;
    const size = parseInt(data.toString('latin1', at, lineEnd), 16);
    const start = lineEnd + LINE_END.length;
    if (size === 0) return data.length >= start + LINE_END.length ? Buffer.concat(parts) : null;
    if (data.length < start + size + LINE_END.length) return null;
    parts.push(data.subarray(start, start + size));
    at = start + size + LINE_END.length;
  }
}
