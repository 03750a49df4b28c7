/**
 * Whether an error means "the database cannot be reached right now" (server stopped, restarting,
 * connection cut or refused), as opposed to a bug or a bad statement. Those become a masked
 * UNAVAILABLE error: the client may retry; nothing about the database is disclosed.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// SQLSTATE: class 08 connection exceptions; 57P01-57P03 server shutting down or starting; 53300 too many connections.
const SQLSTATE_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;
const MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'is not queryable',
  'Cannot use a pool after calling end',
  'Connection is not established',
];

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const candidate = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    const code = typeof candidate.code === 'string' ? candidate.code : '';
    if (NETWORK_CODES.has(code) || SQLSTATE_UNAVAILABLE.test(code)) return true;
    // A Unix socket that is gone: the server (the embedded one listens on a socket) is stopped.
    if (code === 'ENOENT' && (candidate as { syscall?: unknown }).syscall === 'connect') return true;
    const message = typeof candidate.message === 'string' ? candidate.message : '';
    if (MESSAGES.some((text) => message.includes(text))) return true;
    // AggregateError (several addresses refused) and TypeORM's QueryFailedError wrap the cause.
    const inner = (candidate as { errors?: unknown[] }).errors?.[0];
    current = candidate.driverError ?? candidate.cause ?? inner;
  }
  return false;
}
