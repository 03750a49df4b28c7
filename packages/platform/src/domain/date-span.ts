/** Dates from … to …, both included; either end may be left open (ISO dates). */
export interface DateSpan {
  from?: string | null;
  to?: string | null;
}

/** SQL conditions for a date column within a span. */
export function dateRangeConditions(column: string, range: DateSpan | null | undefined, addParam: (value: unknown) => string): string[] {
  const conditions: string[] = [];
  if (range?.from) conditions.push(`${column} >= ${addParam(range.from)}::date`);
  if (range?.to) conditions.push(`${column} <= ${addParam(range.to)}::date`);
  return conditions;
}
