import type { Server } from 'node:http';
import { envInt } from '../config/env';
import { type Logger, errorFields } from '../logging/logger';
import { flushTracing } from '../tracing/tracing';

const draining = new WeakSet<Server>();

/** From now on /readyz answers 503 and every response closes its connection. */
export function markDraining(server: Server): void {
  draining.add(server);
}

export function isDraining(server: Server | null | undefined): boolean {
  return Boolean(server && draining.has(server));
}

/**
 * Process entry points call this once started: on SIGTERM or SIGINT (or when the `npm start`
 * supervisor goes away) the process reports not ready, waits SHUTDOWN_DELAY_MS (so a load balancer
 * stops sending it traffic first; 0 locally), runs `stop` (stop accepting, finish in-flight
 * requests, close pools) and exits 0 — or 1 if stopping failed.
 */
export function exitGracefullyOnSignals(options: { logger: Logger; servers: Server[]; stop: () => Promise<void> }): void {
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    const delayMs = envInt('SHUTDOWN_DELAY_MS', 0);
    options.logger.info('shutting down', { signal, delayMs });
    for (const server of options.servers) markDraining(server);
    new Promise((resolve) => setTimeout(resolve, delayMs))
      .then(() => options.stop())
      .then(() => flushTracing())
      .then(
        () => {
          options.logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          options.logger.error('shutdown failed', errorFields(error));
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // Started by the `npm start` supervisor: stop with it, never outlive it as an orphan.
  if (process.connected) process.on('disconnect', () => shutdown('supervisor gone'));
}
