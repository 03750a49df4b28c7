/**
 * How long (seconds) a shared cache may keep public data, per type of the API schema. A response's
 * max-age is the smallest of the types and fields it selects. Types not listed here are never
 * cached (max-age 0), except connections and edges (their node type's age) and value types such
 * as page info and translations (the age of what holds them).
 *
 * People, memberships, council seats and organisations are 0: they are personal, or can be locked
 * down, and a lockdown must hide them from every view at once — a cached copy would outlive it.
 */
export const TYPE_MAX_AGE: Readonly<Record<string, number>> = {
  Governorate: 3600,
  Forum: 300,
  ForumSeason: 300,
  ForumSession: 300,
  Recommendation: 300,
  RegionReport: 300,
  GovernorateReport: 300,
  Campaign: 60,
  CampaignAction: 60,
  WorkingGroup: 60,
  CohesionCouncil: 60,
  CouncilMeeting: 60,
  Implementation: 60,
  ImplementationUpdate: 60,
  SearchResults: 60,
  // Words for enum values: they change with a release, not with the data.
  Labels: 3600,
  Organisation: 0,
  Partnership: 0,
  Person: 0,
  Membership: 0,
  CouncilMember: 0,
  ContactDetails: 0,
  AuditTrail: 0,
  AuditEntry: 0,
};

/** Field-level exceptions (`Type.field`), stricter than the types they return. */
export const FIELD_MAX_AGE: Readonly<Record<string, number>> = {};

/** Value types that only carry their holder's data: they take the holder's age. */
const INHERITING_TYPES = new Set([
  'PageInfo',
  'Translation',
  'LocalizedString',
  'Indicator',
  'Tally',
  'ThemeTally',
  'PeopleCount',
  'UserError',
]);

/** A type's max-age: its hint; a connection's or edge's is its node type's; 'inherit' for value types; else 0. */
export function typeMaxAge(typeName: string): number | 'inherit' {
  if (TYPE_MAX_AGE[typeName] !== undefined) return TYPE_MAX_AGE[typeName];
  const node = /^(.+?)(Connection|Edge)$/.exec(typeName)?.[1];
  if (node) return TYPE_MAX_AGE[node] ?? 0;
  // One enum value's label (CampaignStatusLabel, ThemeLabel, …) is part of the Labels that hold it.
  return INHERITING_TYPES.has(typeName) || /^[A-Z]\w*Label$/.test(typeName) ? 'inherit' : 0;
}
