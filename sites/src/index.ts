import { siteConfig } from './regions';
import { startSite } from './site-server';

function log(level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, service: `site-${process.env.SITE ?? ''}`, msg, ...fields });
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
}

/**
 * One region site as its own process: SITE=baghdad|erbil, PORT, HOST, GRAPH_URL (the gateway),
 * PERSISTED_OPERATIONS_PATH (the manifest, as the gateway's). SIGTERM stops it after the requests in flight.
 */
async function main(): Promise<void> {
  const site = siteConfig(process.env.SITE ?? '');
  const { loadManifest, DEFAULT_MANIFEST_PATH } = await import('./graph/persisted-manifest');
  const running = await startSite({
    site,
    graphUrl: process.env.GRAPH_URL ?? 'http://127.0.0.1:4000/graphql',
    port: Number(process.env.PORT ?? (site.id === 'baghdad' ? 4010 : 4011)),
    host: process.env.HOST ?? '127.0.0.1',
    manifest: loadManifest(process.env.PERSISTED_OPERATIONS_PATH ?? DEFAULT_MANIFEST_PATH),
    graphTimeoutMs: process.env.GRAPH_TIMEOUT_MS ? Number(process.env.GRAPH_TIMEOUT_MS) : undefined,
    log,
  });
  log('info', 'site listening', { site: site.id, url: running.url });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log('info', 'stopping', { signal });
    void running.stop().then(() => process.exit(0));
    // Keep-alive sockets would hold close() open: give requests in flight 10 s at most.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  log('error', 'site failed to start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
