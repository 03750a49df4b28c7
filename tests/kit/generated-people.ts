import { randomUUID } from 'node:crypto';
import { recordKeys, seededRandom } from './seeded-random';
import { type TestStack } from './test-stack';

/**
 * People, council seats and campaign actions built for the disclosure attacks of issue 16, on a
 * stack started without demo data. Every attack has its target here, with the ground truth known:
 *
 * - Baghdad (IQ-BG): 24 members since 2025; one of them born in 1997 (15–29 in 2026, 30–44 in 2027);
 *   a newcomer, a woman, joins on 2026-06-15 (a public start date): May and June differ by her alone.
 * - Nineveh (IQ-NI): 12 members, one of another gender (OTHER).
 * - Babil (IQ-BB): 3 members; a campaign action there with 4 participants, 2 of them women.
 * - A federal group whose host has no headquarters: 2 members, counted in NONE-FEDERAL_IRAQ.
 * - Erbil (IQ-AR): 8 members, 4 women and 4 men (both cells would be hidden by suppression alone).
 * - International: one member, born in 1997.
 * - Council seats: Baghdad 5, Nineveh 3 (federal 8).
 *
 * No birth year sits on a band edge between 2026 and 2027 except the two born in 1997, and nobody
 * else joins or leaves in 2026–2027, so the attacks' differences are exactly the targets.
 * Record keys come from a seeded generator (the databases would draw them at random), so every run
 * sees the same protected figures.
 */
export interface GeneratedPeople {
  newcomerId: string;
  otherGenderId: string;
  babilActionId: string;
}

const text = (value: string) => JSON.stringify({ en: { value, provenance: 'HUMAN' } });
const STABLE_BIRTH_YEARS = [1960, 1965, 1970, 1975, 1986, 1990, 1994, 2000, 2003, 2006];

interface Member {
  gender: 'FEMALE' | 'MALE' | 'OTHER' | 'UNDISCLOSED';
  birthYear: number | null;
  start?: string;
}

export async function generatePeople(stack: TestStack, seed = 16): Promise<GeneratedPeople> {
  const random = seededRandom(seed);
  const key = () => recordKeys(random, 1)[0];
  const organisations = stack.subgraphs.organisations.dataSource;

  const groups: Record<string, { region: string; headquarters: string | null; members: Member[] }> = {
    baghdad: {
      region: 'FEDERAL_IRAQ',
      headquarters: 'IQ-BG',
      members: [
        { gender: 'MALE', birthYear: 1997 },
        ...Array.from({ length: 23 }, (_, i): Member => ({
          gender: i % 2 ? 'FEMALE' : 'MALE',
          birthYear: STABLE_BIRTH_YEARS[i % STABLE_BIRTH_YEARS.length],
        })),
        { gender: 'FEMALE', birthYear: 2000, start: '2026-06-15' },
      ],
    },
    nineveh: {
      region: 'FEDERAL_IRAQ',
      headquarters: 'IQ-NI',
      members: [
        ...Array.from({ length: 6 }, (_, i): Member => ({ gender: 'FEMALE', birthYear: STABLE_BIRTH_YEARS[i] })),
        ...Array.from({ length: 5 }, (_, i): Member => ({ gender: 'MALE', birthYear: STABLE_BIRTH_YEARS[i + 3] })),
        { gender: 'OTHER', birthYear: 1990 },
      ],
    },
    babil: {
      region: 'FEDERAL_IRAQ',
      headquarters: 'IQ-BB',
      members: [
        { gender: 'FEMALE', birthYear: 1994 },
        { gender: 'FEMALE', birthYear: 2000 },
        { gender: 'MALE', birthYear: 1986 },
      ],
    },
    nowhere: {
      region: 'FEDERAL_IRAQ',
      headquarters: null,
      members: [
        { gender: 'MALE', birthYear: 1975 },
        { gender: 'FEMALE', birthYear: 2003 },
      ],
    },
    erbil: {
      region: 'KURDISTAN_REGION',
      headquarters: 'IQ-AR',
      members: Array.from({ length: 8 }, (_, i): Member => ({ gender: i < 4 ? 'FEMALE' : 'MALE', birthYear: STABLE_BIRTH_YEARS[i] })),
    },
    international: { region: 'INTERNATIONAL', headquarters: null, members: [{ gender: 'FEMALE', birthYear: 1997 }] },
  };

  const people: Record<string, string[]> = {};
  for (const [name, group] of Object.entries(groups)) {
    const [organisationId, groupId] = [randomUUID(), randomUUID()];
    await organisations.query(
      `INSERT INTO organisation (id, slug, name, kind, home_region, headquarters_code, status, registration_status) VALUES ($1, $2, $3, 'YOUTH_GROUP', $4, $5, 'ACTIVE', 'INFORMAL')`,
      [organisationId, `attack-organisation-${name}`, text(`Organisation ${name}`), group.region, group.headquarters],
    );
    await organisations.query(
      `INSERT INTO working_group (id, slug, name, region, host_organisation_id, status, founded_on, themes) VALUES ($1, $2, $3, $4, $5, 'ACTIVE', '2020-01-01', '{HUMAN_RIGHTS}')`,
      [groupId, `attack-group-${name}`, text(`Group ${name}`), group.region, organisationId],
    );
    people[name] = [];
    for (const [index, member] of group.members.entries()) {
      const [person] = await organisations.query(
        `INSERT INTO person (display_name, pseudonym, region, gender, birth_year, record_key) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [text(`Person ${name} ${index}`), `Member ${name}-${index}`, group.region, member.gender, member.birthYear, key()],
      );
      await organisations.query(`INSERT INTO membership (person_id, working_group_id, role, start_date) VALUES ($1, $2, 'MEMBER', $3)`, [
        person.id,
        groupId,
        member.start ?? '2025-01-01',
      ]);
      people[name].push(person.id);
    }
  }

  const councils = stack.subgraphs['cohesion-councils'].dataSource;
  for (const [governorate, sectors] of [
    ['IQ-BG', ['CIVIL_SOCIETY', 'CIVIL_SOCIETY', 'LOCAL_AUTHORITY', 'WOMEN_REPRESENTATIVE', 'YOUTH_REPRESENTATIVE']],
    ['IQ-NI', ['CIVIL_SOCIETY', 'TRIBAL_LEADER', 'RELIGIOUS_LEADER']],
  ] as const) {
    const councilId = randomUUID();
    await councils.query(
      `INSERT INTO cohesion_council (id, slug, name, governorate_code, region, status, established_on) VALUES ($1, $2, $3, $4, 'FEDERAL_IRAQ', 'ACTIVE', '2024-01-01')`,
      [councilId, `attack-council-${governorate.toLowerCase()}`, text(`Council ${governorate}`), governorate],
    );
    for (const sector of sectors)
      await councils.query(`INSERT INTO council_member (council_id, sector, start_date, record_key) VALUES ($1, $2, '2025-01-01', $3)`, [
        councilId,
        sector,
        key(),
      ]);
  }

  const campaigns = stack.subgraphs.campaigns.dataSource;
  const campaignId = randomUUID();
  await campaigns.query(
    `INSERT INTO campaign (id, slug, title, status, regions, governorate_codes, start_date) VALUES ($1, 'attack-campaign', $2, 'ACTIVE', '{FEDERAL_IRAQ}', '{IQ-BB,IQ-BG}', '2026-01-01')`,
    [campaignId, text('Campaign')],
  );
  let babilActionId = '';
  for (const [day, governorate, total, women, youth] of [
    ['2026-03-10', 'IQ-BB', 4, 2, 3],
    ['2026-03-12', 'IQ-BG', 40, 20, 25],
    ['2026-03-20', 'IQ-BG', 25, 12, 20],
  ] as const) {
    const [action] = await campaigns.query(
      `INSERT INTO campaign_action (campaign_id, type, occurred_on, governorate_code, participants_total, participants_women, participants_youth, record_key)
       VALUES ($1, 'WORKSHOP', $2, $3, $4, $5, $6, $7) RETURNING id`,
      [campaignId, day, governorate, total, women, youth, key()],
    );
    if (governorate === 'IQ-BB') babilActionId = action.id;
  }

  return { newcomerId: people.baghdad[people.baghdad.length - 1], otherGenderId: people.nineveh[people.nineveh.length - 1], babilActionId };
}
