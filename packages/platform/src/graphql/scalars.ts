import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDateString(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const match = DATE_PATTERN.exec(value);
    if (match) {
      // A real calendar day: 2026-02-30 is refused.
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      if (date.toISOString().slice(0, 10) === value) return value;
    }
  }
  throw new GraphQLError(`Date must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(value)?.slice(0, 40)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * A calendar date without time zone, "YYYY-MM-DD", kept as a string on both sides: a JS Date
 * would carry a time and a zone, and shift the day on a server outside UTC.
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date without time zone, formatted "YYYY-MM-DD" (RFC 3339 full-date).',
  serialize: toDateString,
  parseValue: toDateString,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string "YYYY-MM-DD"', { extensions: { code: 'BAD_USER_INPUT' } });
    return toDateString(ast.value);
  },
});
