import { DataSource } from 'typeorm';
import { ReportPeriod, ReportScope, loadAreaFigures } from '@icssi/platform';

/** One region's forum figures for one period. */
export interface ForumFigures {
  key: string;
  seasons: number;
  sessions: number;
  participatingOrganisations: number;
  recommendationsAdoptedByTheme: Map<string, number>;
}

/** Where a season counts: per region, its forum's region; per governorate, where it was held. */
const SCOPES = {
  region: { season: 'f.region' },
  governorate: { season: 's.governorate_code' },
} as const;

/**
 * Forum aggregates in one statement per period: the seasons of the region's forums that began in
 * the period (not archived), their sessions and participating organisations, and the
 * recommendations adopted in the period (not withdrawn since).
 */
export class ForumReportReader {
  constructor(private readonly dataSource: DataSource) {}

  figures(keys: readonly string[], scope: ReportScope): Promise<ForumFigures[]> {
    return loadAreaFigures(keys, (areas, period) => this.forPeriod(areas, period, SCOPES[scope]));
  }

  private async forPeriod(areas: string[], period: ReportPeriod, scope: (typeof SCOPES)[ReportScope]): Promise<ForumFigures[]> {
    const rows: Array<{ region: string; metric: string; key: string | null; n: number }> = await this.dataSource.query(
      `WITH seasons AS (
         SELECT s.id, ${scope.season} AS region FROM forum_season s JOIN forum f ON f.id = s.forum_id
         WHERE ${scope.season} = ANY($1) AND s.archived_at IS NULL
           AND coalesce(s.start_date, make_date(s.year, 1, 1)) BETWEEN $2::date AND $3::date
       )
       SELECT region, 'seasons' AS metric, NULL AS key, count(*)::int AS n FROM seasons GROUP BY region
       UNION ALL
       SELECT seasons.region, 'sessions', NULL, count(*)::int
         FROM forum_session fs JOIN seasons ON seasons.id = fs.season_id WHERE fs.archived_at IS NULL GROUP BY seasons.region
       UNION ALL
       SELECT seasons.region, 'participatingOrganisations', NULL, count(DISTINCT p.organisation_id)::int
         FROM forum_season_participant p JOIN seasons ON seasons.id = p.season_id GROUP BY seasons.region
       UNION ALL
       SELECT ${scope.season}, 'recommendationsAdoptedByTheme', t.theme, count(*)::int
         FROM recommendation r JOIN forum_season s ON s.id = r.season_id JOIN forum f ON f.id = s.forum_id
         CROSS JOIN LATERAL unnest(r.themes) AS t(theme)
         WHERE ${scope.season} = ANY($1) AND r.status <> 'WITHDRAWN' AND r.adopted_on BETWEEN $2::date AND $3::date
         GROUP BY 1, t.theme`,
      [areas, period.from, period.to],
    );
    return areas.map((region) => {
      const figures: ForumFigures = { key: `${region}|${period.key}`, seasons: 0, sessions: 0, participatingOrganisations: 0, recommendationsAdoptedByTheme: new Map() };
      for (const row of rows.filter((candidate) => candidate.region === region)) {
        if (row.metric === 'recommendationsAdoptedByTheme') figures.recommendationsAdoptedByTheme.set(row.key as string, row.n);
        else figures[row.metric as 'seasons' | 'sessions' | 'participatingOrganisations'] = row.n;
      }
      return figures;
    });
  }
}
