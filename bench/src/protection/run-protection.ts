import { type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBenchDatabase } from '../bench-database';
import { UNITS_PER_SCALE, generateUnits } from '../data/generate-data';
import { PORTS, REPO, type Secrets, graphqlUrl, startGraph, stopProcess, waitFor } from '../processes';
import { generatePeopleUnits } from './people-data';
import { PROTECTION_OFF, type ProtectionError, collectPeopleCounts, protectionError, protectionTable } from './protection-error';

/**
 * The protection measurement of `npm run bench` (alone with `--protection`): on a database of its
 * own, for each scale, generated units and their people, every count of people asked of the graph
 * with its default protection and of the same graph with the protection off. Writes
 * bench/results/<date>-protection.json and .md.
 */
export async function runProtectionBench(options: {
  date: string;
  scales: number[];
  secrets: Secrets;
  bridgeToken: string;
  logFile: string;
  progress: (message: string) => void;
}): Promise<ProtectionError[]> {
  const { secrets, logFile, progress } = options;
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'icssi-bench-protection-'));
  chmodSync(workDir, 0o755);
  const database = await openBenchDatabase(path.join(workDir, 'postgres'));
  const url = graphqlUrl(PORTS.gateway);
  const headers = { authorization: `Bearer ${options.bridgeToken}` };
  let graph: ChildProcess | null = null;
  const start = async (env: Record<string, string>) => {
    graph = startGraph(secrets, { urls: database.urls }, logFile, env);
    await waitFor(
      async () => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: '{"query":"{ regionReports(period: { year: 2026 }) { region } }"}',
        });
        return response.ok && !((await response.json()) as { errors?: unknown }).errors;
      },
      120_000,
      'the graph',
    );
  };
  const rows: ProtectionError[] = [];
  try {
    await start({});
    let units = 0;
    for (const scale of options.scales) {
      progress(`protection, scale ${scale}: generating ${scale * UNITS_PER_SCALE} units and their people…`);
      await generateUnits(database.urls, units, scale * UNITS_PER_SCALE);
      await generatePeopleUnits(database.urls, units, scale * UNITS_PER_SCALE);
      units = scale * UNITS_PER_SCALE;
      const protectedCounts = await collectPeopleCounts(url, headers);
      await stopProcess(graph as unknown as ChildProcess);
      await start(PROTECTION_OFF);
      const exactCounts = await collectPeopleCounts(url, headers);
      await stopProcess(graph as unknown as ChildProcess);
      await start({});
      const measured = protectionError(scale, protectedCounts, exactCounts);
      rows.push(...measured);
      const all = measured[0];
      progress(
        `protection, scale ${scale}: ${all.cells} cells, ${all.shown} shown, mean abs. error ${all.meanAbsoluteError.toFixed(2)}, max ${all.maxAbsoluteError}, ${all.suppressed} “fewer than 5”`,
      );
    }
  } finally {
    if (graph) await stopProcess(graph);
    await database.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
  const folder = path.join(REPO, 'bench/results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${options.date}-protection.json`), `${JSON.stringify(rows, null, 2)}\n`);
  const markdown = `# What the protection of counts of people costs, ${options.date}\n\nThreshold 5, noise bound 2; 19 periods (2024–2026, the quarters and months of 2026), every region and area.\n\n${protectionTable(rows)}\n`;
  writeFileSync(path.join(folder, `${options.date}-protection.md`), markdown);
  progress(`\n${markdown}\nwritten bench/results/${options.date}-protection.json and .md`);
  return rows;
}
