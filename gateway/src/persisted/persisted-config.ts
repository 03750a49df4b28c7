import path from 'node:path';
import { envBool, envString, isProduction } from '@icssi/platform';

export interface PersistedConfig {
  /** The manifest `npm run clients` writes from the frontends' operation files. */
  manifestPath: string;
  /** Anonymous callers may run only the manifest's operations (token holders may run any). */
  safelist: boolean;
}

export function persistedConfigFromEnv(): PersistedConfig {
  return {
    manifestPath: envString('PERSISTED_OPERATIONS_PATH', path.resolve(__dirname, '../../../clients/persisted-operations.json')),
    safelist: envBool('SAFELIST', isProduction()),
  };
}
