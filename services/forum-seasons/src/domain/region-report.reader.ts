import { type DataSource } from 'typeorm';
import {
  type ReportPeriod,
  type ReportScope,
  governorateAreaSql,
  governorateRegionsCte,
  governorateRegionsParam,
  loadAreaFigures,
  regionsOfAreas,
} from '@icssi/platform';

/** One area's forum figures for one period. */
export interface ForumFigures {
  key: string;
  seasons: number;
  sessions: number;
  participatingOrganisations: number;
  recommendationsAdoptedByTheme: Map<string, number>;
}

/** A forum season's cycle, as reports count it (see ForumSeasonCycle). */
export interface SeasonCycle {
  seasonId: string;
  from: string;
  to: string;
}

/** Where a season counts: per region, its forum's region; per governorate, where it was held when that is in the forum's region (else the region's "no governorate" area). */
const SCOPES = {
  region: { season: 'f.region' },
  governorate: { season: governorateAreaSql('s.governorate_code', 'f.region') },
} as const;

/**
 * Forum aggregates in one statement per period: the seasons of the area's forums that began in
 * the period (not archived), their sessions and participating organisations, and the
 * recommendations adopted in the period (not withdrawn since). No counts of people.
 */
export class ForumReportReader {
  constructor(private readonly dataSource: DataSource) {}

  figures(keys: readonly string[], scope: ReportScope): Promise<ForumFigures[]> {
    return loadAreaFigures(keys, (areas, period) =>
      this.forPeriod(areas, period, SCOPES[scope], scope === 'region' ? areas : regionsOfAreas(areas)),
    );
  }

  /**
   * Each season's cycle, in whole months: from the month after the one in which the forum's previous
   * season (not archived) ended — January of its year for a forum's first season — to the end of the
   * month in which the season ends. Whole months, so editing a season's days cannot slide a report of
   * people a day at a time.
   */
  async seasonCycles(ids: readonly string[]): Promise<SeasonCycle[]> {
    return this.dataSource.query(
      `SELECT s.id AS "seasonId",
              least(date_trunc('month', s.start_date)::date, coalesce(
                (SELECT (date_trunc('month', max(coalesce(p.end_date, p.start_date))) + interval '1 month')::date FROM forum_season p
                 WHERE p.forum_id = s.forum_id AND p.id <> s.id AND p.archived_at IS NULL AND p.start_date < s.start_date),
                make_date(extract(year FROM s.start_date)::int, 1, 1)))::text AS "from",
              (date_trunc('month', coalesce(s.end_date, s.start_date)) + interval '1 month' - interval '1 day')::date::text AS "to"
       FROM forum_season s WHERE s.id = ANY($1) AND s.start_date IS NOT NULL`,
      [ids],
    );
  }

  private async forPeriod(
    areas: string[],
    period: ReportPeriod,
    scope: (typeof SCOPES)[ReportScope],
    regions: string[],
  ): Promise<ForumFigures[]> {
    const rows: Array<{ area: string; metric: string; key: string | null; n: number }> = await this.dataSource.query(
      `WITH ${governorateRegionsCte('$5')},
       seasons AS (
         SELECT s.id, ${scope.season} AS area FROM forum_season s JOIN forum f ON f.id = s.forum_id
         WHERE f.region = ANY($4) AND s.archived_at IS NULL
           AND coalesce(s.start_date, make_date(s.year, 1, 1)) BETWEEN $2::date AND $3::date
       )
       SELECT area, 'seasons' AS metric, NULL AS key, count(*)::int AS n FROM seasons WHERE area = ANY($1) GROUP BY area
       UNION ALL
       SELECT seasons.area, 'sessions', NULL, count(*)::int
         FROM forum_session fs JOIN seasons ON seasons.id = fs.season_id WHERE fs.archived_at IS NULL AND seasons.area = ANY($1) GROUP BY seasons.area
       UNION ALL
       SELECT seasons.area, 'participatingOrganisations', NULL, count(DISTINCT p.organisation_id)::int
         FROM forum_season_participant p JOIN seasons ON seasons.id = p.season_id WHERE seasons.area = ANY($1) GROUP BY seasons.area
       UNION ALL
       SELECT ${scope.season}, 'recommendationsAdoptedByTheme', t.theme, count(*)::int
         FROM recommendation r JOIN forum_season s ON s.id = r.season_id JOIN forum f ON f.id = s.forum_id
         CROSS JOIN LATERAL unnest(r.themes) AS t(theme)
         WHERE f.region = ANY($4) AND r.status <> 'WITHDRAWN' AND r.adopted_on BETWEEN $2::date AND $3::date
         GROUP BY 1, t.theme`,
      [areas, period.from, period.to, regions, governorateRegionsParam()],
    );
    return areas.map((area) => {
      const figures: ForumFigures = {
        key: `${area}|${period.key}`,
        seasons: 0,
        sessions: 0,
        participatingOrganisations: 0,
        recommendationsAdoptedByTheme: new Map(),
      };
      for (const row of rows.filter((candidate) => candidate.area === area)) {
        if (row.metric === 'recommendationsAdoptedByTheme') figures.recommendationsAdoptedByTheme.set(row.key as string, row.n);
        else figures[row.metric as 'seasons' | 'sessions' | 'participatingOrganisations'] = row.n;
      }
      return figures;
    });
  }
}
