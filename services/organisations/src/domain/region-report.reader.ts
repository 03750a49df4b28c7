import {
  type AreaFigures,
  ageBandSql,
  areaFiguresReader,
  cellKeySql,
  governorateAreaSql,
  governorateRegionsCte,
  governorateRegionsParam,
} from '@icssi/platform';

/**
 * Where a record counts: per region, its region (an organisation's home region, a working group's
 * region, a membership's group or organisation); per governorate, the governorate it is located in
 * (an organisation's headquarters, a working group's host organisation's) when that is in the same
 * region, else the region's "no governorate" area (report-areas.ts).
 */
const SCOPES = {
  region: { organisation: 'o.home_region', workingGroup: 'w.region', member: 's.region' },
  governorate: {
    organisation: governorateAreaSql('o.headquarters_code', 'o.home_region'),
    workingGroup: governorateAreaSql('wh.headquarters_code', 'w.region'),
    member: governorateAreaSql('s.located', 's.region'),
  },
} as const;

/** The figures this subgraph counts per area and period, and how each is read from the statement's rows (area-figures.ts). */
const FIGURES = {
  organisationsByKind: 'countsByKey',
  workingGroupsByTheme: 'countsByKey',
  /** Counts of people: true counts with their cell keys, protected only when published. */
  members: 'people',
  membersByGender: 'peopleByKey',
  membersByAge: 'peopleByKey',
} as const;

/** One area's figures for one period (`key` is `${area}|${period key}`, the loader key). */
export type OrganisationFigures = AreaFigures<typeof FIGURES>;

/**
 * Aggregates for reports. Everything is counted in the database (GROUP BY) in one statement per
 * period, whatever the number of records: the rows never come into memory.
 *
 * Members: people (not archived) with a membership during the period. A person counts once per
 * region, in one area: that of their earliest-starting membership of the region in the period (ties
 * by membership id), so a region's members are exactly the sum of its areas' members. Each cell
 * carries the cell key of its people (the sum of their secret record keys). Age bands are as of the
 * period's last day.
 */
export const RegionReportReader = areaFiguresReader(SCOPES, FIGURES, ({ areas, period, scope, regions }) => {
  const endYear = Number(period.to.slice(0, 4));
  return {
    sql: `WITH ${governorateRegionsCte('$5')},
       spells AS (
         SELECT m.id AS membership_id, m.person_id, m.start_date,
                coalesce(w.region, o.home_region) AS region, coalesce(wh.headquarters_code, o.headquarters_code) AS located
         FROM membership m
         LEFT JOIN working_group w ON w.id = m.working_group_id
         LEFT JOIN organisation wh ON wh.id = w.host_organisation_id
         LEFT JOIN organisation o ON o.id = m.organisation_id
         WHERE (m.start_date IS NULL OR m.start_date <= $3::date) AND (m.end_date IS NULL OR m.end_date >= $2::date)
           AND coalesce(w.region, o.home_region) = ANY($6)
       ),
       members AS (
         SELECT * FROM (
           SELECT DISTINCT ON (s.person_id, s.region) ${scope.member} AS area, p.gender, p.birth_year, p.record_key
           FROM spells s JOIN person p ON p.id = s.person_id AND p.archived_at IS NULL
           ORDER BY s.person_id, s.region, s.start_date NULLS FIRST, s.membership_id
         ) located WHERE area = ANY($1)
       )
       SELECT ${scope.organisation} AS area, 'organisationsByKind' AS metric, o.kind AS key, count(*)::int AS n, NULL::bigint AS ck
         FROM organisation o
         WHERE o.home_region = ANY($6) AND o.status <> 'ARCHIVED' AND (o.founded_year IS NULL OR o.founded_year <= $4)
         GROUP BY 1, o.kind HAVING ${scope.organisation} = ANY($1)
       UNION ALL
       SELECT ${scope.workingGroup}, 'workingGroupsByTheme', t.theme, count(*)::int, NULL
         FROM working_group w LEFT JOIN organisation wh ON wh.id = w.host_organisation_id CROSS JOIN LATERAL unnest(w.themes) AS t(theme)
         WHERE w.region = ANY($6) AND w.archived_at IS NULL AND (w.founded_on IS NULL OR w.founded_on <= $3::date)
         GROUP BY 1, t.theme HAVING ${scope.workingGroup} = ANY($1)
       UNION ALL
       SELECT area, 'members', NULL, count(*)::int, ${cellKeySql('record_key')} FROM members GROUP BY area
       UNION ALL
       SELECT area, 'membersByGender', gender, count(*)::int, ${cellKeySql('record_key')} FROM members GROUP BY area, gender
       UNION ALL
       SELECT area, 'membersByAge', ${ageBandSql('birth_year', '$4')}, count(*)::int, ${cellKeySql('record_key')} FROM members GROUP BY 1, 3`,
    params: [areas, period.from, period.to, endYear, governorateRegionsParam(), regions],
  };
});
