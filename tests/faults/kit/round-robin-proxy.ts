import http from 'node:http';
import { close, listen } from '@icssi/platform';

export interface RoundRobinProxy {
  url: string;
  port: number;
  /** Requests sent to each target so far (by index). */
  sent: number[];
  stop(): Promise<void>;
}

/**
 * Several replicas behind one address, as a Kubernetes Service puts them: each HTTP request goes to
 * the next target in turn (path, method, headers and body unchanged). A target that is down answers 502.
 */
export async function startRoundRobinProxy(targets: string[], port = 0): Promise<RoundRobinProxy> {
  const agent = new http.Agent({ keepAlive: true });
  const sent = targets.map(() => 0);
  let next = 0;
  const server = http.createServer((request, response) => {
    const index = next++ % targets.length;
    sent[index] += 1;
    const target = new URL(targets[index]);
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
      response.end('{"error":"upstream unavailable"}');
    });
    request.pipe(upstream);
  });
  server.keepAliveTimeout = 65_000;
  const bound = await listen(server, port, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${bound}/graphql`,
    port: bound,
    sent,
    stop: async () => {
      await close(server, 1000);
      agent.destroy();
    },
  };
}
