import { cohesionCouncilsService, demoCouncilId } from '@icssi/cohesion-councils';
import { Locale, demoOrganisationId, demoRecommendationId } from '@icssi/platform';
import { postGraphql, signedHeaders, startTestSubgraph, TestSubgraph } from '../../../tests/kit/test-subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(cohesionCouncilsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const query = <T>(q: string, variables: Record<string, unknown> = {}, locale: Locale = Locale.en) =>
  postGraphql<T>(subgraph.url, q, variables, signedHeaders(undefined, locale));

describe('cohesion-councils subgraph', () => {
  it('lists councils by region with governorate and coordinating organisation as references', async () => {
    const { body } = await query(`{ cohesionCouncils(region: KURDISTAN_REGION) { slug name governorate { code } coordinatingOrganisation { id } status } }`, {}, Locale.ckb);
    expect(body.data).toEqual({
      cohesionCouncils: [
        {
          slug: 'erbil-council',
          name: 'ئەنجومەنی پێکەوەبەستنی کۆمەڵایەتی لە هەولێر',
          governorate: { code: 'IQ-AR' },
          coordinatingOrganisation: { id: demoOrganisationId('kurdistan-social-forum-secretariat') },
          status: 'ACTIVE',
        },
        {
          slug: 'sulaymaniyah-council',
          name: 'ئەنجومەنی پێکەوەبەستنی کۆمەڵایەتی لە سلێمانی',
          governorate: { code: 'IQ-SU' },
          coordinatingOrganisation: { id: demoOrganisationId('peace-and-freedom-organization') },
          status: 'FORMING',
        },
      ],
    });
  });

  it('shows implementations with progress and indicator', async () => {
    const { body } = await query<{ cohesionCouncil: { implementations: Array<{ progress: number }> } }>(
      `query($id: ID!) { cohesionCouncil(id: $id) { implementations { status progress recommendation { id } indicator { name baseline target actual } } } }`,
      { id: demoCouncilId('baghdad-council') },
    );
    const implementations = [...body.data!.cohesionCouncil.implementations].sort((a, b) => b.progress - a.progress);
    expect(implementations).toEqual([
      {
        status: 'IN_PROGRESS',
        progress: 40,
        recommendation: { id: demoRecommendationId('isf3-civil-peace-councils') },
        indicator: { name: 'Local dialogue sessions held', baseline: 0, target: 12, actual: 5 },
      },
      {
        status: 'IN_PROGRESS',
        progress: 25,
        recommendation: { id: demoRecommendationId('isf3-women-in-councils') },
        indicator: { name: 'Share of council seats held by women (%)', baseline: 10, target: 33, actual: 18 },
      },
    ]);
  });

  it('rejects progress outside 0–100 in the database itself', async () => {
    await expect(subgraph.dataSource.query(`UPDATE implementation SET progress = 101`)).rejects.toThrow(/check constraint/);
  });

  it('adds councils to governorates and implementations to recommendations, one statement per fetch', async () => {
    let before = subgraph.sqlCounter.count;
    const governorates = await query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Governorate { cohesionCouncils { slug } } } }`,
      { r: ['IQ-BG', 'IQ-HA', 'IQ-AR', 'IQ-NI'].map((code) => ({ __typename: 'Governorate', code })) },
    );
    expect(subgraph.sqlCounter.count - before).toBe(1);
    expect(governorates.body.data).toEqual({
      _entities: [
        { cohesionCouncils: [{ slug: 'baghdad-council' }] },
        { cohesionCouncils: [] },
        { cohesionCouncils: [{ slug: 'erbil-council' }] },
        { cohesionCouncils: [{ slug: 'nineveh-council' }] },
      ],
    });
    before = subgraph.sqlCounter.count;
    const recommendations = await query<{ _entities: Array<{ implementations: Array<{ council: { slug: string } }> }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Recommendation { implementations { council { slug } } } } }`,
      {
        r: ['isf3-civil-peace-councils', 'ksf1-coexistence-education'].map((slug) => ({
          __typename: 'Recommendation',
          id: demoRecommendationId(slug as never),
        })),
      },
    );
    // implementations in one statement, then their councils in one more
    expect(subgraph.sqlCounter.count - before).toBe(2);
    expect(recommendations.body.data!._entities[0].implementations.map((i) => i.council.slug).sort()).toEqual([
      'baghdad-council',
      'basra-council',
      'nineveh-council',
    ]);
    expect(recommendations.body.data!._entities[1].implementations).toEqual([]);
  });
});
