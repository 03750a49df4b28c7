import {
  type AreaFigures,
  areaFiguresReader,
  cellKeySql,
  governorateAreaSql,
  governorateRegionsCte,
  governorateRegionsParam,
} from '@icssi/platform';

/** Where a council counts: its region, or its governorate when that is in its region (else the region's "no governorate" area). */
const SCOPES = {
  region: { council: 'c.region' },
  governorate: { council: governorateAreaSql('c.governorate_code', 'c.region') },
} as const;

/** The council figures counted per area and period, and how each is read from the statement's rows (area-figures.ts). */
const FIGURES = {
  councilsByStatus: 'countsByKey',
  /** Seats (counts of people) with their cell keys, protected only when published. */
  councilMembers: 'people',
  councilMembersBySector: 'peopleByKey',
  implementationsByStatus: 'countsByKey',
  averageProgress: 'numberOrNull',
  recommendationsImplemented: 'number',
} as const;

/** One area's council figures for one period (`key` is `${area}|${period key}`, the loader key). */
export type CouncilFigures = AreaFigures<typeof FIGURES>;

/**
 * Council aggregates in one statement per period. Councils established by the end of the period;
 * seats held at some time in it (a seat is a record of its own with a secret record key: the
 * cells of seats carry the sum of their keys); implementations committed by its end, with the status and progress
 * of their latest timeline step on or before that day (their current ones when none was reported).
 */
export const CouncilReportReader = areaFiguresReader(SCOPES, FIGURES, ({ areas, period, scope, regions }) => ({
  sql: `WITH ${governorateRegionsCte('$5')},
       scoped AS (
         SELECT c.id, ${scope.council} AS region, c.status FROM cohesion_council c
         WHERE c.region = ANY($4) AND c.archived_at IS NULL AND (c.established_on IS NULL OR c.established_on <= $3::date)
       ),
       councils AS (SELECT * FROM scoped WHERE region = ANY($1)),
       seats AS (
         SELECT councils.region, m.sector, m.record_key FROM council_member m JOIN councils ON councils.id = m.council_id
         WHERE (m.start_date IS NULL OR m.start_date <= $3::date) AND (m.end_date IS NULL OR m.end_date >= $2::date)
       ),
       implementations AS (
         SELECT councils.region, i.recommendation_id,
                coalesce(latest.status, i.status) AS status, coalesce(latest.progress, i.progress) AS progress
         FROM implementation i JOIN councils ON councils.id = i.council_id
         LEFT JOIN LATERAL (
           SELECT u.status, u.progress FROM implementation_update u
           WHERE u.implementation_id = i.id AND u.reported_on <= $3::date ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1
         ) latest ON TRUE
         -- Committed by the end of the period: recorded by then, or already reporting progress by then.
         WHERE i.archived_at IS NULL AND (i.created_at::date <= $3::date OR latest.status IS NOT NULL)
       )
       SELECT region AS area, 'councilsByStatus' AS metric, status AS key, count(*)::float8 AS n, NULL::bigint AS ck FROM councils GROUP BY region, status
       UNION ALL
       SELECT region, 'councilMembers', NULL, count(*)::float8, ${cellKeySql('record_key')} FROM seats GROUP BY region
       UNION ALL
       SELECT region, 'councilMembersBySector', sector, count(*)::float8, ${cellKeySql('record_key')} FROM seats GROUP BY region, sector
       UNION ALL
       SELECT region, 'implementationsByStatus', status, count(*)::float8, NULL FROM implementations GROUP BY region, status
       UNION ALL
       SELECT region, 'averageProgress', NULL, round(avg(progress)::numeric, 1)::float8, NULL FROM implementations GROUP BY region
       UNION ALL
       SELECT region, 'recommendationsImplemented', NULL, count(DISTINCT recommendation_id)::float8, NULL
         FROM implementations WHERE status = 'IMPLEMENTED' GROUP BY region`,
  params: [areas, period.from, period.to, regions, governorateRegionsParam()],
}));
