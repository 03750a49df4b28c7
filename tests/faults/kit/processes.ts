import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serviceEnvPrefix } from '@icssi/platform';
import { registerAudience } from '@icssi/test-kit/test-subgraph';

export const ROOT = path.resolve(__dirname, '../../..');

/** The built entry point of a service (`npm run test:faults` builds first). */
export function entryPoint(service: string): string {
  const file = service === 'gateway' ? path.join(ROOT, 'gateway/dist/index.js') : path.join(ROOT, 'services', service, 'dist/index.js');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (npm run test:faults does)`);
  return file;
}

export { freePort } from '@icssi/test-kit/free-port';

export interface ServiceProcess {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  /** Every JSON log line the process wrote so far. */
  logs: Array<Record<string, unknown>>;
  /** Resolves with the exit code (null when killed by a signal) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Whether the process is still running. */
  alive(): boolean;
}

/**
 * Starts a built service as its own OS process (real SIGKILL, SIGSTOP, SIGTERM), on 127.0.0.1 and
 * the given port, and waits until its /readyz answers 200.
 */
export async function startServiceProcess(
  name: string,
  options: { port: number; env: Record<string, string>; readyTimeoutMs?: number },
): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [entryPoint(name)], {
    // Metrics on a free port of their own (not the port + 5400 default, which another run may hold).
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(options.port), METRICS_PORT: '0', LOG_LEVEL: 'info', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  const collect = (chunk: Buffer): void => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      try {
        logs.push(JSON.parse(line));
      } catch {
        logs.push({ raw: line });
      }
    }
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const running: ServiceProcess = {
    name,
    port: options.port,
    url: `http://127.0.0.1:${options.port}/graphql`,
    child,
    logs,
    exited,
    alive: () => child.exitCode === null && child.signalCode === null,
  };
  // Signed contexts name their subgraph: the kit signs requests to this URL for this service.
  if (name !== 'gateway') registerAudience(running.url, name);
  await waitUntilReady(running, options.readyTimeoutMs ?? 60_000);
  return running;
}

export async function waitUntilReady(service: ServiceProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!service.alive()) throw new Error(`${service.name} exited before it was ready: ${JSON.stringify(service.logs.slice(-5))}`);
    if ((await readyStatus(service.port)) === 200) return;
    await sleep(50);
  }
  throw new Error(`${service.name} was not ready within ${timeoutMs} ms`);
}

export async function readyStatus(port: number): Promise<number | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(1000) });
    await response.text();
    return response.status;
  } catch {
    return null;
  }
}

/** SIGKILL (or another signal) and wait for the exit. */
export async function stopProcess(service: ServiceProcess, signal: NodeJS.Signals = 'SIGKILL') {
  if (!service.alive()) return service.exited;
  service.child.kill(signal);
  return service.exited;
}

/** Environment of a subgraph process over a given database, linked to the other subgraphs. */
export function subgraphEnv(name: string, databaseUrl: string, others: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    [`${serviceEnvPrefix(name)}_DATABASE_URL`]: databaseUrl,
    SEED_DEMO_DATA: 'first-start',
    LOCKDOWN_SYNC_MS: '600000',
  };
  for (const [other, url] of Object.entries(others)) env[`${serviceEnvPrefix(other)}_URL`] = url;
  return env;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
