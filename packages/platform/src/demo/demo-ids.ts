import { demoId } from '../ids/demo-id';

/**
 * Ids of the demo records that more than one service refers to, so each service's seed can point
 * at another service's records by key without reading its database.
 */
export const DEMO_ORGANISATION_SLUGS = [
  'icssi',
  'iraqi-social-forum-secretariat',
  'kurdistan-social-forum-secretariat',
  'peace-and-freedom-organization',
  'european-commission',
] as const;
export type DemoOrganisationSlug = (typeof DEMO_ORGANISATION_SLUGS)[number];

export const DEMO_WORKING_GROUP_SLUGS = [
  'fi-transparency',
  'fi-peacebuilding',
  'fi-democratic-governance',
  'fi-womens-participation',
  'fi-civil-peace',
  'kr-transparency',
  'kr-peacebuilding',
  'kr-democratic-governance',
  'kr-womens-participation',
  'kr-freedom-of-expression',
] as const;
export type DemoWorkingGroupSlug = (typeof DEMO_WORKING_GROUP_SLUGS)[number];

export const DEMO_RECOMMENDATION_SLUGS = [
  'isf3-civil-peace-councils',
  'isf3-youth-in-local-dialogue',
  'isf3-women-in-councils',
  'ksf1-freedom-of-expression',
  'ksf1-coexistence-education',
] as const;
export type DemoRecommendationSlug = (typeof DEMO_RECOMMENDATION_SLUGS)[number];

/** The three-year, EU-funded youth civil-society project of the source text. */
export const DEMO_PROGRAMME_SLUG = 'youth-civil-society-2025-2027';

export const demoOrganisationId = (slug: DemoOrganisationSlug): string => demoId('organisation', slug);
export const demoWorkingGroupId = (slug: DemoWorkingGroupSlug): string => demoId('working-group', slug);
export const demoRecommendationId = (slug: DemoRecommendationSlug): string => demoId('recommendation', slug);
export const demoProgrammeId = (slug: typeof DEMO_PROGRAMME_SLUG = DEMO_PROGRAMME_SLUG): string => demoId('programme', slug);

/** Demo people are keyed `person-1` … `person-21` (fictional; see the organisations seed). */
export const demoPersonId = (key: string): string => demoId('person', key);
