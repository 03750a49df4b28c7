import { demoForumId, demoSeasonId, demoSessionId, forumSeasonsService } from '@icssi/forum-seasons';
import { Locale, demoOrganisationId, demoRecommendationId } from '@icssi/platform';
import { walkPages } from '@icssi/test-kit/pagination';
import { postGraphql, signedHeaders, startTestSubgraph, type TestSubgraph } from '@icssi/test-kit/test-subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(forumSeasonsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const query = <T = Record<string, unknown>>(q: string, variables: Record<string, unknown> = {}, locale: Locale = Locale.en) =>
  postGraphql<T>(subgraph.url, q, variables, signedHeaders(undefined, locale));

const seasons = async (args: string) => {
  const { body } = await query<{ forumSeasons: { nodes: Array<{ number: number; forum: { slug: string } }> } }>(
    `{ forumSeasons${args} { nodes { number forum { slug } } } }`,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.forumSeasons.nodes.map((season) => `${season.forum.slug === 'iraqi-social-forum' ? 'ISF' : 'KSF'}${season.number}`);
};

const recommendations = async (args: string) => {
  const { body } = await query<{ recommendations: { nodes: Array<{ slug: string }> } }>(`{ recommendations${args} { nodes { slug } } }`);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.recommendations.nodes.map((r) => r.slug);
};

describe('forum-seasons subgraph: forums and seasons', () => {
  it('has the Iraqi Social Forum with seasons 1–4 and the Kurdistan Social Forum with season 1', async () => {
    const { body } = await query(
      `{ forums { totalCount nodes { slug name region hostGovernorate { code } secretariat { id } seasons { number year status } } } }`,
      {},
      Locale.ar,
    );
    expect(body.data).toEqual({
      forums: {
        totalCount: 2,
        nodes: [
          {
            slug: 'iraqi-social-forum',
            name: 'المنتدى الاجتماعي العراقي',
            region: 'FEDERAL_IRAQ',
            hostGovernorate: { code: 'IQ-BG' },
            secretariat: { id: demoOrganisationId('iraqi-social-forum-secretariat') },
            seasons: [
              { number: 1, year: 2023, status: 'CONCLUDED' },
              { number: 2, year: 2024, status: 'CONCLUDED' },
              { number: 3, year: 2025, status: 'CONCLUDED' },
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
      },
    });
    const kurdistan = await query(
      `{ forums(filter: { region: KURDISTAN_REGION }) { nodes { slug } } forumBySlug(slug: "kurdistan-social-forum") { foundedYear } }`,
    );
    expect(kurdistan.body.data).toEqual({ forums: { nodes: [{ slug: 'kurdistan-social-forum' }] }, forumBySlug: { foundedYear: 2025 } });
  });

  it('pages through seasons newest first: first, next, last and empty pages', async () => {
    const pages = await walkPages<{ number: number }>(
      subgraph.url,
      signedHeaders(),
      `query($first: Int, $after: String) { forumSeasons(first: $first, after: $after) { totalCount nodes { number year } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
      (data) => data.forumSeasons as never,
      2,
    );
    expect(pages.map((page) => page.nodes.map((node) => node.number))).toEqual([[1, 4], [3, 2], [1]]);
    expect(pages[0].totalCount).toBe(5);
    const empty = await query(`query($a: String) { forumSeasons(after: $a) { nodes { number } } }`, { a: pages[2].pageInfo.endCursor });
    expect(empty.body.data).toEqual({ forumSeasons: { nodes: [] } });
  });

  it.each([
    ['forum', `(filter: { forumId: "${demoForumId('kurdistan-social-forum')}" })`, ['KSF1']],
    ['region', '(filter: { region: FEDERAL_IRAQ })', ['ISF4', 'ISF3', 'ISF2', 'ISF1']],
    ['year', '(filter: { year: 2026 })', ['KSF1', 'ISF4']],
    ['status', '(filter: { status: CONCLUDED })', ['ISF3', 'ISF2', 'ISF1']],
    ['governorate', '(filter: { governorateCode: "IQ-AR" })', ['KSF1']],
    ['dates held', '(filter: { held: { from: "2024-01-01", to: "2025-12-31" } })', ['ISF3', 'ISF2']],
    ['an unknown forum id', '(filter: { forumId: "nope" })', []],
    ['order by number', '(orderBy: { field: NUMBER, direction: DESC }, first: 2)', ['ISF4', 'ISF3']],
    ['order by year', '(orderBy: { field: YEAR }, first: 2)', ['ISF1', 'ISF2']],
  ])('filters and orders seasons: %s', async (_name, args, expected) => {
    expect(await seasons(args)).toEqual(expected);
  });

  it('keeps season numbers unique per forum', async () => {
    await expect(
      subgraph.dataSource.query(
        `INSERT INTO forum_season (forum_id, number, year, governorate_code, status) VALUES ($1, 4, 2027, 'IQ-BG', 'PLANNED')`,
        [demoForumId('iraqi-social-forum')],
      ),
    ).rejects.toThrow(/forum_season_number_key/);
  });

  it('gives a season its programme, participants and recommendations', async () => {
    const { body } = await query(
      `query($id: ID!) { forumSeason(id: $id) { theme venue venueTranslations { locale value } governorate { code } participatingOrganisations(first: 2) { totalCount nodes { id } }
         sessions { totalCount nodes { title format organisers { id } } }
         recommendations(first: 2) { totalCount nodes { slug session { format } } pageInfo { hasNextPage } } } }`,
      { id: demoSeasonId('iraqi-social-forum', 3) },
    );
    expect(body.data).toEqual({
      forumSeason: {
        theme: 'Civil peace and coexistence',
        venue: 'Baghdad',
        venueTranslations: expect.arrayContaining([
          { locale: 'ar', value: 'بغداد' },
          { locale: 'en', value: 'Baghdad' },
        ]),
        governorate: { code: 'IQ-BG' },
        participatingOrganisations: {
          totalCount: 3,
          nodes: ['icssi', 'iraqi-social-forum-secretariat', 'peace-and-freedom-organization']
            .map((slug) => ({ id: demoOrganisationId(slug as never) }))
            .sort((a, b) => a.id.localeCompare(b.id))
            .slice(0, 2),
        },
        sessions: {
          totalCount: 3,
          nodes: [
            {
              title: 'Opening plenary: civil peace after the war',
              format: 'PLENARY',
              organisers: [{ id: demoOrganisationId('iraqi-social-forum-secretariat') }],
            },
            { title: 'Workshop: young people in local dialogue', format: 'WORKSHOP', organisers: [{ id: demoOrganisationId('icssi') }] },
            {
              title: 'Convergence assembly on civil peace and coexistence',
              format: 'CONVERGENCE_ASSEMBLY',
              organisers: [demoOrganisationId('icssi'), demoOrganisationId('iraqi-social-forum-secretariat')].sort().map((id) => ({ id })),
            },
          ],
        },
        recommendations: {
          totalCount: 3,
          nodes: [
            { slug: 'isf3-civil-peace-councils', session: { format: 'CONVERGENCE_ASSEMBLY' } },
            { slug: 'isf3-women-in-councils', session: { format: 'CONVERGENCE_ASSEMBLY' } },
          ],
          pageInfo: { hasNextPage: true },
        },
      },
    });
  });
});

describe('forum-seasons subgraph: recommendations', () => {
  it.each([
    ['status', '(filter: { status: ADOPTED })', ['isf3-civil-peace-councils', 'isf3-women-in-councils', 'isf3-youth-in-local-dialogue']],
    ['theme', '(filter: { theme: FREEDOM_OF_EXPRESSION })', ['ksf1-freedom-of-expression']],
    [
      'forum',
      `(filter: { forumId: "${demoForumId('kurdistan-social-forum')}" })`,
      ['ksf1-coexistence-education', 'ksf1-freedom-of-expression'],
    ],
    [
      'season',
      `(filter: { seasonId: "${demoSeasonId('iraqi-social-forum', 3)}" })`,
      ['isf3-civil-peace-councils', 'isf3-women-in-councils', 'isf3-youth-in-local-dialogue'],
    ],
    [
      'adoption dates',
      '(filter: { adopted: { from: "2025-01-01", to: "2025-12-31" } })',
      ['isf3-civil-peace-councils', 'isf3-women-in-councils', 'isf3-youth-in-local-dialogue'],
    ],
    ['text', '(filter: { text: "التعايش في المدارس" })', ['ksf1-coexistence-education']],
    ['order by title', '(orderBy: { field: TITLE }, first: 2)', ['isf3-women-in-councils', 'ksf1-coexistence-education']],
  ])('filters and orders recommendations: %s', async (_name, args, expected) => {
    expect(await recommendations(args)).toEqual(expected);
  });

  it('orders by adoption date: adopted ones first when descending', async () => {
    const adoptedFirst = await recommendations('(orderBy: { field: ADOPTED_ON, direction: DESC }, first: 3)');
    expect([...adoptedFirst].sort()).toEqual(['isf3-civil-peace-councils', 'isf3-women-in-councils', 'isf3-youth-in-local-dialogue']);
    const proposedFirst = await recommendations('(orderBy: { field: ADOPTED_ON }, first: 2)');
    expect([...proposedFirst].sort()).toEqual(['ksf1-coexistence-education', 'ksf1-freedom-of-expression']);
  });

  it('resolves text in the reader’s language with fallback', async () => {
    const q = `query($id: ID!) { recommendation(id: $id) { title text titleTranslations { locale } season { forum { seasons { number theme } } } } }`;
    const id = demoRecommendationId('isf3-civil-peace-councils');
    type Answer = {
      recommendation: {
        title: string;
        titleTranslations: Array<{ locale: string }>;
        season: { forum: { seasons: Array<{ number: number; theme: string }> } };
      };
    };
    const kmr = (await query<Answer>(q, { id }, Locale.kmr)).body.data!.recommendation;
    expect(kmr.title).toBe('Avakirina encumenên hevgirtina civakî li parêzgehan');
    expect(kmr.titleTranslations.map((t) => t.locale)).toEqual(['ar', 'ckb', 'kmr', 'en']);
    // The 2nd season's theme exists in Arabic and English only: kmr → ckb → ar.
    expect(kmr.season.forum.seasons.find((season) => season.number === 2)!.theme).toBe('المجتمع المدني ضد العنف');
    const bySlug = await query(`{ recommendationBySlug(slug: "ksf1-coexistence-education") { status adoptedOn season { number } } }`);
    expect(bySlug.body.data).toEqual({ recommendationBySlug: { status: 'PROPOSED', adoptedOn: null, season: { number: 1 } } });
  });
});

describe('forum-seasons subgraph: single records', () => {
  it('answers forum and forumSession by id, and null for unknown ids', async () => {
    const { body } = await query(
      `query($f: ID!, $s: ID!) { forum(id: $f) { slug } forumSession(id: $s) { format season { number } } noForum: forum(id: "x") { slug } noSession: forumSession(id: "00000000-0000-4000-8000-000000000000") { format } }`,
      { f: demoForumId('iraqi-social-forum'), s: demoSessionId('iraqi-social-forum', 4, 'music') },
    );
    expect(body).toEqual({
      data: {
        forum: { slug: 'iraqi-social-forum' },
        forumSession: { format: 'CULTURAL', season: { number: 4 } },
        noForum: null,
        noSession: null,
      },
    });
  });
});

describe('forum-seasons subgraph: federation', () => {
  it('adds forum seasons to organisations and governorates, one statement per list', async () => {
    const before = subgraph.sqlCounter.count;
    const { body } = await query<{ _entities: Array<{ forumSeasons: { nodes: Array<{ id: string }> } }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Organisation { forumSeasons { nodes { id } } } ... on Governorate { forumSeasons { nodes { id } } } } }`,
      {
        r: [
          { __typename: 'Organisation', id: demoOrganisationId('peace-and-freedom-organization') },
          { __typename: 'Organisation', id: demoOrganisationId('european-commission') },
          { __typename: 'Organisation', id: demoOrganisationId('kurdistan-social-forum-secretariat') },
          { __typename: 'Governorate', code: 'IQ-AR' },
          { __typename: 'Governorate', code: 'IQ-BA' },
        ],
      },
    );
    // one per list, and the claim of the signed context's nonce
    expect(subgraph.sqlCounter.count - before).toBe(2 + 1);
    expect(body.data!._entities.map((entity) => entity.forumSeasons.nodes.map((season) => season.id))).toEqual([
      [demoSeasonId('kurdistan-social-forum', 1), demoSeasonId('iraqi-social-forum', 3)],
      [],
      [demoSeasonId('kurdistan-social-forum', 1), demoSeasonId('iraqi-social-forum', 4)],
      [demoSeasonId('kurdistan-social-forum', 1)],
      [],
    ]);
  });

  it('resolves every entity type by reference', async () => {
    const { body } = await query(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Forum { slug } ... on ForumSeason { year } ... on ForumSession { format } ... on Recommendation { slug }
        ... on SearchResults { recommendations { nodes { slug } } } } }`,
      {
        r: [
          { __typename: 'Forum', id: demoForumId('iraqi-social-forum') },
          { __typename: 'ForumSeason', id: demoSeasonId('iraqi-social-forum', 2) },
          { __typename: 'ForumSession', id: demoSessionId('kurdistan-social-forum', 1, 'expression') },
          { __typename: 'Recommendation', id: demoRecommendationId('ksf1-freedom-of-expression') },
          { __typename: 'SearchResults', query: 'حماية الصحفيين' },
        ],
      },
    );
    expect(body.data).toEqual({
      _entities: [
        { slug: 'iraqi-social-forum' },
        { year: 2024 },
        { format: 'WORKSHOP' },
        { slug: 'ksf1-freedom-of-expression' },
        { recommendations: { nodes: [{ slug: 'ksf1-freedom-of-expression' }] } },
      ],
    });
  });
});
