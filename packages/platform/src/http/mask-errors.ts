import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { type Logger, errorFields } from '../logging/logger';
import { isDatabaseUnavailable } from '../database/database-unavailable';

/** Error codes whose messages are meant for clients and carry nothing internal. */
const CLIENT_SAFE_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_NOT_IN_SAFELIST',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'SUBGRAPH_UNAVAILABLE',
  'UNAVAILABLE',
  'RATE_LIMITED',
]);

/**
 * Apollo's formatError hook: errors with a client-safe code pass (without stack traces); anything
 * else is logged in full and answered as a generic internal error, so no SQL, constraint names,
 * hosts, ports or personal data reach a response.
 */
/**
 * Apollo Server's own refusals of a malformed request carry a 4xx status but no code (so they would
 * be masked as internal errors); these are the ones it makes, said plainly.
 */
const APOLLO_REQUEST_ERRORS: Record<string, string> = {
  'provided sha does not match query':
    'The persisted query hash does not match the query: send the SHA-256 (hex) of the exact query text, or the hash alone.',
  'Unsupported persisted query version': 'Only persisted query version 1 is supported.',
};

function apolloRequestError(error: unknown): string | null {
  if (!(error instanceof GraphQLError) || error.extensions?.code) return null;
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  if (!status || status < 400 || status >= 500) return null;
  return APOLLO_REQUEST_ERRORS[error.message] ?? null;
}

export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const request = apolloRequestError(error);
    if (request) return { message: request, extensions: { code: 'BAD_REQUEST' } };
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_SAFE_CODES.has(code)) {
      // No "Did you mean …?" hints: they let anyone map the schema without introspection.
      const message = formatted.message.replace(/ ?Did you mean [^?]*\?/g, '');
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const original = unwrapResolverError(error);
    if (isDatabaseUnavailable(original)) {
      // The database is down or restarting: a retryable outage, not a bug.
      logger.warn('database unavailable', { path: formatted.path, ...errorFields(original) });
      return { message: 'The service is temporarily unavailable', path: formatted.path, extensions: { code: 'UNAVAILABLE' } };
    }
    logger.error('masked error', { path: formatted.path, code, ...errorFields(original) });
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
