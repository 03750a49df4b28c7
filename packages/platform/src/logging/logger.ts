import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';
import pretty from 'pino-pretty';

/**
 * Structured logs (pino), one JSON object per line, so the request id can be followed from the
 * gateway through every subgraph. Named personal fields, tokens and secrets are redacted wherever
 * they appear in the first two levels of a log object; still, never log personal data on purpose.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/** Keys whose values never reach a log line. */
const REDACTED_KEYS = [
  'authorization',
  'cookie',
  'token',
  'secret',
  'password',
  'contextSecret',
  'signedContext',
  'email',
  'phone',
  'birthYear',
  'gender',
  'fullName',
  'variables',
];
export const REDACTED_PATHS = [
  ...REDACTED_KEYS,
  ...REDACTED_KEYS.map((key) => `*.${key}`),
  'headers["x-icssi-context"]',
  'headers["x-api-key"]',
];

const LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error'];

function configuredLevel(): LogLevel | 'silent' {
  const level = (process.env.LOG_LEVEL ?? 'info').toLowerCase();
  if (level === 'silent') return 'silent';
  return LEVELS.includes(level as LogLevel) ? (level as LogLevel) : 'info';
}

/**
 * Where lines go: readable colour lines in a terminal (`npm start` by hand) or with
 * LOG_FORMAT=pretty; JSON otherwise, written asynchronously in production (the images set
 * NODE_ENV=production) and through process.stdout elsewhere, so tests can read the lines.
 */
function destination(): DestinationStream {
  const format = (process.env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json')).toLowerCase();
  if (format === 'pretty') {
    return pretty({
      colorize: Boolean(process.stdout.isTTY),
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname',
      messageKey: 'msg',
      singleLine: true,
    });
  }
  if (process.env.NODE_ENV === 'production') return pino.destination({ dest: 1, sync: false });
  return process.stdout;
}

let root: PinoLogger | undefined;
let rootLevel: string | undefined;

/** One pino instance per process (one destination); LOG_LEVEL is read again when it changes. */
function rootLogger(): PinoLogger {
  const level = configuredLevel();
  if (!root || rootLevel !== level) {
    root = pino(
      {
        level,
        base: undefined,
        messageKey: 'msg',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      },
      destination(),
    );
    rootLevel = level;
  }
  return root;
}

function wrap(logger: PinoLogger): Logger {
  return {
    debug: (msg, fields) => logger.debug(fields ?? {}, msg),
    info: (msg, fields) => logger.info(fields ?? {}, msg),
    warn: (msg, fields) => logger.warn(fields ?? {}, msg),
    error: (msg, fields) => logger.error(fields ?? {}, msg),
    child: (fields) => wrap(logger.child(fields)),
  };
}

export function createLogger(base: Record<string, unknown> = {}): Logger {
  return wrap(rootLogger().child(base));
}

/** Error details for logs only (never for responses). */
export function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { error: error.message, errorName: error.name, stack: error.stack };
  return { error: String(error) };
}

/** Apollo Server's logger interface over ours, so its messages are log lines like the rest. */
export function apolloLogger(logger: Logger) {
  return {
    debug: (message: unknown) => logger.debug(String(message)),
    info: (message: unknown) => logger.info(String(message)),
    warn: (message: unknown) => logger.warn(String(message)),
    error: (message: unknown) => logger.error(String(message)),
  };
}
