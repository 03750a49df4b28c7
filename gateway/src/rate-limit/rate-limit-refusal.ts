import { type GraphQLRequestContext, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { HttpError } from '@icssi/platform';
import { type GatewayContext } from '../gateway-context';
import { type RateLimitClient, RateLimitedError, type RequestRateLimiter } from './request-rate-limiter';

const CODE = 'RATE_LIMITED';

/** One point on arrival, before the body is read: a spent budget is a 429 with Retry-After. */
export async function admitRequest(limiter: RequestRateLimiter, client: RateLimitClient): Promise<void> {
  try {
    await limiter.consume(client, 1);
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    throw new HttpError(429, CODE, error.message, { 'retry-after': String(error.retryAfterSeconds) });
  }
}

/**
 * The query cost plugin's `onCost`: a request over HTTP draws one more point per `costPerPoint` of
 * its cost from its client's budgets (operations the gateway runs for itself, such as exports,
 * paid on arrival). A spent budget is a 429 GraphQL error with Retry-After, before any subgraph is asked.
 */
export function weighByCost(limiter: RequestRateLimiter, costPerPoint: number) {
  return async (cost: number, { request, contextValue }: GraphQLRequestContext<GatewayContext>): Promise<void> => {
    if (!request.http) return;
    // Kept with the request: the response cache's shortcut charges a repeat of it the same.
    contextValue.queryCost = cost;
    try {
      await limiter.consume({ address: contextValue.clientAddress, subject: contextValue.viewer.id }, Math.floor(cost / costPerPoint));
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      // Apollo Server reads the status and headers of `extensions.http` (a HeaderMap) into the response.
      const extensions: Record<string, unknown> = {
        code: CODE,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(error.retryAfterSeconds)]]) },
      };
      throw new GraphQLError(error.message, { extensions });
    }
  };
}

/**
 * What an answer from the response cache's shortcut draws: the same points as the operation's cost
 * drew when it ran, so a budget is spent alike on either path; a spent budget is a 429 with Retry-After.
 */
export function chargeCost(limiter: RequestRateLimiter, costPerPoint: number) {
  return async (context: GatewayContext, cost: number): Promise<void> => {
    try {
      await limiter.consume({ address: context.clientAddress, subject: context.viewer.id }, Math.floor(cost / costPerPoint));
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      throw new HttpError(429, CODE, error.message, { 'retry-after': String(error.retryAfterSeconds) });
    }
  };
}
