import { createLogger } from '@icssi/platform';
import { startGateway } from './gateway';

const logger = createLogger({ service: 'gateway' });

startGateway({ logger })
  .then((gateway) => {
    let stopping = false;
    const shutdown = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      logger.info('shutting down', { signal });
      gateway.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
    // Started by the `npm start` supervisor: stop with it, never outlive it as an orphan.
    if (process.connected) process.on('disconnect', () => shutdown('supervisor gone'));
  })
  .catch((error: unknown) => {
    logger.error('gateway failed to start', { error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
