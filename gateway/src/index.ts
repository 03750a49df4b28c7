// First: tracing (when configured) must hook modules before they are loaded.
import '@icssi/platform/dist/tracing/register';
import { createLogger, exitGracefullyOnSignals } from '@icssi/platform';
import { startGateway } from './gateway';

const logger = createLogger({ service: 'gateway' });

startGateway({ logger })
  .then((gateway) => exitGracefullyOnSignals({ logger, servers: [gateway.server], stop: gateway.stop }))
  .catch((error: unknown) => {
    logger.error('gateway failed to start', { error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
