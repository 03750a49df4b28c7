/**
 * Structured JSON logs, one object per line, so the request id can be followed from the gateway
 * through every subgraph. Never log personal data or secrets here.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const LEVEL_ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

function configuredLevel(): LogLevel {
  const level = (process.env.LOG_LEVEL ?? 'info').toLowerCase();
  if (level === 'silent') return 'error';
  return (level in LEVEL_ORDER ? level : 'info') as LogLevel;
}

export function createLogger(base: Record<string, unknown> = {}): Logger {
  const minimum = LEVEL_ORDER[configuredLevel()];
  const silent = (process.env.LOG_LEVEL ?? '').toLowerCase() === 'silent';
  const write = (level: LogLevel, msg: string, fields?: Record<string, unknown>): void => {
    if (silent || LEVEL_ORDER[level] < minimum) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, ...base, msg, ...fields });
    (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line + '\n');
  };
  return {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
    child: (fields) => createLogger({ ...base, ...fields }),
  };
}

/** Error details for logs only (never for responses). */
export function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { error: error.message, errorName: error.name, stack: error.stack };
  return { error: String(error) };
}

/** Apollo Server's logger interface over ours, so its messages are JSON lines like the rest. */
export function apolloLogger(logger: Logger) {
  return {
    debug: (message: unknown) => logger.debug(String(message)),
    info: (message: unknown) => logger.info(String(message)),
    warn: (message: unknown) => logger.warn(String(message)),
    error: (message: unknown) => logger.error(String(message)),
  };
}
