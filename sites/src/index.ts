import { createLogger } from '@icssi/platform';
import { DEFAULT_MANIFEST_PATH, loadManifest } from './graph/persisted-manifest';
import { siteConfig } from './regions';
import { startSite } from './site-server';

const logger = createLogger({ service: `site-${process.env.SITE ?? ''}` });

function log(level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}): void {
  logger[level](msg, fields);
}

/**
 * One region site as its own process: SITE=baghdad|erbil, PORT, HOST, GRAPH_URL (the gateway),
 * PERSISTED_OPERATIONS_PATH (the manifest, as the gateway's). SIGTERM stops it after the requests in flight.
 */
async function main(): Promise<void> {
  const site = siteConfig(process.env.SITE ?? '');
  let stopping = false;
  const running = await startSite({
    site,
    graphUrl: process.env.GRAPH_URL ?? 'http://127.0.0.1:4000/graphql',
    port: Number(process.env.PORT ?? (site.id === 'baghdad' ? 4010 : 4011)),
    host: process.env.HOST ?? '127.0.0.1',
    manifest: loadManifest(process.env.PERSISTED_OPERATIONS_PATH ?? DEFAULT_MANIFEST_PATH),
    graphTimeoutMs: process.env.GRAPH_TIMEOUT_MS ? Number(process.env.GRAPH_TIMEOUT_MS) : undefined,
    isReady: () => !stopping,
    log,
  });
  log('info', 'site listening', { site: site.id, url: running.url });
  const shutdownDelayMs = Number(process.env.SHUTDOWN_DELAY_MS ?? 0);
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log('info', 'stopping', { signal, shutdownDelayMs });
    // Report not ready first (SHUTDOWN_DELAY_MS, for a load balancer), then finish what is in flight.
    setTimeout(() => {
      void running.stop().then(() => process.exit(0));
      // Keep-alive sockets would hold close() open: give requests in flight 10 s at most.
      setTimeout(() => process.exit(0), 10_000).unref();
    }, shutdownDelayMs);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // Started by `npm start`: leave with the supervisor, never as an orphan.
  if (process.connected) process.on('disconnect', () => stop('supervisor gone'));
}

main().catch((error: unknown) => {
  log('error', 'site failed to start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
