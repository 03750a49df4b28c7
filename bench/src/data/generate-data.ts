import { type Client } from 'pg';
import { withClient } from './pg-client';

/**
 * Generated data on top of the demo data, in "units": one unit is one organisation hosting one
 * working group that leads 10 campaigns with 10 actions each, takes part in a forum season with two
 * recommendations, holds a seat in its governorate's council, which meets and implements one of the
 * recommendations with a three-step timeline. Scale s = 10·s units: at scale 100 that is 1,000
 * organisations, 1,000 working groups, 10,000 campaigns, 100,000 actions, 1,000 seasons, 2,000
 * recommendations and 19 councils (one per governorate) with 1,000 seats, meetings and implementations.
 *
 * Set-based SQL (generate_series) with ids derived from the unit number, so the same keys exist in
 * every database, as federation requires, and growing from scale 10 to 100 adds units 100…999.
 */
export const UNITS_PER_SCALE = 10;

export interface ScaleDatabases {
  organisations: string;
  campaigns: string;
  'forum-seasons': string;
  'cohesion-councils': string;
}

const THEMES = [
  'TRANSPARENCY',
  'PEACEBUILDING',
  'DEMOCRATIC_GOVERNANCE',
  'WOMENS_PARTICIPATION',
  'FREEDOM_OF_EXPRESSION',
  'HUMAN_RIGHTS',
  'CIVIL_PEACE_AND_COEXISTENCE',
  'YOUTH_PARTICIPATION',
];
const ACTION_TYPES = ['PUBLIC_EVENT', 'MEDIA', 'WORKSHOP', 'TRAINING', 'CULTURAL_EVENT', 'PETITION', 'ADVOCACY_MEETING'];
const CAMPAIGN_STATUSES = ['ACTIVE', 'PLANNED', 'COMPLETED'];
const SECTORS = ['CIVIL_SOCIETY', 'LOCAL_AUTHORITY', 'TRIBAL_LEADER', 'WOMEN_REPRESENTATIVE', 'RELIGIOUS_LEADER', 'YOUTH_REPRESENTATIVE'];
// Words in the four languages, so searches find generated campaigns in every script.
const WORDS = [
  ['peace', 'سلام', 'ئاشتی', 'aştî'],
  ['budget', 'موازنة', 'بودجە', 'budçe'],
  ['youth', 'شباب', 'گەنجان', 'ciwan'],
  ['women', 'نساء', 'ئافرەتان', 'jin'],
  ['schools', 'مدارس', 'قوتابخانە', 'dibistan'],
  ['dialogue', 'حوار', 'گفتوگۆ', 'diyalog'],
  ['water', 'مياه', 'ئاو', 'av'],
  ['elections', 'انتخابات', 'هەڵبژاردن', 'hilbijartin'],
];

/** SQL for a localized jsonb value built from unit `n` (`i` is the SQL expression of the number). */
function localizedSql(prefix: [string, string, string, string], i: string, wordIndex: string): string {
  const word = (locale: number) => `(ARRAY[${WORDS.map((w) => `'${w[locale]}'`).join(',')}])[1 + (${wordIndex}) % ${WORDS.length}]`;
  const value = (locale: number) => `'${prefix[locale]} ' || ${word(locale)} || ' ' || ${i}`;
  return `jsonb_build_object(
    'en', jsonb_build_object('value', ${value(0)}, 'provenance', 'HUMAN'),
    'ar', jsonb_build_object('value', ${value(1)}, 'provenance', 'HUMAN'),
    'ckb', jsonb_build_object('value', ${value(2)}, 'provenance', 'MACHINE'),
    'kmr', jsonb_build_object('value', ${value(3)}, 'provenance', 'MACHINE'))`;
}

const uuid = (kind: string, expression: string) => `md5('icssi-bench-${kind}-' || ${expression})::uuid`;
const pick = (values: string[], expression: string) =>
  `(ARRAY[${values.map((v) => `'${v}'`).join(',')}])[1 + (${expression}) % ${values.length}]`;

// Each database's part in one transaction: a failed run leaves no half-generated scale behind.
const inTransaction = <T>(url: string, work: (client: Client) => Promise<T>) => withClient(url, work, { transaction: true });

/** Adds units [from, to) to the four databases. */
export async function generateUnits(databases: ScaleDatabases, from: number, to: number): Promise<void> {
  if (to <= from) return;
  const governorates = await inTransaction(databases.organisations, async (client) => {
    const { rows } = await client.query<{ code: string; region: string }>('SELECT code, region FROM governorate ORDER BY code');
    return rows;
  });
  // Units alternate between the regions, so both region pages grow alike.
  const federal = governorates.filter((g) => g.region === 'FEDERAL_IRAQ').map((g) => g.code);
  const kurdistan = governorates.filter((g) => g.region === 'KURDISTAN_REGION').map((g) => g.code);
  const region = `(CASE WHEN i % 2 = 0 THEN 'FEDERAL_IRAQ' ELSE 'KURDISTAN_REGION' END)`;
  const governorate = `(CASE WHEN i % 2 = 0 THEN ${pick(federal, 'i / 2')} ELSE ${pick(kurdistan, 'i / 2')} END)`;
  const units = `generate_series(${from}, ${to - 1}) AS i`;

  await inTransaction(databases.organisations, async (client) => {
    await client.query(`INSERT INTO organisation (id, slug, name, kind, home_region, headquarters_code, themes, founded_year, status, registration_status)
      SELECT ${uuid('organisation', 'i')}, 'bench-organisation-' || i, ${localizedSql(['Organisation for', 'منظمة', 'ڕێکخراوی', 'Rêxistina'], 'i', 'i')},
        ${pick(['CIVIL_SOCIETY_ORGANISATION', 'YOUTH_GROUP', 'NETWORK', 'MEDIA'], 'i')}, ${region}, ${governorate},
        ARRAY[${pick(THEMES, 'i')}], 2000 + i % 25, 'ACTIVE', ${pick(['REGISTERED', 'INFORMAL'], 'i')}
      FROM ${units}`);
    await client.query(
      `INSERT INTO organisation_governorate (organisation_id, governorate_code) SELECT ${uuid('organisation', 'i')}, ${governorate} FROM ${units}`,
    );
    await client.query(`INSERT INTO working_group (id, slug, name, themes, region, host_organisation_id, status, founded_on)
      SELECT ${uuid('group', 'i')}, 'bench-group-' || i, ${localizedSql(['Working group for', 'مجموعة عمل', 'گرووپی کار', 'Koma kar'], 'i', 'i + 3')},
        ARRAY[${pick(THEMES, 'i')}, ${pick(THEMES, 'i + 1')}], ${region}, ${uuid('organisation', 'i')}, 'ACTIVE', DATE '2020-01-01' + (i % 1500)
      FROM ${units}`);
  });

  await inTransaction(databases.campaigns, async (client) => {
    // 10 campaigns per unit: c = 10·i + k.
    await client.query(`INSERT INTO campaign (id, slug, title, themes, status, regions, governorate_codes, start_date, lead_working_group_id, lead_organisation_id)
      SELECT ${uuid('campaign', 'c')}, 'bench-campaign-' || c, ${localizedSql(['Campaign for', 'حملة', 'هەڵمەتی', 'Kampanya'], 'c', 'c')},
        ARRAY[${pick(THEMES, 'c')}], ${pick(CAMPAIGN_STATUSES, 'c')}, ARRAY[${region}], ARRAY[${governorate}],
        DATE '2024-01-01' + (c % 1000), ${uuid('group', 'i')}, ${uuid('organisation', 'i')}
      FROM ${units}, generate_series(0, 9) AS k, LATERAL (SELECT i * 10 + k AS c) AS numbered`);
    // 10 actions per campaign.
    await client.query(`INSERT INTO campaign_action (campaign_id, type, occurred_on, governorate_code, participants_total, participants_women, participants_youth)
      SELECT ${uuid('campaign', 'c')}, ${pick(ACTION_TYPES, 'c + a')}, DATE '2024-01-01' + ((c * 7 + a * 13) % 1000), ${governorate},
        10 + (c + a) % 90, (10 + (c + a) % 90) / 2, (10 + (c + a) % 90) / 3
      FROM ${units}, generate_series(0, 9) AS k, generate_series(0, 9) AS a, LATERAL (SELECT i * 10 + k AS c) AS numbered`);
  });

  await inTransaction(databases['forum-seasons'], async (client) => {
    const forums = await client.query<{ id: string; region: string }>(
      `SELECT id, region FROM forum WHERE archived_at IS NULL ORDER BY slug`,
    );
    const forumOf = (name: string) => forums.rows.find((f) => f.region === name)?.id ?? forums.rows[0]?.id;
    const forum = `(CASE WHEN i % 2 = 0 THEN '${forumOf('FEDERAL_IRAQ')}' ELSE '${forumOf('KURDISTAN_REGION')}' END)::uuid`;
    await client.query(`INSERT INTO forum_season (id, forum_id, number, year, start_date, end_date, governorate_code, status)
      SELECT ${uuid('season', 'i')}, ${forum}, 1000 + i, 2024 + i % 3, DATE '2024-03-01' + (i % 3) * 365, DATE '2024-03-03' + (i % 3) * 365, ${governorate}, 'CONCLUDED'
      FROM ${units}`);
    await client.query(
      `INSERT INTO forum_season_participant (season_id, organisation_id) SELECT ${uuid('season', 'i')}, ${uuid('organisation', 'i')} FROM ${units}`,
    );
    await client.query(`INSERT INTO recommendation (id, slug, season_id, title, themes, status, adopted_on)
      SELECT ${uuid('recommendation', "i || '-' || r")}, 'bench-recommendation-' || i || '-' || r, ${uuid('season', 'i')},
        ${localizedSql(['Recommendation on', 'توصية بشأن', 'ڕاسپاردە دەربارەی', 'Pêşniyar li ser'], 'i', 'i + r')},
        ARRAY[${pick(THEMES, 'i + r')}], 'ADOPTED', DATE '2024-03-03' + (i % 3) * 365
      FROM ${units}, generate_series(0, 1) AS r`);
  });

  await inTransaction(databases['cohesion-councils'], async (client) => {
    // One council per governorate: the demo's where it has one, a generated one elsewhere.
    for (const g of governorates) {
      await client.query(
        `INSERT INTO cohesion_council (id, slug, name, governorate_code, region, status, established_on)
         SELECT ${uuid('council', '$1::text')}, 'bench-council-' || lower($1::text), ${localizedSql(['Cohesion council of', 'مجلس التماسك في', 'ئەنجومەنی پێکەوەبوونی', 'Meclîsa hevgirtinê ya'], '$1::text', '0')}, $1, $2, 'ACTIVE', DATE '2023-01-01'
         WHERE NOT EXISTS (SELECT 1 FROM cohesion_council WHERE governorate_code = $1 AND archived_at IS NULL)`,
        [g.code, g.region],
      );
    }
    const council = `(SELECT id FROM cohesion_council WHERE governorate_code = ${governorate} AND archived_at IS NULL ORDER BY created_at, id LIMIT 1)`;
    await client.query(`INSERT INTO council_member (council_id, sector, organisation_id, start_date)
      SELECT ${council}, ${pick(SECTORS, 'i')}, ${uuid('organisation', 'i')}, DATE '2023-06-01' FROM ${units}`);
    await client.query(`INSERT INTO council_meeting (id, council_id, held_on, governorate_code, attendance_total, attendance_women, attendance_youth)
      SELECT ${uuid('meeting', 'i')}, ${council}, DATE '2024-04-01' + (i % 900), ${governorate}, 20 + i % 30, 8 + i % 10, 6 + i % 9 FROM ${units}`);
    await client.query(`INSERT INTO implementation (id, council_id, recommendation_id, status, progress)
      SELECT ${uuid('implementation', 'i')}, ${council}, ${uuid('recommendation', "i || '-0'")}, 'IN_PROGRESS', 10 + (i % 4) * 20 FROM ${units}`);
    await client.query(`INSERT INTO implementation_update (implementation_id, reported_on, progress, status)
      SELECT ${uuid('implementation', 'i')}, DATE '2024-05-01' + s * 60 + (i % 30), 10 + (i % 4) * 20 * s / 2, 'IN_PROGRESS'
      FROM ${units}, generate_series(0, 2) AS s`);
  });

  for (const url of Object.values(databases)) await withClient(url, (client) => client.query('ANALYZE'));
}
