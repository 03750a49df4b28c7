import { DEMO_PROGRAMME_SLUG, demoProgrammeId } from '@icssi/platform';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

const ask = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
  const { status, body } = await postGraphql<any>(stack.gateway.url, query, variables, headers);
  expect([status, body.errors]).toEqual([200, undefined]);
  return body.data;
};

describe('the EU-funded programme as an entity', () => {
  it('has its dates, funder and partners, and what belongs to it from all four subgraphs, in one request', async () => {
    const data = await ask(
      `query($slug: String!) {
        programmeBySlug(slug: $slug) {
          id slug name startDate endDate regions themes
          funder { slug kind }
          leadOrganisation { slug }
          partners { role organisation { slug homeRegion } }
          workingGroups(first: 20) { totalCount nodes { slug region } }
          campaigns(first: 20) { totalCount nodes { slug regions } }
          forums { slug region }
          cohesionCouncils { slug region }
        }
      }`,
      { slug: DEMO_PROGRAMME_SLUG },
    );
    const programme = data.programmeBySlug;
    expect(programme).toMatchObject({
      id: demoProgrammeId(),
      name: 'Empowering Youth in Iraqi Civil Society for Non-violence and Peaceful Coexistence',
      // three years
      startDate: '2025-01-01',
      endDate: '2027-12-31',
      regions: ['FEDERAL_IRAQ', 'KURDISTAN_REGION'],
      funder: { slug: 'european-commission', kind: 'DONOR' },
      leadOrganisation: { slug: 'icssi' },
    });
    expect(programme.partners).toEqual(
      expect.arrayContaining([
        { role: 'FUNDER', organisation: { slug: 'european-commission', homeRegion: 'INTERNATIONAL' } },
        { role: 'KEY_PARTNER', organisation: { slug: 'peace-and-freedom-organization', homeRegion: 'KURDISTAN_REGION' } },
        { role: 'IMPLEMENTING_PARTNER', organisation: { slug: 'iraqi-social-forum-secretariat', homeRegion: 'FEDERAL_IRAQ' } },
        { role: 'IMPLEMENTING_PARTNER', organisation: { slug: 'kurdistan-social-forum-secretariat', homeRegion: 'KURDISTAN_REGION' } },
      ]),
    );
    // Ten working groups led by young activists, five in each region (the source text).
    expect(programme.workingGroups.totalCount).toBe(10);
    expect(programme.workingGroups.nodes.filter((group: any) => group.region === 'KURDISTAN_REGION')).toHaveLength(5);
    expect(programme.campaigns.totalCount).toBe(11);
    expect(programme.forums.map((forum: any) => forum.slug).sort()).toEqual(['iraqi-social-forum', 'kurdistan-social-forum']);
    expect(programme.cohesionCouncils).toHaveLength(5);
  });

  it('is reached from what belongs to it, in every subgraph', async () => {
    const data = await ask(`{
      workingGroupBySlug(slug: "kr-peacebuilding") { programme { slug } }
      campaignBySlug(slug: "joint-nonviolence-and-coexistence") { programme { slug funder { slug } } }
      forumBySlug(slug: "kurdistan-social-forum") { programme { slug } }
      cohesionCouncils(first: 1) { nodes { programme { slug } } }
      programmes(first: 10) { nodes { slug } }
    }`);
    const slug = { slug: DEMO_PROGRAMME_SLUG };
    expect(data).toEqual({
      workingGroupBySlug: { programme: slug },
      campaignBySlug: { programme: { ...slug, funder: { slug: 'european-commission' } } },
      forumBySlug: { programme: slug },
      cohesionCouncils: { nodes: [{ programme: slug }] },
      programmes: { nodes: [slug] },
    });
  });

  it('says its language: Arabic from the source text, the other languages machine-translated', async () => {
    const query = `{ programmeBySlug(slug: "${DEMO_PROGRAMME_SLUG}") { nameText { locale isFallback provenance direction } descriptionText { value locale provenance } } }`;
    const arabic = await ask(query, {}, { 'accept-language': 'ar' });
    expect(arabic.programmeBySlug.nameText).toEqual({ locale: 'ar', isFallback: false, provenance: 'HUMAN', direction: 'RTL' });
    expect(arabic.programmeBySlug.descriptionText.value).toContain('المفوضية الأوروبية');
    for (const locale of ['ckb', 'kmr', 'en']) {
      const other = await ask(query, {}, { 'accept-language': locale });
      expect(other.programmeBySlug.nameText).toMatchObject({ locale, isFallback: false, provenance: 'MACHINE' });
    }
  });

  it('answers null for an unknown programme', async () => {
    const data = await ask(
      `{ a: programme(id: "00000000-0000-4000-8000-000000000000") { slug } b: programme(id: "nope") { slug } c: programmeBySlug(slug: "Robert'); DROP TABLE") { slug } }`,
    );
    expect(data).toEqual({ a: null, b: null, c: null });
  });
});

describe('realistic season years', () => {
  it('holds the Iraqi Social Forum about once a year, the 4th at the end of this year; the Kurdistan Social Forum’s 1st a year after it was founded', async () => {
    const data = await ask(`{
      programmeBySlug(slug: "${DEMO_PROGRAMME_SLUG}") { startDate endDate }
      forums(first: 5) { nodes { slug foundedYear seasons { number year startDate endDate } } }
    }`);
    const forums = Object.fromEntries(data.forums.nodes.map((forum: any) => [forum.slug, forum]));
    const iraqi = forums['iraqi-social-forum'];
    const years = iraqi.seasons.map((season: any) => season.year);
    expect(years).toEqual([2023, 2024, 2025, 2026]);
    // consecutive, each season in its own year, no earlier than the forum's founding
    for (const [index, season] of iraqi.seasons.entries()) {
      expect(season.number).toBe(index + 1);
      expect(season.startDate.slice(0, 4)).toBe(String(season.year));
      expect(season.year).toBeGreaterThanOrEqual(iraqi.foundedYear);
    }
    const fourth = iraqi.seasons[3];
    const kurdistan = forums['kurdistan-social-forum'];
    const first = kurdistan.seasons[0];
    // "At the end of the year": both in December of the programme's second year.
    expect(fourth.startDate.slice(0, 7)).toBe('2026-12');
    expect(first.startDate.slice(0, 7)).toBe('2026-12');
    expect(first).toMatchObject({ number: 1, year: kurdistan.foundedYear + 1 });
    for (const season of [fourth, first]) {
      expect(season.startDate >= data.programmeBySlug.startDate && season.endDate <= data.programmeBySlug.endDate).toBe(true);
    }
  });
});
