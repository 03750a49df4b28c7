import { demoOrganisationId, demoWorkingGroupId } from '@icssi/platform';

/** A complete `CreateCampaignInput` for a planned federal campaign led by the demo transparency group; the caller names it. */
export function plannedFederalCampaign(naming: {
  idempotencyKey: string;
  slug: string;
  title: Record<string, string>;
}): Record<string, unknown> {
  return {
    ...naming,
    themes: ['TRANSPARENCY'],
    status: 'PLANNED',
    regions: ['FEDERAL_IRAQ'],
    governorateCodes: ['IQ-BG'],
    startDate: '2027-01-01',
    endDate: '2027-06-30',
    leadWorkingGroupId: demoWorkingGroupId('fi-transparency'),
    leadOrganisationId: demoOrganisationId('iraqi-social-forum-secretariat'),
  };
}
