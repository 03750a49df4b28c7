import path from 'node:path';
import { envBool, envString, isProduction } from '@icssi/platform';

export interface IdeConfig {
  /** Serve GraphiQL to browsers on GET /graphql; off in production unless IDE=on. */
  enabled: boolean;
  /** Example operations shown as the IDE's first tabs (one per reader group). */
  examplesDir: string;
}

export function ideConfigFromEnv(): IdeConfig {
  return {
    enabled: envBool('IDE', !isProduction()),
    examplesDir: envString('IDE_EXAMPLES_DIR', path.resolve(__dirname, '../../../examples')),
  };
}
