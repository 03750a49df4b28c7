import { readFileSync, readdirSync } from 'node:fs';

/**
 * CPU time and memory of the processes under test, read from /proc (Linux): the gateway, each
 * subgraph, the peer gateways, and PostgreSQL (all its server processes together).
 */
export interface ProcessGroup {
  name: string;
  pids: () => number[];
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

function stat(pid: number): { ppid: number; cpuMs: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces: fields start after its closing parenthesis.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { ppid: Number(fields[1]), cpuMs: (ticks * 1000) / CLOCK_TICKS_PER_SECOND };
  } catch {
    return null; // gone
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

function residentKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number);
}

/** Every descendant of `root` whose command line matches. */
export function descendants(root: number, matches: (command: string) => boolean): number[] {
  const parents = new Map<number, number>();
  for (const pid of allPids()) {
    const s = stat(pid);
    if (s) parents.set(pid, s.ppid);
  }
  const isDescendant = (pid: number): boolean => {
    for (let current = parents.get(pid); current !== undefined && current > 1; current = parents.get(current)) {
      if (current === root) return true;
    }
    return false;
  };
  return [...parents.keys()].filter((pid) => (pid === root || isDescendant(pid)) && matches(commandLine(pid)));
}

/** PostgreSQL's processes: the embedded postmaster listening on `port` and its children, or every PostgreSQL process (a server of the machine's). */
export function postgresPids(port: number | null): number[] {
  const isPostgres = (command: string) => /(^|\/)postgres(\s|:)/.test(command);
  if (port === null) return allPids().filter((pid) => isPostgres(commandLine(pid)));
  const postmaster = allPids().find((pid) => {
    const command = commandLine(pid);
    return isPostgres(command) && command.includes(`-p ${port} `);
  });
  return postmaster ? descendants(postmaster, () => true) : [];
}

export interface Usage {
  cpuMs: Record<string, number>;
  peakRssMb: Record<string, number>;
}

/** Samples the groups while `work` runs: CPU used by each group, and its highest resident memory. */
export async function measureUsage<T>(groups: ProcessGroup[], work: () => Promise<T>): Promise<{ result: T; usage: Usage }> {
  // Per process, so a PostgreSQL backend that ends during the run does not count negative.
  const cpu = () => new Map(groups.flatMap((g) => g.pids().map((pid) => [`${g.name}:${pid}`, stat(pid)?.cpuMs ?? null] as const)));
  const peak: Record<string, number> = Object.fromEntries(groups.map((g) => [g.name, 0]));
  const pidsOf = Object.fromEntries(groups.map((g) => [g.name, g.pids()]));
  const sample = () => {
    for (const g of groups) peak[g.name] = Math.max(peak[g.name], pidsOf[g.name].reduce((sum, pid) => sum + residentKb(pid), 0) / 1024);
  };
  const before = cpu();
  sample();
  const timer = setInterval(sample, 250);
  try {
    const result = await work();
    sample();
    const after = cpu();
    const used = (name: string) =>
      [...after]
        .filter(([key, ms]) => key.startsWith(`${name}:`) && ms !== null && before.get(key) != null)
        .reduce((total, [key, ms]) => total + (ms as number) - (before.get(key) as number), 0);
    return {
      result,
      usage: {
        cpuMs: Object.fromEntries(groups.map((g) => [g.name, used(g.name)])),
        peakRssMb: Object.fromEntries(Object.entries(peak).map(([name, mb]) => [name, Math.round(mb)])),
      },
    };
  } finally {
    clearInterval(timer);
  }
}
