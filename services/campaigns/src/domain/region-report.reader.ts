import {
  type AreaFigures,
  type FigureShape,
  type ReportScope,
  areaFiguresReader,
  cellKeySql,
  governorateAreaSql,
  governorateRegionsCte,
  governorateRegionsParam,
  locatedInRegionSql,
  measureKeySql,
  noGovernorateAreaSql,
} from '@icssi/platform';
import { PARTICIPANT_MEASURES, type ParticipantMeasure } from './participant-figures';

/**
 * Where a record counts. Per region: each of its campaign's regions. Per governorate, for each of
 * the campaign's regions: a campaign in each of its governorates of that region (or the region's
 * "no governorate" area when it has none there); an action in its own governorate when that is in
 * the region, else in the region's "no governorate" area — so an action's people count in exactly
 * one area of each region.
 */
const SCOPES: Record<ReportScope, { campaignAreas: string; actionArea: string }> = {
  region: {
    campaignAreas: `unnest(c.regions) AS ca(area)`,
    actionArea: 'r.region',
  },
  governorate: {
    campaignAreas: `(SELECT g FROM unnest(c.regions) AS cr(region), unnest(c.governorate_codes) AS g WHERE ${locatedInRegionSql('g', 'cr.region')}
       UNION
       SELECT ${noGovernorateAreaSql('cr.region')} FROM unnest(c.regions) AS cr(region)
       WHERE NOT EXISTS (SELECT 1 FROM unnest(c.governorate_codes) AS g WHERE ${locatedInRegionSql('g', 'cr.region')})) AS ca(area)`,
    actionArea: governorateAreaSql('a.governorate_code', 'r.region'),
  },
};

/** The figures this subgraph counts per area and period, and how each is read from the statement's rows (area-figures.ts). */
const FIGURES = {
  campaignsByTheme: 'countsByKey',
  campaignsByStatus: 'countsByKey',
  actionsByType: 'countsByKey',
  /** Counts of people (summed head counts of actions) with their cell keys, protected only when published. */
  participants_total: 'people',
  participants_women: 'people',
  participants_youth: 'people',
} as const satisfies Record<string, FigureShape> & Record<ParticipantMeasure, 'people'>;

/** One area's campaign figures for one period (`key` is `${area}|${period key}`, the loader key). */
export type CampaignFigures = AreaFigures<typeof FIGURES>;

/** SQL: the cell key of a participant figure over the actions that recorded it. */
const participantKeySql = (measure: ParticipantMeasure) =>
  cellKeySql(`CASE WHEN ${measure} IS NOT NULL THEN ${measureKeySql('record_key', measure)} END`);

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
 * Campaign aggregates in one statement per period. A campaign counts for each of its areas when it
 * runs during the period, with its status as it stood at the period's end; its actions in the period count for the
 * same regions. Drafts and archived records are left out. Participants are the actions' head counts
 * summed, each figure's cell key the sum of the actions' keys for that figure (participant-figures.ts),
 * so a cell of one action gets exactly the action's own published figure.
 */
export const CampaignReportReader = areaFiguresReader(SCOPES, FIGURES, ({ areas, period, scope }) => ({
  sql: `WITH ${governorateRegionsCte('$4')},
       running AS (
         SELECT c.id, ${STATUS_AT_PERIOD_END} AS status, c.themes, ca.area
         FROM campaign c CROSS JOIN LATERAL ${scope.campaignAreas}
         ${STATUS_INTERVAL_AT_PERIOD_END}
         WHERE ca.area = ANY($1) AND c.status <> 'DRAFT' AND c.archived_at IS NULL
           AND (c.start_date IS NULL OR c.start_date <= $3::date) AND (c.end_date IS NULL OR c.end_date >= $2::date)
       ),
       actions AS (
         SELECT ${scope.actionArea} AS area, a.type, a.participants_total, a.participants_women, a.participants_youth, a.record_key
         FROM campaign_action a
         JOIN campaign c ON c.id = a.campaign_id AND c.status <> 'DRAFT' AND c.archived_at IS NULL
         CROSS JOIN LATERAL unnest(c.regions) AS r(region)
         WHERE a.archived_at IS NULL AND a.occurred_on BETWEEN $2::date AND $3::date
       )
       SELECT area, 'campaignsByTheme' AS metric, t.theme AS key, count(*)::int AS n, NULL::bigint AS ck
         FROM running CROSS JOIN LATERAL unnest(running.themes) AS t(theme) GROUP BY area, t.theme
       UNION ALL
       SELECT area, 'campaignsByStatus', status, count(*)::int, NULL FROM running GROUP BY area, status
       UNION ALL
       SELECT area, 'actionsByType', type, count(*)::int, NULL FROM actions WHERE area = ANY($1) GROUP BY area, type
       ${PARTICIPANT_MEASURES.map(
         (measure) => `UNION ALL
       SELECT area, '${measure}', NULL, coalesce(sum(${measure}), 0)::int, ${participantKeySql(measure)} FROM actions WHERE area = ANY($1) GROUP BY area`,
       ).join('\n       ')}`,
  params: [areas, period.from, period.to, governorateRegionsParam()],
}));
