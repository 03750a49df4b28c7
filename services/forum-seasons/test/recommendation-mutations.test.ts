import { demoSeasonId, forumSeasonsService } from '@icssi/forum-seasons';
import { Region, Role, type Viewer, demoRecommendationId } from '@icssi/platform';
import { postGraphql, signedHeaders, startTestSubgraph, type TestSubgraph } from '@icssi/test-kit/test-subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(forumSeasonsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const KR_EDITOR: Viewer = { id: 'editor-erbil', roles: [Role.EDITOR], region: Region.KURDISTAN_REGION };
type Payload = { recommendation: Record<string, unknown> | null; userErrors: Array<{ code: string; field: string[] }> };
const send = async (query: string, input: Record<string, unknown>, viewer: Viewer) => {
  const { body } = await postGraphql<Record<string, Payload>>(subgraph.url, query, { input }, signedHeaders(viewer));
  return { payload: body.data ? Object.values(body.data)[0] : null, errors: body.errors };
};

const CREATE = `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { recommendation { slug status title version } userErrors { code field } } }`;
const ADOPT = `mutation($input: AdoptRecommendationInput!) { adoptRecommendation(input: $input) { recommendation { status adoptedOn version } userErrors { code field } } }`;
const WITHDRAW = `mutation($input: WithdrawRecommendationInput!) { withdrawRecommendation(input: $input) { recommendation { status } userErrors { code field } } }`;

describe('recommendation mutations', () => {
  it('proposes a recommendation at a season of the editor’s region', async () => {
    const { payload } = await send(
      CREATE,
      {
        seasonId: demoSeasonId('kurdistan-social-forum', 1),
        slug: 'ksf1-open-media',
        title: { en: 'Open media licences' },
        themes: ['FREEDOM_OF_EXPRESSION'],
      },
      KR_EDITOR,
    );
    expect(payload).toEqual({
      recommendation: { slug: 'ksf1-open-media', status: 'PROPOSED', title: 'Open media licences', version: 1 },
      userErrors: [],
    });
  });

  it.each([
    ['a season of the other region', { seasonId: demoSeasonId('iraqi-social-forum', 4) }, 'FORBIDDEN', ['input', 'seasonId']],
    ['an unknown season', { seasonId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', ['input', 'seasonId']],
    ['a bad slug', { slug: 'Bad Slug' }, 'INVALID', ['input', 'slug']],
    ['no title', { title: { en: '' } }, 'INVALID', ['input', 'title']],
    ['a taken slug', { slug: 'ksf1-coexistence-education' }, 'DUPLICATE', ['input', 'slug']],
  ])('refuses %s', async (_name, change, code, field) => {
    const input = {
      seasonId: demoSeasonId('kurdistan-social-forum', 1),
      slug: 'never-written',
      title: { en: 'Never' },
      themes: [],
      ...change,
    };
    const { payload } = await send(CREATE, input, KR_EDITOR);
    expect(payload).toEqual({ recommendation: null, userErrors: [expect.objectContaining({ code, field })] });
    expect((await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM recommendation WHERE slug = 'never-written'`))[0].n).toBe(0);
  });

  it('adopts a proposed recommendation once, and withdraws', async () => {
    const id = demoRecommendationId('ksf1-freedom-of-expression');
    const adopted = await send(ADOPT, { id, version: 1, adoptedOn: '2026-12-19' }, KR_EDITOR);
    expect(adopted.payload).toEqual({ recommendation: { status: 'ADOPTED', adoptedOn: '2026-12-19', version: 2 }, userErrors: [] });
    const twice = await send(ADOPT, { id, version: 2, adoptedOn: '2026-12-19' }, KR_EDITOR);
    expect(twice.payload?.userErrors).toEqual([expect.objectContaining({ code: 'INVALID' })]);
    const stale = await send(WITHDRAW, { id, version: 1 }, KR_EDITOR);
    expect(stale.payload?.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const withdrawn = await send(WITHDRAW, { id, version: 2 }, KR_EDITOR);
    expect(withdrawn.payload).toEqual({ recommendation: { status: 'WITHDRAWN' }, userErrors: [] });
    const foreign = await send(WITHDRAW, { id: demoRecommendationId('isf3-women-in-councils'), version: 1 }, KR_EDITOR);
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'id'] })]);
    const anonymous = await send(WITHDRAW, { id, version: 3 }, { id: null, roles: [Role.PUBLIC], region: null });
    expect(anonymous.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('updateRecommendation', () => {
  const UPDATE = `mutation($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { recommendation { title themes version } userErrors { code field } } }`;
  it('rewords a recommendation, versioned, in the editor’s region only', async () => {
    const id = demoRecommendationId('ksf1-coexistence-education');
    const ok = await send(
      UPDATE,
      {
        id,
        version: 1,
        title: { en: 'Coexistence education in every school' },
        themes: ['CIVIL_PEACE_AND_COEXISTENCE', 'YOUTH_PARTICIPATION'],
      },
      KR_EDITOR,
    );
    expect(ok.payload).toEqual({
      recommendation: {
        title: 'Coexistence education in every school',
        themes: ['CIVIL_PEACE_AND_COEXISTENCE', 'YOUTH_PARTICIPATION'],
        version: 2,
      },
      userErrors: [],
    });
    const stale = await send(UPDATE, { id, version: 1, themes: [] }, KR_EDITOR);
    expect(stale.payload?.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const empty = await send(UPDATE, { id, version: 2, title: { en: ' ' } }, KR_EDITOR);
    expect(empty.payload?.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'title'] })]);
    const foreign = await send(UPDATE, { id: demoRecommendationId('isf3-civil-peace-councils'), version: 1, themes: [] }, KR_EDITOR);
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const unknown = await send(UPDATE, { id: 'x', version: 1, themes: [] }, KR_EDITOR);
    expect(unknown.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
  });
});
