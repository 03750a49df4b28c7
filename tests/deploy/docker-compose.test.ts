import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SERVICE_NODE_FLAGS } from '@icssi/platform';

const ROOT = path.resolve(__dirname, '../..');

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  networks?: string[];
  restart?: string;
  healthcheck?: { test: string[]; interval?: string };
  stop_grace_period?: string;
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  networks: Record<string, { internal?: boolean }>;
}

// The machine that runs the tests has no Docker engine: the file is checked here by structure, and
// .ci/run also runs `docker-compose config` on it.
const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as ComposeFile;
const SUBGRAPHS = ['organisations', 'campaigns', 'forum-seasons', 'cohesion-councils'];
const SITES = { 'site-baghdad': 'baghdad', 'site-erbil': 'erbil' } as const;

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, the four subgraphs, the gateway and the two region sites as separate services', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'campaigns',
      'cohesion-councils',
      'forum-seasons',
      'gateway',
      'organisations',
      'postgres',
      'site-baghdad',
      'site-erbil',
    ]);
    for (const name of SUBGRAPHS) {
      const command = compose.services[name].command!;
      // With the same Node.js flags as `npm start` (the heap sizing that keeps full GCs rare).
      expect(command).toEqual(['node', ...SERVICE_NODE_FLAGS, `services/${name}/dist/index.js`]);
      expect(existsSync(path.join(ROOT, 'services', name, 'src', 'index.ts'))).toBe(true);
    }
    expect(compose.services.gateway.command).toEqual(['node', ...SERVICE_NODE_FLAGS, 'gateway/dist/index.js']);
    expect(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')).toContain(
      `CMD ${JSON.stringify(['node', ...SERVICE_NODE_FLAGS, 'gateway/dist/index.js']).replace(/","/g, '", "')}`,
    );
  });

  it('publishes only the gateway and the sites; subgraphs and database are on the internal network only', () => {
    const published = Object.entries(compose.services)
      .filter(([, service]) => service.ports?.length)
      .map(([name]) => name);
    expect(published).toEqual(['gateway', 'site-baghdad', 'site-erbil']);
    // Only the GraphQL port: the metrics port stays on the compose networks.
    expect(compose.services.gateway.ports).toEqual(['${GATEWAY_PORT:-4000}:4000']);
    expect(compose.networks.internal.internal).toBe(true);
    for (const name of [...SUBGRAPHS, 'postgres']) expect(compose.services[name].networks).toEqual(['internal']);
  });

  it('runs each region site from the one image, on the public network only, reading from the gateway', () => {
    for (const [name, site] of Object.entries(SITES)) {
      const service = compose.services[name];
      expect(service.command).toEqual(['node', 'sites/dist/index.js']);
      expect(service.image).toBe(compose.services.gateway.image);
      expect(service.environment).toEqual({
        NODE_ENV: 'production',
        HOST: '0.0.0.0',
        SITE: site,
        PORT: expect.stringMatching(/^\d+$/),
        GRAPH_URL: 'http://gateway:4000/graphql',
      });
      expect(service.ports).toEqual([expect.stringMatching(new RegExp(`:${service.environment!.PORT}$`))]);
      // No way to the subgraphs or the database, and no secret: the sites are public clients of the gateway.
      expect(service.networks).toEqual(['public']);
    }
    expect(compose.services.gateway.networks).toContain('public');
    expect(existsSync(path.join(ROOT, 'sites', 'src', 'index.ts'))).toBe(true);
    expect(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')).toMatch(/COPY sites sites/);
  });

  it('takes the shared secret and the database URL from the environment', () => {
    for (const name of [...SUBGRAPHS, 'gateway']) {
      expect(compose.services[name].environment?.ICSSI_CONTEXT_SECRET).toMatch(/^\$\{ICSSI_CONTEXT_SECRET:\?/);
    }
    for (const name of SUBGRAPHS) expect(compose.services[name].environment?.DATABASE_URL).toMatch(/^\$\{DATABASE_URL:-/);
    for (const name of SUBGRAPHS) {
      const variable = `${name.toUpperCase().replace(/-/g, '_')}_URL`;
      expect(compose.services.gateway.environment?.[variable]).toBe(`http://${name}:${compose.services[name].environment?.PORT}/graphql`);
    }
  });

  it('serves /metrics on a port of its own in every container, not the GraphQL port', () => {
    for (const name of [...SUBGRAPHS, 'gateway']) {
      const environment = compose.services[name].environment!;
      expect({ name, port: environment.METRICS_PORT, host: environment.METRICS_HOST }).toEqual({ name, port: '9400', host: '0.0.0.0' });
      expect(environment.METRICS_PORT).not.toBe(environment.PORT);
    }
  });

  it('restarts every service on failure and health-checks it on /readyz (pg_isready for PostgreSQL)', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      expect({ name, restart: service.restart }).toEqual({ name, restart: 'unless-stopped' });
      expect(service.healthcheck?.test.join(' ')).toMatch(name === 'postgres' ? /pg_isready/ : /\/readyz/);
      if (name !== 'postgres') expect(service.stop_grace_period).toBe('20s');
    }
  });
});
