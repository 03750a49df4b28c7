import { demoForumId, demoSeasonId, forumSeasonsService } from '@icssi/forum-seasons';
import { Locale, demoOrganisationId, demoRecommendationId } from '@icssi/platform';
import { postGraphql, signedHeaders, startTestSubgraph, TestSubgraph } from '../../../tests/kit/test-subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(forumSeasonsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const query = <T>(q: string, variables: Record<string, unknown> = {}, locale: Locale = Locale.en) =>
  postGraphql<T>(subgraph.url, q, variables, signedHeaders(undefined, locale));

describe('forum-seasons subgraph', () => {
  it('has the Iraqi Social Forum with seasons 1–4 and the Kurdistan Social Forum with season 1', async () => {
    const { body } = await query(`{ forums { slug name region hostGovernorate { code } secretariat { id } seasons { number year status } } }`, {}, Locale.ar);
    expect(body.data).toEqual({
      forums: [
        {
          slug: 'iraqi-social-forum',
          name: 'المنتدى الاجتماعي العراقي',
          region: 'FEDERAL_IRAQ',
          hostGovernorate: { code: 'IQ-BG' },
          secretariat: { id: demoOrganisationId('iraqi-social-forum-secretariat') },
          seasons: [
            { number: 1, year: 2013, status: 'CONCLUDED' },
            { number: 2, year: 2015, status: 'CONCLUDED' },
            { number: 3, year: 2019, status: 'CONCLUDED' },
            { number: 4, year: 2026, status: 'PLANNED' },
          ],
        },
        {
          slug: 'kurdistan-social-forum',
          name: 'المنتدى الاجتماعي الكردستاني',
          region: 'KURDISTAN_REGION',
          hostGovernorate: { code: 'IQ-AR' },
          secretariat: { id: demoOrganisationId('kurdistan-social-forum-secretariat') },
          seasons: [{ number: 1, year: 2026, status: 'PLANNED' }],
        },
      ],
    });
  });

  it('keeps season numbers unique per forum', async () => {
    await expect(
      subgraph.dataSource.query(
        `INSERT INTO forum_season (forum_id, number, year, governorate_code, status) VALUES ($1, 4, 2027, 'IQ-BG', 'PLANNED')`,
        [demoForumId('iraqi-social-forum')],
      ),
    ).rejects.toThrow(/forum_season_number_key/);
  });

  it('lists adopted recommendations on civil peace with their season', async () => {
    const { body } = await query<{ recommendations: Array<{ slug: string; themes: string[]; season: { number: number; forum: { slug: string } } }> }>(
      `{ recommendations(status: ADOPTED) { slug themes season { number forum { slug } } } }`,
    );
    const adopted = body.data!.recommendations;
    expect(adopted.map((r) => r.slug)).toEqual(['isf3-civil-peace-councils', 'isf3-women-in-councils', 'isf3-youth-in-local-dialogue']);
    expect(adopted[0].themes).toContain('CIVIL_PEACE_AND_COEXISTENCE');
    expect(adopted.every((r) => r.season.number === 3 && r.season.forum.slug === 'iraqi-social-forum')).toBe(true);
  });

  it('adds forum seasons to organisations, batched: one statement for any number of organisations', async () => {
    const before = subgraph.sqlCounter.count;
    const { body } = await query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { forumSeasons { id number } } } }`,
      {
        r: [
          { __typename: 'Organisation', id: demoOrganisationId('peace-and-freedom-organization') },
          { __typename: 'Organisation', id: demoOrganisationId('european-commission') },
          { __typename: 'Organisation', id: demoOrganisationId('kurdistan-social-forum-secretariat') },
        ],
      },
    );
    expect(subgraph.sqlCounter.count - before).toBe(1);
    expect(body.data).toEqual({
      _entities: [
        { forumSeasons: [{ id: demoSeasonId('kurdistan-social-forum', 1), number: 1 }, { id: demoSeasonId('iraqi-social-forum', 3), number: 3 }] },
        { forumSeasons: [] },
        { forumSeasons: [{ id: demoSeasonId('kurdistan-social-forum', 1), number: 1 }, { id: demoSeasonId('iraqi-social-forum', 4), number: 4 }] },
      ],
    });
  });

  it('resolves Recommendation and ForumSeason references', async () => {
    const { body } = await query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Recommendation { slug } ... on ForumSeason { year } } }`,
      {
        r: [
          { __typename: 'Recommendation', id: demoRecommendationId('ksf1-freedom-of-expression') },
          { __typename: 'ForumSeason', id: demoSeasonId('iraqi-social-forum', 2) },
        ],
      },
    );
    expect(body.data).toEqual({ _entities: [{ slug: 'ksf1-freedom-of-expression' }, { year: 2015 }] });
  });
});
