import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { GraphClient } from './graph/graph-client';
import { type PersistedQueryManifest, loadManifest } from './graph/persisted-manifest';
import { type SiteConfig } from './regions';
import { createSiteApp } from './site-app';

export interface SiteServerOptions {
  site: SiteConfig;
  /** The gateway's GraphQL endpoint. */
  graphUrl: string;
  port: number;
  host?: string;
  manifest?: PersistedQueryManifest;
  graphTimeoutMs?: number;
  isReady?: () => boolean;
  log?: (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;
}

export interface RunningSite {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Serves one region site over HTTP; `stop()` lets requests in flight finish. */
export async function startSite(options: SiteServerOptions): Promise<RunningSite> {
  const graph = new GraphClient({ url: options.graphUrl, manifest: options.manifest ?? loadManifest(), timeoutMs: options.graphTimeoutMs });
  const app = createSiteApp({ site: options.site, graph, log: options.log, isReady: options.isReady });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname: host }, () => resolve(started));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        graph.close();
      }),
  };
}
