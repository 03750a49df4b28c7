import { campaignsService, demoCampaignId } from '@icssi/campaigns';
import { Locale, demoId, demoOrganisationId, demoRecommendationId, demoWorkingGroupId } from '@icssi/platform';
import { walkPages } from '@icssi/test-kit/pagination';
import { postGraphql, signedHeaders, startTestSubgraph, type TestSubgraph } from '@icssi/test-kit/test-subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(campaignsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const query = <T = Record<string, unknown>>(q: string, variables: Record<string, unknown> = {}, locale: Locale = Locale.en) =>
  postGraphql<T>(subgraph.url, q, variables, signedHeaders(undefined, locale));

const slugs = async (filterAndOrder: string) => {
  const { body } = await query<{ campaigns: { nodes: Array<{ slug: string }> } }>(`{ campaigns${filterAndOrder} { nodes { slug } } }`);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.campaigns.nodes.map((node) => node.slug);
};

const ALL_BY_START = [
  'open-budgets-baghdad',
  'joint-nonviolence-and-coexistence',
  'women-lead-kurdistan',
  'peace-week-nineveh',
  'speak-freely-kurdistan',
  'accountable-municipalities-erbil',
  'citizens-budget-hearings',
  'neighbours-not-strangers',
  'youth-in-local-councils-kurdistan',
  'women-in-local-decisions',
  'dialogue-circles-kurdistan',
];

describe('campaigns subgraph: campaigns', () => {
  it('pages through public campaigns by start date: first, next, last and empty pages', async () => {
    const pages = await walkPages<{ slug: string }>(
      subgraph.url,
      signedHeaders(),
      `query($first: Int, $after: String) { campaigns(first: $first, after: $after) { totalCount nodes { slug } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
      (data) => data.campaigns as never,
      4,
    );
    expect(pages.map((page) => page.nodes.length)).toEqual([4, 4, 3]);
    expect(pages.flatMap((page) => page.nodes.map((node) => node.slug))).toEqual(ALL_BY_START);
    expect(pages.every((page) => page.totalCount === 11)).toBe(true);
    const empty = await query(`query($a: String) { campaigns(after: $a) { nodes { slug } pageInfo { hasNextPage } } }`, {
      a: pages[2].pageInfo.endCursor,
    });
    expect(empty.body.data).toEqual({ campaigns: { nodes: [], pageInfo: { hasNextPage: false } } });
  });

  it.each([
    [
      'region',
      '(filter: { region: KURDISTAN_REGION })',
      [
        'joint-nonviolence-and-coexistence',
        'women-lead-kurdistan',
        'speak-freely-kurdistan',
        'accountable-municipalities-erbil',
        'youth-in-local-councils-kurdistan',
        'dialogue-circles-kurdistan',
      ],
    ],
    ['governorate', '(filter: { governorateCode: "iq-ni" })', ['peace-week-nineveh', 'neighbours-not-strangers']],
    ['theme', '(filter: { theme: FREEDOM_OF_EXPRESSION })', ['speak-freely-kurdistan']],
    ['status', '(filter: { status: PLANNED })', ['women-in-local-decisions', 'dialogue-circles-kurdistan']],
    [
      'period',
      '(filter: { period: { from: "2026-03-25", to: "2026-04-05" } })',
      ['open-budgets-baghdad', 'joint-nonviolence-and-coexistence', 'women-lead-kurdistan', 'peace-week-nineveh', 'speak-freely-kurdistan'],
    ],
    ['text (Arabic without hamza)', '(filter: { text: "المراه في القرار" })', ['women-in-local-decisions']],
    ['status DRAFT (never listed)', '(filter: { status: DRAFT })', []],
  ])('filters by %s', async (_name, args, expected) => {
    expect(await slugs(args)).toEqual(expected);
  });

  it('orders by title in the reader’s language, by creation and descending start', async () => {
    const titles = (
      await query<{ campaigns: { nodes: Array<{ title: string }> } }>(
        `{ campaigns(orderBy: { field: TITLE }, first: 3) { nodes { title } } }`,
      )
    ).body.data!.campaigns.nodes.map((n) => n.title);
    expect(titles).toEqual(['Accountable Municipalities', 'Citizens’ Budget Hearings', 'Dialogue Circles']);
    expect(await slugs('(orderBy: { field: START_DATE, direction: DESC }, first: 2)')).toEqual([
      'dialogue-circles-kurdistan',
      'women-in-local-decisions',
    ]);
    expect(await slugs('(orderBy: { field: CREATED_AT })')).toHaveLength(11);
  });

  it('resolves text in the reader’s language with fallback, and lists every translation', async () => {
    const q = `{ campaignBySlug(slug: "open-budgets-baghdad") { title summary titleTranslations { locale provenance } } }`;
    const kurdish = (
      await query<{ campaignBySlug: { title: string; summary: string; titleTranslations: Array<{ locale: string; provenance: string }> } }>(
        q,
        {},
        Locale.ckb,
      )
    ).body.data!.campaignBySlug;
    expect(kurdish.title).toBe('بودجەی کراوە بۆ بەغدا');
    expect(kurdish.summary).toBe('تطالب المحافظة بنشر موازنتها ونفقاتها.'); // ckb → kmr → ar
    expect(kurdish.titleTranslations).toEqual([
      { locale: 'ar', provenance: 'HUMAN' },
      { locale: 'ckb', provenance: 'MACHINE' },
      { locale: 'kmr', provenance: 'MACHINE' },
      { locale: 'en', provenance: 'HUMAN' },
    ]);
  });

  it('returns references to other subgraphs’ entities as keys', async () => {
    const { body } = await query(
      `{ campaignBySlug(slug: "speak-freely-kurdistan") {
          leadWorkingGroup { id } leadOrganisation { id } governorates { code } parentCampaign { slug }
          partnerOrganisations { id } recommendations { id } childCampaigns { slug }
        } }`,
    );
    expect(body.data).toEqual({
      campaignBySlug: {
        leadWorkingGroup: { id: demoWorkingGroupId('kr-freedom-of-expression') },
        leadOrganisation: { id: demoOrganisationId('peace-and-freedom-organization') },
        governorates: [{ code: 'IQ-AR' }, { code: 'IQ-SU' }, { code: 'IQ-DA' }],
        parentCampaign: { slug: 'joint-nonviolence-and-coexistence' },
        partnerOrganisations: [{ id: demoOrganisationId('kurdistan-social-forum-secretariat') }],
        recommendations: [{ id: demoRecommendationId('ksf1-freedom-of-expression') }],
        childCampaigns: [],
      },
    });
  });

  it('keeps drafts out of every public read', async () => {
    await subgraph.dataSource.query(
      `INSERT INTO campaign (id, slug, title, status, lead_working_group_id, governorate_codes) VALUES ($1, 'secret-draft', '{"en":{"value":"Draft","provenance":"HUMAN"}}', 'DRAFT', $2, '{IQ-BG}')`,
      [demoCampaignId('secret-draft'), demoWorkingGroupId('fi-transparency')],
    );
    const { body } = await query<{ campaigns: { nodes: Array<{ slug: string }> }; _entities: unknown[] }>(
      `query($id: ID!, $r: [_Any!]!) {
        campaigns(first: 100) { nodes { slug } } campaign(id: $id) { slug } campaignBySlug(slug: "secret-draft") { slug }
        _entities(representations: $r) { ... on WorkingGroup { campaigns { nodes { slug } } } ... on Governorate { campaigns { totalCount } } ... on Campaign { slug } }
      }`,
      {
        id: demoCampaignId('secret-draft'),
        r: [
          { __typename: 'WorkingGroup', id: demoWorkingGroupId('fi-transparency') },
          { __typename: 'Governorate', code: 'IQ-BG' },
          { __typename: 'Campaign', id: demoCampaignId('secret-draft') },
        ],
      },
    );
    expect(body.data).toMatchObject({
      campaign: null,
      campaignBySlug: null,
      _entities: [{ campaigns: { nodes: [{ slug: 'open-budgets-baghdad' }] } }, { campaigns: { totalCount: 4 } }, null],
    });
    expect(body.data!.campaigns.nodes.map((c) => c.slug)).not.toContain('secret-draft');
    await subgraph.dataSource.query(`DELETE FROM campaign WHERE slug = 'secret-draft'`);
  });
});

describe('campaigns subgraph: statuses by the calendar', () => {
  it('shows every demo campaign whose last day has passed as COMPLETED, whatever status was stored', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baghdad' }).format(new Date());
    const { body } = await query<{
      campaigns: {
        nodes: Array<{ slug: string; status: string; startDate: string | null; endDate: string | null; statusFollowsCalendar: boolean }>;
      };
    }>(`{ campaigns(first: 100) { nodes { slug status startDate endDate statusFollowsCalendar } } }`);
    const ended = body.data!.campaigns.nodes.filter((campaign) => campaign.endDate && campaign.endDate < today);
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.map((campaign) => [campaign.slug, campaign.status])).toEqual(ended.map((campaign) => [campaign.slug, 'COMPLETED']));
    const stale: Array<{ slug: string }> = await subgraph.dataSource.query(
      `SELECT slug FROM campaign WHERE status = 'ACTIVE' AND end_date < $1`,
      [today],
    );
    // The stored values are unchanged; what the graph shows is the calendar's.
    for (const { slug } of stale) expect(ended.find((campaign) => campaign.slug === slug)?.status).toBe('COMPLETED');
    for (const campaign of body.data!.campaigns.nodes.filter((c) => c.startDate && c.startDate > today))
      expect(campaign.status).toBe('PLANNED');
  });
});

describe('campaigns subgraph: actions', () => {
  it('lists a campaign’s actions by date, paged, and filtered', async () => {
    const { body } = await query<{
      campaignBySlug: {
        actions: {
          totalCount: number;
          nodes: Array<{ type: string; occurredOn: string; governorate: { code: string } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    }>(
      `{ campaignBySlug(slug: "open-budgets-baghdad") { actions(first: 2) { totalCount nodes { type occurredOn governorate { code } } pageInfo { hasNextPage endCursor } } } }`,
    );
    const actions = body.data!.campaignBySlug.actions;
    expect(actions.totalCount).toBe(3);
    expect(actions.nodes).toEqual([
      { type: 'PUBLIC_EVENT', occurredOn: '2026-01-20', governorate: { code: 'IQ-BG' } },
      { type: 'WORKSHOP', occurredOn: '2026-02-14', governorate: { code: 'IQ-BG' } },
    ]);
    const next = await query(
      `query($a: String) { campaignBySlug(slug: "open-budgets-baghdad") { actions(first: 2, after: $a) { nodes { type } pageInfo { hasNextPage } } } }`,
      { a: actions.pageInfo.endCursor },
    );
    expect(next.body.data).toEqual({
      campaignBySlug: { actions: { nodes: [{ type: 'ADVOCACY_MEETING' }], pageInfo: { hasNextPage: false } } },
    });
    const filtered = await query(
      `{ campaignBySlug(slug: "speak-freely-kurdistan") { actions(filter: { type: PETITION }) { nodes { participantsTotal { value suppressed lowerThan } participantsWomen { value } participantsYouth { value } description } } } }`,
      {},
      Locale.ar,
    );
    // Head counts are protected like every count of people: within 2 of what was recorded (1500, 700, 900), the same every time.
    const [petition] = (
      filtered.body.data as { campaignBySlug: { actions: { nodes: Array<Record<string, { value: number }> & { description: string }> } } }
    ).campaignBySlug.actions.nodes;
    expect(petition.description).toBe('عريضة لحماية الصحفيين');
    expect(petition.participantsTotal).toMatchObject({ suppressed: false, lowerThan: null });
    for (const [figure, recorded] of [
      ['participantsTotal', 1500],
      ['participantsWomen', 700],
      ['participantsYouth', 900],
    ] as const)
      expect(Math.abs(petition[figure].value - recorded)).toBeLessThanOrEqual(2);
    const again = await query(
      `{ campaignBySlug(slug: "speak-freely-kurdistan") { actions(filter: { type: PETITION }) { nodes { participantsTotal { value suppressed lowerThan } } } } }`,
    );
    expect(again.body.data as typeof filtered.body.data & object).toEqual({
      campaignBySlug: { actions: { nodes: [{ participantsTotal: petition.participantsTotal }] } },
    });
  });

  it('lists all actions with filters on governorate and dates', async () => {
    const { body } = await query<{
      campaignActions: { totalCount: number; nodes: Array<{ occurredOn: string; campaign: { slug: string } }> };
    }>(
      `{ campaignActions(filter: { governorateCode: "IQ-SU", occurred: { from: "2026-04-01" } }) { totalCount nodes { occurredOn campaign { slug } } } }`,
    );
    expect(body.data!.campaignActions).toEqual({
      totalCount: 2,
      nodes: [
        { occurredOn: '2026-05-03', campaign: { slug: 'speak-freely-kurdistan' } },
        { occurredOn: '2026-09-20', campaign: { slug: 'youth-in-local-councils-kurdistan' } },
      ],
    });
    const all = await query<{ campaignActions: { totalCount: number } }>(`{ campaignActions { totalCount } }`);
    expect(all.body.data!.campaignActions.totalCount).toBe(13);
  });
});

describe('campaigns subgraph: single records', () => {
  it('answers campaignAction by id, and null for an unknown id', async () => {
    const { body } = await query(
      `query($id: ID!) { campaignAction(id: $id) { type campaign { slug } } none: campaignAction(id: "00000000-0000-4000-8000-000000000000") { type } }`,
      {
        id: demoId('campaign-action', 'speak-freely-kurdistan#training'),
      },
    );
    expect(body).toEqual({ data: { campaignAction: { type: 'TRAINING', campaign: { slug: 'speak-freely-kurdistan' } }, none: null } });
  });
});

describe('campaigns subgraph: federation', () => {
  it('adds campaigns to organisations, working groups, governorates and recommendations, one statement per list', async () => {
    const before = subgraph.sqlCounter.count;
    const { body } = await query<{ _entities: Array<{ campaigns: { nodes: Array<{ slug: string }> } }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on WorkingGroup { campaigns { nodes { slug } } }
        ... on Organisation { campaigns { nodes { slug } } }
        ... on Governorate { campaigns { nodes { slug } } }
        ... on Recommendation { campaigns { nodes { slug } } } } }`,
      {
        r: [
          { __typename: 'WorkingGroup', id: demoWorkingGroupId('fi-transparency') },
          { __typename: 'WorkingGroup', id: demoWorkingGroupId('kr-freedom-of-expression') },
          { __typename: 'Organisation', id: demoOrganisationId('kurdistan-social-forum-secretariat') },
          { __typename: 'Organisation', id: demoOrganisationId('european-commission') },
          { __typename: 'Governorate', code: 'IQ-DA' },
          { __typename: 'Recommendation', id: demoRecommendationId('isf3-civil-peace-councils') },
        ],
      },
    );
    // one statement each for working groups, organisations, governorates and recommendations, and the nonce claim
    expect(subgraph.sqlCounter.count - before).toBe(4 + 1);
    expect(body.data!._entities.map((entity) => entity.campaigns.nodes.map((c) => c.slug))).toEqual([
      ['open-budgets-baghdad'],
      ['speak-freely-kurdistan'],
      [
        'joint-nonviolence-and-coexistence',
        'women-lead-kurdistan',
        'speak-freely-kurdistan',
        'accountable-municipalities-erbil',
        'dialogue-circles-kurdistan',
      ],
      [],
      ['speak-freely-kurdistan', 'dialogue-circles-kurdistan'],
      ['joint-nonviolence-and-coexistence', 'neighbours-not-strangers'],
    ]);
  });

  it('resolves Campaign, CampaignAction and SearchResults references', async () => {
    const { body } = await query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Campaign { slug } ... on CampaignAction { type } ... on SearchResults { campaigns { nodes { slug } } } } }`,
      {
        r: [
          { __typename: 'Campaign', id: demoCampaignId('peace-week-nineveh') },
          { __typename: 'CampaignAction', id: demoId('campaign-action', 'peace-week-nineveh#festival') },
          { __typename: 'SearchResults', query: 'Peace Week' },
        ],
      },
    );
    expect(body.data).toEqual({
      _entities: [{ slug: 'peace-week-nineveh' }, { type: 'CULTURAL_EVENT' }, { campaigns: { nodes: [{ slug: 'peace-week-nineveh' }] } }],
    });
  });
});
