import { rm } from 'node:fs/promises';
import type { RunningPostgres } from '@icssi/stack/dist/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>).__ICSSI_TEST_PG__ as { server: RunningPostgres; dataDir: string } | undefined;
  if (!started) return;
  await started.server.stop();
  await rm(started.dataDir, { recursive: true, force: true });
}
