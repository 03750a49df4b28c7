import { campaignStatusOn, calendarStatus, followsCalendar, iraqToday, storedStatus } from '../src/domain/campaign-status';
import { CampaignStatus } from '../src/types/campaign-status.enum';

/** The calendar rule of campaign statuses (docs/architecture.md §3), without a database. */
describe('campaign statuses that follow the calendar', () => {
  it('says PLANNED before the first day or without one, ACTIVE through the last day, COMPLETED after it', () => {
    expect(calendarStatus('2026-03-01', '2026-03-31', '2026-02-28')).toBe(CampaignStatus.PLANNED);
    expect(calendarStatus(null, null, '2026-02-28')).toBe(CampaignStatus.PLANNED);
    expect(calendarStatus('2026-03-01', '2026-03-31', '2026-03-01')).toBe(CampaignStatus.ACTIVE);
    expect(calendarStatus('2026-03-01', '2026-03-31', '2026-03-31')).toBe(CampaignStatus.ACTIVE);
    expect(calendarStatus('2026-03-01', null, '2030-01-01')).toBe(CampaignStatus.ACTIVE);
    expect(calendarStatus('2026-03-01', '2026-03-31', '2026-04-01')).toBe(CampaignStatus.COMPLETED);
  });

  it('counts days in Iraq (UTC+3): 22:00 UTC is already the next day there', () => {
    expect(iraqToday(new Date('2026-12-31T20:59:59Z'))).toBe('2026-12-31');
    expect(iraqToday(new Date('2026-12-31T21:00:00Z'))).toBe('2027-01-01');
  });

  it('keeps DRAFT and CANCELLED and an editor’s override as stored', () => {
    const dates = { startDate: '2026-01-01', endDate: '2026-01-31' };
    expect(campaignStatusOn({ status: CampaignStatus.CANCELLED, statusFollowsCalendar: true, ...dates }, '2026-01-15')).toBe(
      CampaignStatus.CANCELLED,
    );
    expect(campaignStatusOn({ status: CampaignStatus.DRAFT, statusFollowsCalendar: true, ...dates }, '2026-01-15')).toBe(
      CampaignStatus.DRAFT,
    );
    expect(campaignStatusOn({ status: CampaignStatus.ACTIVE, statusFollowsCalendar: false, ...dates }, '2026-06-01')).toBe(
      CampaignStatus.ACTIVE,
    );
    expect(campaignStatusOn({ status: CampaignStatus.ACTIVE, statusFollowsCalendar: true, ...dates }, '2026-06-01')).toBe(
      CampaignStatus.COMPLETED,
    );
    expect(followsCalendar({ status: CampaignStatus.CANCELLED, statusFollowsCalendar: true, ...dates })).toBe(false);
  });

  it('stores a status that agrees with the dates as following the calendar, and any other as an override', () => {
    expect(storedStatus(CampaignStatus.ACTIVE, '2026-01-01', '2026-12-31', '2026-06-01')).toEqual({
      status: CampaignStatus.ACTIVE,
      statusFollowsCalendar: true,
    });
    expect(storedStatus(CampaignStatus.COMPLETED, '2026-01-01', '2026-12-31', '2026-06-01')).toEqual({
      status: CampaignStatus.COMPLETED,
      statusFollowsCalendar: false,
    });
    expect(storedStatus(CampaignStatus.CANCELLED, '2026-01-01', '2026-12-31', '2026-06-01')).toEqual({
      status: CampaignStatus.CANCELLED,
      statusFollowsCalendar: false,
    });
  });
});
