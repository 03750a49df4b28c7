import http from 'node:http';
import { envInt, envString } from '../config/env';
import { close, listen } from '../http/graphql-http-server';
import { type Logger } from '../logging/logger';
import { metricsText } from './metrics';

/** Port and address of a process's metrics listener. */
export interface MetricsListenOptions {
  port: number;
  host: string;
}

/** By default the service's port + 5400: gateway 9400, subgraphs 9401–9404. */
const METRICS_PORT_OFFSET = 5400;

/**
 * `METRICS_PORT` (default: the service's port + 5400; a free port when the service's is 0 or the
 * sum is no port) and `METRICS_HOST` (127.0.0.1: only this machine or pod can scrape unless told).
 */
export function metricsListenFromEnv(servicePort: number): MetricsListenOptions {
  const derived = servicePort + METRICS_PORT_OFFSET;
  return {
    port: envInt('METRICS_PORT', servicePort === 0 || derived > 65_535 ? 0 : derived),
    host: envString('METRICS_HOST', '127.0.0.1'),
  };
}

export interface RunningMetricsServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Prometheus metrics on a port of their own, never on the public one: they name operations and
 * their outcomes. Only `GET /metrics`, matched on the raw path; everything else is 404.
 */
export async function startMetricsServer(options: MetricsListenOptions, logger: Logger): Promise<RunningMetricsServer> {
  const server = http.createServer((request, response) => {
    if ((request.url ?? '').split('?')[0] !== '/metrics' || request.method !== 'GET') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found\n');
      return;
    }
    metricsText().then(
      (metrics) => {
        response.writeHead(200, { 'content-type': metrics.contentType });
        response.end(metrics.body);
      },
      (error: unknown) => {
        logger.error('metrics failed', { error: error instanceof Error ? error.message : String(error) });
        response.writeHead(500);
        response.end();
      },
    );
  });
  const port = await listen(server, options.port, options.host);
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/metrics`;
  logger.info('metrics listening', { url });
  return { url, port, stop: () => close(server, 1000) };
}
