import { DataSource } from 'typeorm';
import { ReportPeriod, ReportScope, loadAreaFigures } from '@icssi/platform';

/** One region's campaign figures for one period. */
export interface CampaignFigures {
  key: string;
  campaignsByTheme: Map<string, number>;
  campaignsByStatus: Map<string, number>;
  actionsByType: Map<string, number>;
  participants: number;
  participantsWomen: number;
  participantsYouth: number;
}

/** Where a record counts: per region, each of its campaign's regions; per governorate, the campaign's governorates and the action's own. */
const SCOPES = {
  region: { campaign: 'c.regions', action: 'c.regions' },
  governorate: { campaign: 'c.governorate_codes', action: 'ARRAY[a.governorate_code]' },
} as const;

/**
 * A campaign's status as it stood at the end of the period's last day in Iraq (today for a period
 * not over yet): the editor's status of that moment from the status history, or, where it followed
 * the calendar (or was still a draft), what the dates say on that day (domain/campaign-status.ts).
 */
const AS_OF_DAY = `LEAST($3::date, iraq_today())`;
const STATUS_INTERVAL_AT_PERIOD_END = `JOIN campaign_status_interval h ON h.campaign_id = c.id
           AND h.valid_from < ((${AS_OF_DAY} + 1)::timestamp AT TIME ZONE 'Asia/Baghdad')
           AND (h.valid_to IS NULL OR h.valid_to >= ((${AS_OF_DAY} + 1)::timestamp AT TIME ZONE 'Asia/Baghdad'))`;
const STATUS_AT_PERIOD_END = `CASE WHEN h.status = 'DRAFT' THEN campaign_calendar_status(c.start_date, c.end_date, ${AS_OF_DAY})
           ELSE campaign_status_on(h.status, h.follows_calendar, c.start_date, c.end_date, ${AS_OF_DAY}) END`;

/**
 * Campaign aggregates in one statement per period. A campaign counts for each of its regions when it
 * runs during the period, with its status as it stood at the period's end; its actions in the period
 * count for the same regions. Drafts and archived records are left out.
 */
export class CampaignReportReader {
  constructor(private readonly dataSource: DataSource) {}

  figures(keys: readonly string[], scope: ReportScope): Promise<CampaignFigures[]> {
    return loadAreaFigures(keys, (areas, period) => this.forPeriod(areas, period, SCOPES[scope]));
  }

  private async forPeriod(areas: string[], period: ReportPeriod, scope: (typeof SCOPES)[ReportScope]): Promise<CampaignFigures[]> {
    const rows: Array<{ region: string; metric: string; key: string | null; n: number }> = await this.dataSource.query(
      `WITH running AS (
         SELECT c.id, ${STATUS_AT_PERIOD_END} AS status, c.themes, r.region
         FROM campaign c CROSS JOIN LATERAL unnest(${scope.campaign}) AS r(region)
         ${STATUS_INTERVAL_AT_PERIOD_END}
         WHERE r.region = ANY($1) AND c.status <> 'DRAFT' AND c.archived_at IS NULL
           AND (c.start_date IS NULL OR c.start_date <= $3::date) AND (c.end_date IS NULL OR c.end_date >= $2::date)
       ),
       actions AS (
         SELECT r.region, a.type, a.participants_total, a.participants_women, a.participants_youth
         FROM campaign_action a
         JOIN campaign c ON c.id = a.campaign_id AND c.status <> 'DRAFT' AND c.archived_at IS NULL
         CROSS JOIN LATERAL unnest(${scope.action}) AS r(region)
         WHERE r.region = ANY($1) AND a.archived_at IS NULL AND a.occurred_on BETWEEN $2::date AND $3::date
       )
       SELECT region, 'campaignsByTheme' AS metric, t.theme AS key, count(*)::int AS n
         FROM running CROSS JOIN LATERAL unnest(running.themes) AS t(theme) GROUP BY region, t.theme
       UNION ALL
       SELECT region, 'campaignsByStatus', status, count(*)::int FROM running GROUP BY region, status
       UNION ALL
       SELECT region, 'actionsByType', type, count(*)::int FROM actions GROUP BY region, type
       UNION ALL
       SELECT region, 'participants', NULL, coalesce(sum(participants_total), 0)::int FROM actions GROUP BY region
       UNION ALL
       SELECT region, 'participantsWomen', NULL, coalesce(sum(participants_women), 0)::int FROM actions GROUP BY region
       UNION ALL
       SELECT region, 'participantsYouth', NULL, coalesce(sum(participants_youth), 0)::int FROM actions GROUP BY region`,
      [areas, period.from, period.to],
    );
    return areas.map((region) => {
      const figures: CampaignFigures = {
        key: `${region}|${period.key}`,
        campaignsByTheme: new Map(),
        campaignsByStatus: new Map(),
        actionsByType: new Map(),
        participants: 0,
        participantsWomen: 0,
        participantsYouth: 0,
      };
      for (const row of rows.filter((candidate) => candidate.region === region)) {
        if (row.metric === 'participants' || row.metric === 'participantsWomen' || row.metric === 'participantsYouth') figures[row.metric] = row.n;
        else (figures[row.metric as 'campaignsByTheme' | 'campaignsByStatus' | 'actionsByType']).set(row.key as string, row.n);
      }
      return figures;
    });
  }
}
