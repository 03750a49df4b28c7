import { DataSource } from 'typeorm';
import { ReportPeriod, ReportScope, loadAreaFigures } from '@icssi/platform';

/** One region's figures for one period, as counted by this subgraph. */
export interface OrganisationFigures {
  /** `${region}|${period key}`, the loader key. */
  key: string;
  organisationsByKind: Map<string, number>;
  workingGroupsByTheme: Map<string, number>;
  members: number;
  membersByGender: Map<string, number>;
  membersByAge: Map<string, number>;
}

/**
 * Where a record counts: per region, its home region; per governorate, the headquarters of the
 * organisation (of a working group: of its host organisation).
 */
const SCOPES = {
  region: { organisation: 'o.home_region', workingGroup: 'w.region', member: 'coalesce(w.region, o.home_region)' },
  governorate: { organisation: 'o.headquarters_code', workingGroup: 'wh.headquarters_code', member: 'coalesce(wh.headquarters_code, o.headquarters_code)' },
} as const;

/**
 * Aggregates for reports. Everything is counted in the database (GROUP BY) in one statement per
 * period, whatever the number of records: the rows never come into memory.
 * Youth: aged 15–29 at the end of the period (from the birth year).
 */
export class RegionReportReader {
  constructor(private readonly dataSource: DataSource) {}

  figures(keys: readonly string[], scope: ReportScope): Promise<OrganisationFigures[]> {
    return loadAreaFigures(keys, (areas, period) => this.forPeriod(areas, period, SCOPES[scope]));
  }

  private async forPeriod(areas: string[], period: ReportPeriod, scope: (typeof SCOPES)[ReportScope]): Promise<OrganisationFigures[]> {
    const endYear = Number(period.to.slice(0, 4));
    const rows: Array<{ region: string; metric: keyof OrganisationFigures; key: string | null; n: number }> = await this.dataSource.query(
      `WITH members AS (
         SELECT DISTINCT ${scope.member} AS region, p.id, p.gender, p.birth_year
         FROM membership m
         JOIN person p ON p.id = m.person_id AND p.archived_at IS NULL
         LEFT JOIN working_group w ON w.id = m.working_group_id
         LEFT JOIN organisation wh ON wh.id = w.host_organisation_id
         LEFT JOIN organisation o ON o.id = m.organisation_id
         WHERE ${scope.member} = ANY($1)
           AND (m.start_date IS NULL OR m.start_date <= $3::date) AND (m.end_date IS NULL OR m.end_date >= $2::date)
       )
       SELECT ${scope.organisation} AS region, 'organisationsByKind' AS metric, o.kind AS key, count(*)::int AS n
         FROM organisation o
         WHERE ${scope.organisation} = ANY($1) AND o.status <> 'ARCHIVED' AND (o.founded_year IS NULL OR o.founded_year <= $4)
         GROUP BY 1, o.kind
       UNION ALL
       SELECT ${scope.workingGroup}, 'workingGroupsByTheme', t.theme, count(*)::int
         FROM working_group w LEFT JOIN organisation wh ON wh.id = w.host_organisation_id CROSS JOIN LATERAL unnest(w.themes) AS t(theme)
         WHERE ${scope.workingGroup} = ANY($1) AND w.archived_at IS NULL AND (w.founded_on IS NULL OR w.founded_on <= $3::date)
         GROUP BY 1, t.theme
       UNION ALL
       SELECT region, 'members', NULL, count(*)::int FROM members GROUP BY region
       UNION ALL
       SELECT region, 'membersByGender', coalesce(gender, 'UNKNOWN'), count(*)::int FROM members GROUP BY region, coalesce(gender, 'UNKNOWN')
       UNION ALL
       SELECT region, 'membersByAge',
              CASE WHEN birth_year IS NULL THEN 'UNKNOWN' WHEN birth_year BETWEEN $4 - 29 AND $4 - 15 THEN 'YOUTH' ELSE 'OTHER' END,
              count(*)::int
         FROM members GROUP BY 1, 3`,
      [areas, period.from, period.to, endYear],
    );
    return areas.map((region) => {
      const figures: OrganisationFigures = {
        key: `${region}|${period.key}`,
        organisationsByKind: new Map(),
        workingGroupsByTheme: new Map(),
        members: 0,
        membersByGender: new Map(),
        membersByAge: new Map(),
      };
      for (const row of rows.filter((candidate) => candidate.region === region)) {
        if (row.metric === 'members') figures.members = row.n;
        else (figures[row.metric] as Map<string, number>).set(row.key as string, row.n);
      }
      return figures;
    });
  }
}
