import { ApolloServerPlugin } from '@apollo/server';

/**
 * Counts the GraphQL requests a subgraph serves. Tests read it to prove that a client request costs
 * a fixed number of subgraph fetches, however much data there is.
 */
export class RequestCounter {
  private requests = 0;

  get count(): number {
    return this.requests;
  }

  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        this.requests += 1;
      },
    };
  }
}
