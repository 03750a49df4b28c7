import { cohesionCouncilsService, demoCouncilId, demoImplementationId } from '@icssi/cohesion-councils';
import { Locale, Role, demoId, demoOrganisationId, demoPersonId, demoRecommendationId, measureKey, protectCount } from '@icssi/platform';
import { walkPages } from '@icssi/test-kit/pagination';
import { postGraphql, signedHeaders, startTestSubgraph, type TestSubgraph } from '@icssi/test-kit/test-subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(cohesionCouncilsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const query = <T = Record<string, unknown>>(q: string, variables: Record<string, unknown> = {}, locale: Locale = Locale.en) =>
  postGraphql<T>(subgraph.url, q, variables, signedHeaders(undefined, locale));

const councils = async (args: string) => {
  const { body } = await query<{ cohesionCouncils: { nodes: Array<{ slug: string }> } }>(`{ cohesionCouncils${args} { nodes { slug } } }`);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.cohesionCouncils.nodes.map((node) => node.slug);
};

describe('cohesion-councils subgraph: councils', () => {
  it('pages through councils: first, next, last and empty pages', async () => {
    const pages = await walkPages<{ slug: string }>(
      subgraph.url,
      signedHeaders(),
      `query($first: Int, $after: String) { cohesionCouncils(first: $first, after: $after) { totalCount nodes { slug } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
      (data) => data.cohesionCouncils as never,
      2,
    );
    expect(pages.map((page) => page.nodes.map((node) => node.slug))).toEqual([
      ['baghdad-council', 'basra-council'],
      ['erbil-council', 'nineveh-council'],
      ['sulaymaniyah-council'],
    ]);
    expect(pages[2].totalCount).toBe(5);
    const empty = await query(`query($a: String) { cohesionCouncils(after: $a) { nodes { slug } } }`, { a: pages[2].pageInfo.endCursor });
    expect(empty.body.data).toEqual({ cohesionCouncils: { nodes: [] } });
  });

  it.each([
    ['region', '(filter: { region: KURDISTAN_REGION })', ['erbil-council', 'sulaymaniyah-council']],
    ['governorate', '(filter: { governorateCode: "iq-ni" })', ['nineveh-council']],
    ['status', '(filter: { status: FORMING })', ['basra-council', 'sulaymaniyah-council']],
    ['establishment dates', '(filter: { established: { from: "2026-05-01" } })', ['erbil-council', 'nineveh-council']],
    [
      'order by establishment, newest first',
      '(orderBy: { field: ESTABLISHED_ON, direction: DESC }, first: 3)',
      ['erbil-council', 'nineveh-council', 'baghdad-council'],
    ],
  ])('filters and orders councils: %s', async (_name, args, expected) => {
    expect(await councils(args)).toEqual(expected);
  });

  it('orders by name in the reader’s language and resolves names with fallback', async () => {
    const { body } = await query<{ cohesionCouncils: { nodes: Array<{ name: string }> } }>(
      `{ cohesionCouncils(orderBy: { field: NAME }, first: 2) { nodes { name } } }`,
      {},
      Locale.kmr,
    );
    expect(body.data!.cohesionCouncils.nodes.map((n) => n.name)).toEqual([
      'Encumena Hevgirtina Civakî ya Besreyê',
      'Encumena Hevgirtina Civakî ya Bexdayê',
    ]);
  });

  it('gives a council its seats, meetings (attendance protected like every count of people) and implementations', async () => {
    const keys: Array<{ held_on: string; record_key: string }> = await subgraph.dataSource.query(
      `SELECT held_on::text, record_key::text FROM council_meeting`,
    );
    const attendance = (heldOn: string, measure: string, count: number) =>
      protectCount({ count, cellKey: measureKey(keys.find((row) => row.held_on === heldOn)!.record_key, measure) });
    const { body } = await query(
      `query($id: ID!) { cohesionCouncil(id: $id) {
        governorate { code } coordinatingOrganisation { id }
        members(first: 10) { totalCount nodes { sector person { id } organisation { id } onBehalfOf } }
        meetings { totalCount nodes { heldOn attendanceTotal { key value suppressed lowerThan } attendanceWomen { key value suppressed lowerThan } attendanceYouth { key value suppressed lowerThan } summary recommendationsDiscussed { id } } }
        implementations { totalCount } } }`,
      { id: demoCouncilId('baghdad-council') },
      Locale.ar,
    );
    expect(body.data).toEqual({
      cohesionCouncil: {
        governorate: { code: 'IQ-BG' },
        coordinatingOrganisation: { id: demoOrganisationId('iraqi-social-forum-secretariat') },
        members: {
          totalCount: 5,
          nodes: [
            {
              sector: 'CIVIL_SOCIETY',
              person: null,
              organisation: { id: demoOrganisationId('iraqi-social-forum-secretariat') },
              onBehalfOf: null,
            },
            { sector: 'LOCAL_AUTHORITY', person: null, organisation: null, onBehalfOf: 'مجلس المحافظة' },
            { sector: 'RELIGIOUS_LEADER', person: null, organisation: null, onBehalfOf: 'القادة الدينيون في المحافظة' },
            // who holds a seat is not public
            { sector: 'WOMEN_REPRESENTATIVE', person: null, organisation: null, onBehalfOf: null },
            { sector: 'YOUTH_REPRESENTATIVE', person: null, organisation: null, onBehalfOf: null },
          ],
        },
        meetings: {
          totalCount: 2,
          nodes: [
            {
              heldOn: '2026-06-20',
              attendanceTotal: attendance('2026-06-20', 'attendance_total', 18),
              attendanceWomen: attendance('2026-06-20', 'attendance_women', 8),
              attendanceYouth: attendance('2026-06-20', 'attendance_youth', 6),
              summary: 'مراجعة جلسات الحوار الأولى؛ مناقشة مقاعد النساء.',
              recommendationsDiscussed: [demoRecommendationId('isf3-civil-peace-councils'), demoRecommendationId('isf3-women-in-councils')]
                .sort()
                .map((id) => ({ id })),
            },
            {
              heldOn: '2026-04-15',
              attendanceTotal: attendance('2026-04-15', 'attendance_total', 22),
              attendanceWomen: attendance('2026-04-15', 'attendance_women', 9),
              attendanceYouth: attendance('2026-04-15', 'attendance_youth', 8),
              summary: 'الاجتماع التأسيسي؛ اعتماد خطة العمل حول السلم المدني.',
              recommendationsDiscussed: [{ id: demoRecommendationId('isf3-civil-peace-councils') }],
            },
          ],
        },
        implementations: { totalCount: 2 },
      },
    });
  });

  it('shows who holds a seat to members of the network only', async () => {
    const q = `query($id: ID!) { cohesionCouncil(id: $id) { members(first: 10) { nodes { sector person { id } } } } }`;
    const member = { id: 'member-1', roles: [Role.MEMBER], region: null };
    const { body } = await postGraphql<{
      cohesionCouncil: { members: { nodes: Array<{ sector: string; person: { id: string } | null }> } };
    }>(subgraph.url, q, { id: demoCouncilId('baghdad-council') }, signedHeaders(member));
    expect(body.data!.cohesionCouncil.members.nodes.filter((seat) => seat.person)).toEqual([
      { sector: 'WOMEN_REPRESENTATIVE', person: { id: demoPersonId('person-8') } },
      { sector: 'YOUTH_REPRESENTATIVE', person: { id: demoPersonId('person-1') } },
    ]);
  });

  it('lists meetings across councils with filters', async () => {
    const { body } = await query(
      `{ councilMeetings(filter: { held: { from: "2026-05-01" } }) { totalCount nodes { heldOn governorate { code } council { slug } } } }`,
    );
    expect(body.data).toEqual({
      councilMeetings: {
        totalCount: 3,
        nodes: [
          { heldOn: '2026-06-20', governorate: { code: 'IQ-BG' }, council: { slug: 'baghdad-council' } },
          { heldOn: '2026-06-01', governorate: { code: 'IQ-AR' }, council: { slug: 'erbil-council' } },
          { heldOn: '2026-05-20', governorate: { code: 'IQ-NI' }, council: { slug: 'nineveh-council' } },
        ],
      },
    });
    const nineveh = await query(`{ councilMeetings(filter: { governorateCode: "IQ-NI" }) { totalCount } }`);
    expect(nineveh.body.data).toEqual({ councilMeetings: { totalCount: 1 } });
  });
});

describe('cohesion-councils subgraph: implementations', () => {
  it('shows an implementation with its indicator and timeline, paged', async () => {
    const { body } = await query<{ implementation: Record<string, unknown> & { updates: { pageInfo: { endCursor: string } } } }>(
      `query($id: ID!) { implementation(id: $id) { status progress recommendation { id } council { slug } indicator { name baseline target actual }
         updates(first: 2) { totalCount nodes { reportedOn progress status note } pageInfo { hasNextPage endCursor } } } }`,
      { id: demoImplementationId('baghdad-council', 'isf3-civil-peace-councils') },
    );
    expect(body.data!.implementation).toEqual({
      status: 'IN_PROGRESS',
      progress: 40,
      recommendation: { id: demoRecommendationId('isf3-civil-peace-councils') },
      council: { slug: 'baghdad-council' },
      indicator: { name: 'Local dialogue sessions held', baseline: 0, target: 12, actual: 5 },
      updates: {
        totalCount: 3,
        nodes: [
          { reportedOn: '2026-05-01', progress: 15, status: 'IN_PROGRESS', note: 'First two dialogue sessions held.' },
          { reportedOn: '2026-07-01', progress: 30, status: 'IN_PROGRESS', note: 'Four sessions held in total.' },
        ],
        pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
      },
    });
    const last = await query(
      `query($id: ID!, $a: String) { implementation(id: $id) { updates(first: 2, after: $a) { nodes { progress } pageInfo { hasNextPage } } } }`,
      {
        id: demoImplementationId('baghdad-council', 'isf3-civil-peace-councils'),
        a: body.data!.implementation.updates.pageInfo.endCursor,
      },
    );
    expect(last.body.data).toEqual({ implementation: { updates: { nodes: [{ progress: 40 }], pageInfo: { hasNextPage: false } } } });
  });

  it.each([
    ['status', '{ status: IN_PROGRESS }', 3],
    ['council', `{ councilId: "${demoCouncilId('baghdad-council')}" }`, 2],
    ['recommendation', `{ recommendationId: "${demoRecommendationId('isf3-civil-peace-councils')}" }`, 3],
    ['minimum progress', '{ minProgress: 40 }', 2],
    ['the council’s region (federal)', '{ region: FEDERAL_IRAQ }', 4],
    ['the council’s region (Kurdistan)', '{ region: KURDISTAN_REGION }', 1],
    ['the council’s governorate', '{ governorateCode: "IQ-BG" }', 2],
    ['the council’s governorate, code in lower case', '{ governorateCode: "iq-ar" }', 1],
    ['a governorate without a council', '{ governorateCode: "IQ-SU" }', 0],
    ['region and status together', '{ region: FEDERAL_IRAQ, status: PLANNED }', 1],
    ['an unknown council id', '{ councilId: "nope" }', 0],
  ])('filters implementations by %s', async (_name, filter, expected) => {
    const { body } = await query<{ implementations: { totalCount: number; nodes: unknown[] } }>(
      `{ implementations(filter: ${filter}) { totalCount nodes { progress } } }`,
    );
    expect(body.data!.implementations.totalCount).toBe(expected);
    expect(body.data!.implementations.nodes).toHaveLength(expected);
  });

  it('rejects progress outside 0–100 in the database itself', async () => {
    await expect(subgraph.dataSource.query(`UPDATE implementation SET progress = 101`)).rejects.toThrow(/check constraint/);
  });
});

describe('cohesion-councils subgraph: single records', () => {
  it('answers councilMeeting by id, and null for an unknown id', async () => {
    const { body } = await query(
      `query($id: ID!) { councilMeeting(id: $id) { heldOn council { slug } } none: councilMeeting(id: "nope") { heldOn } noCouncil: cohesionCouncil(id: "00000000-0000-4000-8000-000000000000") { slug } }`,
      {
        id: demoId('council-meeting', 'nineveh-council#founding'),
      },
    );
    expect(body).toEqual({
      data: { councilMeeting: { heldOn: '2026-05-20', council: { slug: 'nineveh-council' } }, none: null, noCouncil: null },
    });
  });
});

describe('cohesion-councils subgraph: federation', () => {
  it('adds councils to governorates and organisations, and implementations to recommendations, one statement per list', async () => {
    const before = subgraph.sqlCounter.count;
    const { body } = await query<{ _entities: Array<Record<string, unknown>> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Governorate { cohesionCouncils { slug } }
        ... on Organisation { coordinatedCouncils { slug } }
        ... on Recommendation { implementations { nodes { progress } } } } }`,
      {
        r: [
          ...['IQ-BG', 'IQ-HA', 'IQ-AR'].map((code) => ({ __typename: 'Governorate', code })),
          { __typename: 'Organisation', id: demoOrganisationId('icssi') },
          { __typename: 'Organisation', id: demoOrganisationId('european-commission') },
          { __typename: 'Recommendation', id: demoRecommendationId('isf3-youth-in-local-dialogue') },
          { __typename: 'Recommendation', id: demoRecommendationId('ksf1-coexistence-education') },
        ],
      },
    );
    // one per list, and the claim of the signed context's nonce
    expect(subgraph.sqlCounter.count - before).toBe(3 + 1);
    expect(body.data!._entities).toEqual([
      { cohesionCouncils: [{ slug: 'baghdad-council' }] },
      { cohesionCouncils: [] },
      { cohesionCouncils: [{ slug: 'erbil-council' }] },
      { coordinatedCouncils: [{ slug: 'basra-council' }, { slug: 'nineveh-council' }] },
      { coordinatedCouncils: [] },
      { implementations: { nodes: [{ progress: 60 }] } },
      { implementations: { nodes: [] } },
    ]);
  });

  it('resolves every entity type by reference', async () => {
    const { body } = await query(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on CohesionCouncil { slug } ... on Implementation { progress } ... on CouncilMember { sector }
        ... on CouncilMeeting { heldOn } ... on ImplementationUpdate { progress } } }`,
      {
        r: [
          { __typename: 'CohesionCouncil', id: demoCouncilId('erbil-council') },
          { __typename: 'Implementation', id: demoImplementationId('erbil-council', 'isf3-youth-in-local-dialogue') },
          { __typename: 'CouncilMember', id: demoId('council-member', 'nineveh-council#tribal') },
          { __typename: 'CouncilMeeting', id: demoId('council-meeting', 'erbil-council#founding') },
          {
            __typename: 'ImplementationUpdate',
            id: demoId('implementation-update', 'erbil-council#isf3-youth-in-local-dialogue#2026-10-01'),
          },
        ],
      },
    );
    expect(body.data).toEqual({
      _entities: [{ slug: 'erbil-council' }, { progress: 60 }, { sector: 'TRIBAL_LEADER' }, { heldOn: '2026-06-01' }, { progress: 60 }],
    });
  });
});
