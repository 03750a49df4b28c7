import { type ChildProcess, spawn } from 'node:child_process';
import { type Logger } from '@icssi/platform/dist/supervision';

export interface ProcessSpec {
  name: string;
  script: string;
  /** Node.js flags before the script (SERVICE_NODE_FLAGS for the graph's own processes). */
  nodeFlags?: readonly string[];
  env: NodeJS.ProcessEnv;
  /** Health URL polled until it answers 200. */
  readyUrl: string;
}

export interface RestartPolicy {
  /** First restart delay; doubled after each crash up to maxMs. */
  baseMs: number;
  maxMs: number;
  /** A process that ran this long counts as healthy again: the next crash restarts after baseMs. */
  stableMs: number;
}

const DEFAULT_RESTART_POLICY: RestartPolicy = { baseMs: 1000, maxMs: 30_000, stableMs: 30_000 };

/**
 * Runs one child process; restarts it with exponential backoff if it dies on its own. The IPC
 * channel lets the child notice when the supervisor is gone, so no orphan is left behind.
 */
export class SupervisedProcess {
  private child: ChildProcess | null = null;
  private stopping = false;
  private restarts = 0;
  private exited: Promise<void> = Promise.resolve();
  private restartTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly spec: ProcessSpec,
    private readonly logger: Logger,
    private readonly policy: RestartPolicy = DEFAULT_RESTART_POLICY,
  ) {}

  start(): void {
    const child = spawn(process.execPath, [...(this.spec.nodeFlags ?? []), this.spec.script], {
      env: this.spec.env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // Its own process group: a Ctrl-C in the terminal reaches only the supervisor, which then
      // stops the processes in order (the IPC channel still stops a child if the supervisor dies).
      detached: true,
    });
    const startedAt = Date.now();
    this.child = child;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.child = null;
        resolve();
        if (this.stopping) return;
        if (Date.now() - startedAt >= this.policy.stableMs) this.restarts = 0;
        const delay = Math.min(this.policy.maxMs, this.policy.baseMs * 2 ** this.restarts);
        this.restarts += 1;
        this.logger.warn('process exited; restarting', { process: this.spec.name, code, signal, inMs: delay });
        this.restartTimer = setTimeout(() => {
          if (!this.stopping) this.start();
        }, delay);
        this.restartTimer.unref();
      });
    });
  }

  async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        const response = await fetch(this.spec.readyUrl, { signal: AbortSignal.timeout(1000) });
        if (response.ok) {
          this.restarts = 0;
          return;
        }
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.spec.name} was not ready after ${timeoutMs} ms`);
  }

  /** No restart from now on (shutdown has begun), whatever makes the process exit. */
  holdRestarts(): void {
    this.stopping = true;
    clearTimeout(this.restartTimer);
  }

  /** SIGTERM, then SIGKILL if it has not exited within graceMs. */
  async stop(graceMs = 15_000): Promise<void> {
    this.holdRestarts();
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

/**
 * Stops groups of processes one group after the other (e.g. the gateway, then the subgraphs), the
 * processes of one group together: nothing is left calling a process that has already stopped.
 */
export async function stopInOrder(groups: SupervisedProcess[][], graceMs?: number): Promise<void> {
  // A later process that exits meanwhile (e.g. signalled directly) must not be restarted.
  for (const group of groups) for (const process of group) process.holdRestarts();
  for (const group of groups) await Promise.all(group.map((process) => process.stop(graceMs)));
}
