import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { Logger, errorFields } from '../logging/logger';
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
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
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
