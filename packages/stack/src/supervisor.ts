import { ChildProcess, spawn } from 'node:child_process';
import { Logger } from '@icssi/platform';

export interface ProcessSpec {
  name: string;
  script: string;
  env: NodeJS.ProcessEnv;
  /** Health URL polled until it answers 200. */
  readyUrl: string;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * Runs one child process; restarts it with exponential backoff if it dies on its own. The IPC
 * channel lets the child notice when the supervisor is gone, so no orphan is left behind.
 */
export class SupervisedProcess {
  private child: ChildProcess | null = null;
  private stopping = false;
  private restarts = 0;
  private exited: Promise<void> = Promise.resolve();

  constructor(
    private readonly spec: ProcessSpec,
    private readonly logger: Logger,
  ) {}

  start(): void {
    const child = spawn(process.execPath, [this.spec.script], {
      env: this.spec.env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.child = null;
        resolve();
        if (this.stopping) return;
        const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.restarts);
        this.restarts += 1;
        this.logger.warn('process exited; restarting', { process: this.spec.name, code, signal, inMs: delay });
        setTimeout(() => {
          if (!this.stopping) this.start();
        }, delay).unref();
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

  /** SIGTERM, then SIGKILL if it has not exited within graceMs. */
  async stop(graceMs = 15_000): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
