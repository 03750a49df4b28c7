import { DateResolver } from 'graphql-scalars';

/** A calendar date without time zone, "YYYY-MM-DD". The same scalar in every subgraph. */
export const DateScalar = DateResolver;
