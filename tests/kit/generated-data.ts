import { randomUUID } from 'node:crypto';
import { type TestStack } from './test-stack';

const GOVERNORATES = [
  'IQ-AN',
  'IQ-BA',
  'IQ-MU',
  'IQ-NA',
  'IQ-QA',
  'IQ-SU',
  'IQ-BB',
  'IQ-BG',
  'IQ-DA',
  'IQ-DI',
  'IQ-AR',
  'IQ-KA',
  'IQ-KI',
  'IQ-MA',
  'IQ-NI',
  'IQ-SD',
  'IQ-DQ',
  'IQ-WA',
  'IQ-HA',
];
const text = (value: string) => JSON.stringify({ en: { value, provenance: 'HUMAN' } });

/**
 * Grows a stack started without demo data to `total` working groups. Each new group gets the same
 * shape in every subgraph (keys shared across the four databases, as federation requires): a host
 * organisation in a governorate, a campaign with two actions, a forum season the organisation took
 * part in with two recommendations, one implemented by the governorate's council with two updates,
 * and that council with two seats.
 */
export async function growWorkingGroups(stack: TestStack, from: number, total: number): Promise<void> {
  const organisations = stack.subgraphs.organisations.dataSource;
  const campaigns = stack.subgraphs.campaigns.dataSource;
  const forums = stack.subgraphs['forum-seasons'].dataSource;
  const councils = stack.subgraphs['cohesion-councils'].dataSource;
  const forumId = '11111111-1111-4111-8111-111111111111';
  await forums.query(
    `INSERT INTO forum (id, slug, name, region, host_governorate_code) VALUES ($1, 'generated-forum', $2, 'FEDERAL_IRAQ', 'IQ-BG') ON CONFLICT DO NOTHING`,
    [forumId, text('Generated forum')],
  );
  for (let i = from; i < total; i += 1) {
    const governorate = GOVERNORATES[i % GOVERNORATES.length];
    const [organisationId, groupId, campaignId, seasonId, recommendationA, recommendationB] = Array.from({ length: 6 }, () => randomUUID());
    await organisations.query(
      `INSERT INTO organisation (id, slug, name, kind, home_region, headquarters_code, status, registration_status)
       VALUES ($1, $2, $3, 'YOUTH_GROUP', 'FEDERAL_IRAQ', $4, 'ACTIVE', 'INFORMAL')`,
      [organisationId, `generated-organisation-${i}`, text(`Generated organisation ${i}`), governorate],
    );
    await organisations.query(
      `INSERT INTO working_group (id, slug, name, region, host_organisation_id, status, founded_on) VALUES ($1, $2, $3, 'FEDERAL_IRAQ', $4, 'ACTIVE', '2025-01-01')`,
      [groupId, `generated-group-${i}`, text(`Generated group ${i}`), organisationId],
    );
    await campaigns.query(
      `INSERT INTO campaign (id, slug, title, status, regions, governorate_codes, start_date, lead_working_group_id, lead_organisation_id)
       VALUES ($1, $2, $3, 'ACTIVE', '{FEDERAL_IRAQ}', $4, '2026-01-01', $5, $6)`,
      [campaignId, `generated-campaign-${i}`, text(`Generated campaign ${i}`), [governorate], groupId, organisationId],
    );
    for (const day of ['2026-02-01', '2026-03-01']) {
      await campaigns.query(
        `INSERT INTO campaign_action (campaign_id, type, occurred_on, governorate_code, participants_total) VALUES ($1, 'WORKSHOP', $2, $3, 20)`,
        [campaignId, day, governorate],
      );
    }
    await forums.query(
      `INSERT INTO forum_season (id, forum_id, number, year, start_date, governorate_code, status) VALUES ($1, $2, $3, 2020, '2020-10-01', $4, 'CONCLUDED')`,
      [seasonId, forumId, i + 1, governorate],
    );
    await forums.query(`INSERT INTO forum_season_participant (season_id, organisation_id) VALUES ($1, $2)`, [seasonId, organisationId]);
    for (const [id, suffix] of [
      [recommendationA, 'a'],
      [recommendationB, 'b'],
    ]) {
      await forums.query(
        `INSERT INTO recommendation (id, slug, season_id, title, status, adopted_on) VALUES ($1, $2, $3, $4, 'ADOPTED', '2020-10-03')`,
        [id, `generated-recommendation-${i}-${suffix}`, seasonId, text(`Generated recommendation ${i}${suffix}`)],
      );
    }
    const [council] = await councils.query(`SELECT id FROM cohesion_council WHERE governorate_code = $1`, [governorate]);
    let councilId: string = council?.id;
    if (!councilId) {
      councilId = randomUUID();
      await councils.query(
        `INSERT INTO cohesion_council (id, slug, name, governorate_code, region, status) VALUES ($1, $2, $3, $4, 'FEDERAL_IRAQ', 'ACTIVE')`,
        [councilId, `generated-council-${governorate.toLowerCase()}`, text(`Council of ${governorate}`), governorate],
      );
      for (const sector of ['CIVIL_SOCIETY', 'LOCAL_AUTHORITY']) {
        await councils.query(`INSERT INTO council_member (council_id, sector) VALUES ($1, $2)`, [councilId, sector]);
      }
    }
    const implementationId = randomUUID();
    await councils.query(
      `INSERT INTO implementation (id, council_id, recommendation_id, status, progress) VALUES ($1, $2, $3, 'IN_PROGRESS', 20)`,
      [implementationId, councilId, recommendationA],
    );
    for (const [day, progress] of [
      ['2021-01-01', 10],
      ['2021-06-01', 20],
    ] as const) {
      await councils.query(
        `INSERT INTO implementation_update (implementation_id, reported_on, progress, status) VALUES ($1, $2, $3, 'IN_PROGRESS')`,
        [implementationId, day, progress],
      );
    }
  }
}
