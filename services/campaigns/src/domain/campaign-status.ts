/**
 * Campaign statuses that follow the calendar.
 *
 * A campaign stores the status an editor chose and whether it follows the calendar
 * (`status_follows_calendar`). DRAFT and CANCELLED are always as stored (the dates cannot say them).
 * Otherwise, while it follows the calendar, its status is what its dates say on the day: PLANNED
 * before the first day (or without a first day), ACTIVE from the first to the last day, COMPLETED
 * after the last day. An editor who sets PLANNED, ACTIVE or COMPLETED against the dates overrides
 * the calendar until the status is set again or `followCalendar: true` clears the override.
 * Days are Iraq's calendar days (Asia/Baghdad, UTC+3 all year).
 *
 * The SQL functions of migration 1765100100000 (campaign_calendar_status, campaign_status_on,
 * iraq_today) say the same; a test checks that both agree.
 */

/** The life-cycle state of a campaign (stored as chosen; what it is on a day: the rules here). */
export enum CampaignStatus {
  DRAFT = 'DRAFT',
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export const IRAQ_TIME_ZONE = 'Asia/Baghdad';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: IRAQ_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Iraq, YYYY-MM-DD. */
export function iraqToday(now: Date = new Date()): string {
  return dayFormat.format(now);
}

/** What a campaign's dates say on a day (dates as YYYY-MM-DD, which compare as text). */
export function calendarStatus(startDate: string | null, endDate: string | null, day: string): CampaignStatus {
  if (!startDate || startDate > day) return CampaignStatus.PLANNED;
  if (endDate && endDate < day) return CampaignStatus.COMPLETED;
  return CampaignStatus.ACTIVE;
}

/** Statuses no calendar gives: they stay as an editor set them. */
export function isEditorOnlyStatus(status: CampaignStatus): boolean {
  return status === CampaignStatus.DRAFT || status === CampaignStatus.CANCELLED;
}

export interface CampaignStatusState {
  status: CampaignStatus;
  statusFollowsCalendar: boolean;
  startDate: string | null;
  endDate: string | null;
}

/** Whether the status is the calendar's (not DRAFT, CANCELLED or an editor's override). */
export function followsCalendar(campaign: CampaignStatusState): boolean {
  return campaign.statusFollowsCalendar && !isEditorOnlyStatus(campaign.status);
}

/** A campaign's status on a day (today unless given). */
export function campaignStatusOn(campaign: CampaignStatusState, day: string = iraqToday()): CampaignStatus {
  return followsCalendar(campaign) ? calendarStatus(campaign.startDate, campaign.endDate, day) : campaign.status;
}

/** SQL for a campaign's status today, over a campaign row aliased `alias`. */
export function campaignStatusSql(alias: string): string {
  return `campaign_status_on(${alias}.status, ${alias}.status_follows_calendar, ${alias}.start_date, ${alias}.end_date, iraq_today())`;
}

/**
 * What to store when an editor sets a status (or leaves it out on create): a status equal to what the
 * dates say today follows the calendar from then on; another PLANNED/ACTIVE/COMPLETED is an explicit
 * override; DRAFT and CANCELLED are stored as they are.
 */
export function storedStatus(
  requested: CampaignStatus,
  startDate: string | null,
  endDate: string | null,
  today: string = iraqToday(),
): { status: CampaignStatus; statusFollowsCalendar: boolean } {
  if (isEditorOnlyStatus(requested)) return { status: requested, statusFollowsCalendar: false };
  return { status: requested, statusFollowsCalendar: requested === calendarStatus(startDate, endDate, today) };
}
