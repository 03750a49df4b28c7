/**
 * SQL: a campaign's status as it stood on a day (`daySql`), for reports that count campaigns by
 * status at the end of their period.
 *
 * Seam: campaigns keep no status history yet, so this is the current status. The status-history
 * work (issue 17, point 4) replaces this one function with a look-up of the status in force on
 * that day; the report readers need no other change.
 */
export const campaignStatusAtSql = (campaignAlias: string, _daySql: string): string => `${campaignAlias}.status`;
