import { withClient } from './data/pg-client';

/**
 * S5: `recordImplementationUpdate` at a fixed rate by a federal editor. Each request reports a new
 * step (its own note) for the next federal implementation in turn, with the version the benchmark
 * last saw; the implementations are many enough that no two requests for the same one overlap.
 */
const RECORD_STEP = `mutation RecordStep($input: RecordImplementationUpdateInput!) {
  recordImplementationUpdate(input: $input) { implementation { id version progress } userErrors { code field message } } }`;

export interface WriteScenario {
  /** The next step, for an implementation no other request is writing to now. */
  body: (i: number, request: Record<string, unknown>) => string;
  /** Reads a response: the version moves on for the next step; returns false for a refused write. */
  accept: (status: number, responseBody: string, request: Record<string, unknown>) => boolean;
  /** Steps stored for the federal implementations now. */
  storedSteps: () => Promise<number>;
  /** The implementations the writes go to. */
  ids: string[];
}

export async function prepareWriteScenario(councilsDatabaseUrl: string, run: string): Promise<WriteScenario> {
  const federalSteps = `SELECT count(*)::int AS n FROM implementation_update u JOIN implementation i ON i.id = u.implementation_id
    JOIN cohesion_council c ON c.id = i.council_id WHERE c.region = 'FEDERAL_IRAQ'`;
  const { rows } = await withClient(councilsDatabaseUrl, (client) =>
    client.query<{ id: string; version: number }>(
      `SELECT i.id, i.version FROM implementation i JOIN cohesion_council c ON c.id = i.council_id
       WHERE c.region = 'FEDERAL_IRAQ' AND i.archived_at IS NULL AND c.archived_at IS NULL ORDER BY i.id`,
    ),
  );
  if (rows.length === 0) throw new Error('S5 needs federal implementations: none found');
  const versions = new Map(rows.map((row) => [row.id, row.version]));
  const ids = rows.map((row) => row.id);
  const busy = new Set<string>();
  return {
    body: (i, request) => {
      // One request at a time per implementation: a second one would carry a stale version.
      const id = ids.map((_, k) => ids[(i + k) % ids.length]).find((candidate) => !busy.has(candidate));
      if (!id) throw new Error('S5: more requests in flight than implementations');
      busy.add(id);
      request.implementationId = id;
      return JSON.stringify({
        query: RECORD_STEP,
        variables: {
          input: {
            implementationId: id,
            version: versions.get(id),
            reportedOn: '2026-11-01',
            progress: 5 + (i % 90),
            status: 'IN_PROGRESS',
            note: { en: `benchmark step ${run}-${i}` },
          },
        },
      });
    },
    accept: (status, responseBody, request) => {
      busy.delete(request.implementationId as string);
      if (status !== 200) return false;
      const payload = (
        JSON.parse(responseBody) as {
          data?: { recordImplementationUpdate?: { implementation: { id: string; version: number } | null; userErrors: unknown[] } };
        }
      ).data?.recordImplementationUpdate;
      if (!payload?.implementation || payload.userErrors.length > 0) return false;
      versions.set(payload.implementation.id, payload.implementation.version);
      return true;
    },
    ids,
    storedSteps: () => withClient(councilsDatabaseUrl, async (client) => (await client.query<{ n: number }>(federalSteps)).rows[0].n),
  };
}
