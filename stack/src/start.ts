import path from 'node:path';
import { SERVICE_NODE_FLAGS, SUBGRAPH_NAMES, createLogger, envInt, subgraphPort } from '@icssi/platform/dist/supervision';
import { REPO_ROOT, useDatabaseServer } from './database-server';
import { SupervisedProcess, stopInOrder } from './supervisor';
import { SITES } from './sites';

const EXAMPLE_QUERY = `{
  workingGroups {
    nodes {
      name region
      campaigns { nodes { title status } }
      hostOrganisation {
        name
        forumSeasons { nodes { number year forum { name } } }
        headquarters { name cohesionCouncils { name status } }
      }
    }
  }
}`;

/**
 * `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), the four subgraphs, the gateway
 * and the two region sites, each its own process. Ctrl-C or SIGTERM stops them in order: sites,
 * gateway, subgraphs, database.
 */
async function main(): Promise<void> {
  const logger = createLogger({ service: 'stack' });
  // A V8 code cache for the gateway and the subgraphs (packages/platform/src/config/compile-cache.ts):
  // a second start compiles nothing it compiled before. ICSSI_COMPILE_CACHE_DIR= (empty) turns it off.
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ICSSI_COMPILE_CACHE_DIR: process.env.ICSSI_COMPILE_CACHE_DIR ?? path.join(REPO_ROOT, 'node_modules', '.cache', 'icssi-compile-cache'),
  };
  const graphNodeFlags = [
    ...SERVICE_NODE_FLAGS,
    '--require',
    path.join(REPO_ROOT, 'packages', 'platform', 'dist', 'config', 'compile-cache.js'),
  ];
  const gatewayPort = envInt('PORT', 4000);
  // Every process reads the same environment, so the topology gives the gateway and each subgraph
  // the same subgraph addresses (`<SUBGRAPH>_PORT`, `<SUBGRAPH>_URL`).
  const gatewayEnv: NodeJS.ProcessEnv = { ...baseEnv, PORT: String(gatewayPort) };
  const gateway = new SupervisedProcess(
    {
      name: 'gateway',
      script: path.join(REPO_ROOT, 'gateway', 'dist', 'index.js'),
      nodeFlags: graphNodeFlags,
      env: gatewayEnv,
      readyUrl: `http://127.0.0.1:${gatewayPort}/readyz`,
    },
    logger,
  );

  // The two region sites read from the gateway, server-side, by persisted ids.
  const sites = SITES.map((site) => {
    const port = envInt(site.portVariable, site.defaultPort);
    return {
      ...site,
      port,
      process: new SupervisedProcess(
        {
          name: `site-${site.id}`,
          script: path.join(REPO_ROOT, 'sites', 'dist', 'index.js'),
          env: {
            ...process.env,
            SITE: site.id,
            PORT: String(port),
            HOST: '127.0.0.1',
            GRAPH_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
          },
          readyUrl: `http://127.0.0.1:${port}/readyz`,
        },
        logger,
      ),
    };
  });

  // Built once the database server is known: each subgraph is given its address.
  let subgraphs: Array<{ name: string; port: number; process: SupervisedProcess }> = [];
  const subgraphProcesses = (serverUrl: string | null) =>
    SUBGRAPH_NAMES.map((name) => {
      const port = subgraphPort(name);
      return {
        name,
        port,
        process: new SupervisedProcess(
          {
            name,
            script: path.join(REPO_ROOT, 'services', name, 'dist', 'index.js'),
            nodeFlags: graphNodeFlags,
            env: {
              ...baseEnv,
              ...(serverUrl ? { DATABASE_URL: serverUrl } : {}),
              PORT: String(port),
              DATABASE_START_WAIT_MS: baseEnv.DATABASE_START_WAIT_MS ?? '120000',
            },
            readyUrl: `http://127.0.0.1:${port}/readyz`,
          },
          logger,
        ),
      };
    });

  let stopping = false;
  // Set before the first await of main(), so every shutdown sees it.
  let database: ReturnType<typeof useDatabaseServer> | undefined;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    await stopInOrder([sites.map((site) => site.process), [gateway], subgraphs.map((subgraph) => subgraph.process)]);
    // Also when the signal came while PostgreSQL was still starting.
    await (await database?.catch(() => null))?.embedded?.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));

  try {
    // In steps, so that on two cores what the first answer needs is not queued behind what it does
    // not: the gateway (static supergraph, no database) and the subgraphs while PostgreSQL starts;
    // the sites, which only call the gateway, last. The subgraphs start as soon as the embedded
    // server's address is known, before it is up: they load their code meanwhile and wait for it
    // (DATABASE_START_WAIT_MS), then each creates and migrates its own database on a first start.
    const startSubgraphs = (serverUrl: string | null) => {
      if (stopping || subgraphs.length) return;
      subgraphs = subgraphProcesses(serverUrl);
      for (const subgraph of subgraphs) subgraph.process.start();
    };
    gateway.start();
    database = useDatabaseServer(logger, startSubgraphs);
    const server = await database;
    // Stopped while PostgreSQL was starting: start nothing more.
    if (stopping) return;
    startSubgraphs(server.serverUrl);
    await Promise.all([...subgraphs.map((subgraph) => subgraph.process.waitUntilReady(120_000)), gateway.waitUntilReady(120_000)]);
    for (const site of sites) site.process.start();
    await Promise.all(sites.map((site) => site.process.waitUntilReady(120_000)));
  } catch (error) {
    logger.error('start-up failed', { error: error instanceof Error ? error.message : String(error) });
    await shutdown('start-up failure');
    return;
  }
  const url = `http://127.0.0.1:${gatewayPort}/graphql`;
  process.stdout.write(
    `\nICSSI Graph is running at ${url}\n\n${sites.map((site) => `${site.title} site: http://127.0.0.1:${site.port}/`).join('\n')}\n\nTry:\n\ncurl -s ${url} -H 'content-type: application/json' -H 'accept-language: ar' \\\n  -d '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') })}'\n\nor POST this query:\n${EXAMPLE_QUERY}\n\nMore example operations for each reader group are in examples/.\nPress Ctrl-C to stop.\n\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
