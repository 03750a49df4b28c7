import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger, demoOrganisationId, demoPersonId, demoWorkingGroupId, Locale } from '@icssi/platform';
import { organisationsService } from '@icssi/organisations';
import { postGraphql, signedHeaders, startTestSubgraph, type TestSubgraph } from '@icssi/test-kit/test-subgraph';
import { walkPages } from '@icssi/test-kit/pagination';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(organisationsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const query = <T = Record<string, unknown>>(q: string, variables: Record<string, unknown> = {}, locale: Locale = Locale.en) =>
  postGraphql<T>(subgraph.url, q, variables, signedHeaders(undefined, locale));

const slugs = async (q: string, variables: Record<string, unknown> = {}) => {
  const { body } = await query<Record<string, { nodes: Array<{ slug: string }> }>>(q, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data!)[0].nodes.map((node) => node.slug);
};

describe('organisations subgraph: governorates', () => {
  it('ships all 19 governorates exactly as in data/governorates.csv', async () => {
    const csv = readFileSync(path.join(__dirname, '../data/governorates.csv'), 'utf8').trim().split('\n').slice(1);
    const { body } = await query<{ governorates: { totalCount: number; nodes: Array<Record<string, unknown>> } }>(
      `{ governorates(first: 100) { totalCount nodes { code ochaPcode region nameTranslations { locale value provenance } } } }`,
    );
    const governorates = body.data!.governorates.nodes;
    expect(body.data!.governorates.totalCount).toBe(19);
    expect(governorates).toHaveLength(19);
    for (const line of csv) {
      const [code, ochaPcode, region, en, ar, ckb, kmr] = line.split(',');
      const found = governorates.find((g) => g.code === code) as {
        ochaPcode: string;
        region: string;
        nameTranslations: Array<{ locale: string; value: string; provenance: string }>;
      };
      expect({ ochaPcode: found.ochaPcode, region: found.region }).toEqual({ ochaPcode, region });
      const byLocale = Object.fromEntries(found.nameTranslations.map((t) => [t.locale, t]));
      expect([byLocale.en.value, byLocale.ar.value, byLocale.kmr.value]).toEqual([en, ar, kmr]);
      expect(byLocale.ckb).toEqual({ locale: 'ckb', value: ckb, provenance: 'MACHINE' });
    }
  });

  it('filters governorates by region and by name in any script', async () => {
    const { body } = await query<{ governorates: { nodes: Array<{ code: string }> } }>(
      `{ governorates(filter: { region: KURDISTAN_REGION }) { nodes { code } } }`,
    );
    expect(body.data!.governorates.nodes.map((g) => g.code)).toEqual(['IQ-AR', 'IQ-DA', 'IQ-HA', 'IQ-SU']);
    for (const text of ['Erbil', 'أربيل', 'اربيل', 'هەولێر', 'hewler']) {
      const found = await query<{ governorates: { nodes: Array<{ code: string }> } }>(
        `query($t: String) { governorates(filter: { text: $t }) { nodes { code } } }`,
        { t: text },
      );
      expect(found.body.data!.governorates.nodes.map((g) => g.code)).toEqual(['IQ-AR']);
    }
  });

  it('resolves names in the reader’s locale', async () => {
    const q = `{ governorate(code: "IQ-AR") { name } }`;
    expect((await query(q, {}, Locale.ar)).body.data).toEqual({ governorate: { name: 'أربيل' } });
    expect((await query(q, {}, Locale.ckb)).body.data).toEqual({ governorate: { name: 'هەولێر' } });
    expect((await query(q, {}, Locale.kmr)).body.data).toEqual({ governorate: { name: 'Hewlêr' } });
    expect((await query(q, {}, Locale.en)).body.data).toEqual({ governorate: { name: 'Erbil' } });
  });
});

describe('organisations subgraph: organisations', () => {
  it('pages through all organisations: first page, next pages, last page, and an empty page', async () => {
    const pages = await walkPages<{ slug: string }>(
      subgraph.url,
      signedHeaders(),
      `query($first: Int, $after: String) { organisations(first: $first, after: $after) { totalCount nodes { slug } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
      (data) => data.organisations as never,
      2,
    );
    expect(pages.map((page) => page.nodes.map((node) => node.slug))).toEqual([
      ['european-commission', 'icssi'],
      ['iraqi-social-forum-secretariat', 'kurdistan-social-forum-secretariat'],
      ['peace-and-freedom-organization'],
    ]);
    expect(pages.map((page) => page.totalCount)).toEqual([5, 5, 5]);
    expect(pages[0].pageInfo.hasPreviousPage).toBe(false);
    expect(pages[2].pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const after = pages[2].pageInfo.endCursor;
    const empty = await query(
      `query($after: String) { organisations(after: $after) { totalCount nodes { slug } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(empty.body.data).toEqual({ organisations: { totalCount: 5, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } });
    const none = await query(`{ organisations(first: 0) { nodes { slug } pageInfo { hasNextPage } } }`);
    expect(none.body.data).toEqual({ organisations: { nodes: [], pageInfo: { hasNextPage: true } } });
  });

  it('refuses a page size over 100 and a forged cursor with a clear error', async () => {
    const big = await query(`{ organisations(first: 101) { nodes { slug } } }`);
    expect(big.body.errors?.[0]).toMatchObject({ message: '`first` must be between 0 and 100.', extensions: { code: 'BAD_USER_INPUT' } });
    const forged = await query(`{ organisations(after: "bm90LWEtY3Vyc29y") { nodes { slug } } }`);
    expect(forged.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const otherOrder = (
      await query<{ organisations: { pageInfo: { endCursor: string } } }>(`{ organisations(first: 1) { pageInfo { endCursor } } }`)
    ).body.data!.organisations.pageInfo.endCursor;
    const mixed = await query(`query($a: String) { organisations(after: $a, orderBy: { field: FOUNDED_YEAR }) { nodes { slug } } }`, {
      a: otherOrder,
    });
    expect(mixed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['region', `{ region: KURDISTAN_REGION }`, ['kurdistan-social-forum-secretariat', 'peace-and-freedom-organization']],
    ['governorate (headquarters or active)', `{ governorateCode: "IQ-NI" }`, ['icssi', 'iraqi-social-forum-secretariat']],
    ['theme', `{ theme: FREEDOM_OF_EXPRESSION }`, ['kurdistan-social-forum-secretariat', 'peace-and-freedom-organization']],
    ['kind', `{ kind: FORUM_SECRETARIAT }`, ['iraqi-social-forum-secretariat', 'kurdistan-social-forum-secretariat']],
    ['status', `{ status: ARCHIVED }`, []],
    [
      'founded years',
      `{ foundedFrom: 2010, foundedTo: 2025 }`,
      ['kurdistan-social-forum-secretariat', 'iraqi-social-forum-secretariat'].sort(),
    ],
    ['text', `{ text: "منظمه السلام" }`, ['peace-and-freedom-organization']],
  ])('filters by %s', async (_name, filter, expected) => {
    expect(await slugs(`{ organisations(filter: ${filter}) { nodes { slug } } }`)).toEqual(expected);
  });

  it('orders by name in the reader’s language, by founding year and by creation', async () => {
    const byName = async (locale: Locale) =>
      (
        await query<{ organisations: { nodes: Array<{ acronym: string }> } }>(
          `{ organisations(orderBy: { field: NAME }) { nodes { acronym } } }`,
          {},
          locale,
        )
      ).body.data!.organisations.nodes.map((n) => n.acronym);
    expect(await byName(Locale.en)).toEqual(['EC', 'ICSSI', 'ISF', 'KSF', 'PFO']);
    expect(await byName(Locale.ar)).toEqual(['ISF', 'KSF', 'EC', 'ICSSI', 'PFO']);
    expect(await slugs(`{ organisations(orderBy: { field: FOUNDED_YEAR, direction: DESC }) { nodes { slug } } }`)).toEqual([
      'kurdistan-social-forum-secretariat',
      'iraqi-social-forum-secretariat',
      'icssi',
      'european-commission',
      'peace-and-freedom-organization',
    ]);
    expect(await slugs(`{ organisations(orderBy: { field: CREATED_AT }) { nodes { slug } } }`)).toHaveLength(5);
  });

  it('finds an organisation by id and by slug, with partnerships, active governorates and members', async () => {
    const { body } = await query(
      `query($id: ID!) { organisation(id: $id) { slug acronym description partnerships { role regionScope partner { slug } }
         activeGovernorates { code } members { totalCount nodes { role person { displayName } } } } }`,
      { id: demoOrganisationId('peace-and-freedom-organization') },
    );
    expect(body.data).toEqual({
      organisation: {
        slug: 'peace-and-freedom-organization',
        acronym: 'PFO',
        description: expect.stringContaining('freedom of expression'),
        partnerships: [
          { role: 'KEY_PARTNER', regionScope: 'KURDISTAN_REGION', partner: { slug: 'icssi' } },
          { role: 'MEMBER_OF', regionScope: 'KURDISTAN_REGION', partner: { slug: 'kurdistan-social-forum-secretariat' } },
        ],
        activeGovernorates: [{ code: 'IQ-AR' }, { code: 'IQ-DA' }, { code: 'IQ-SU' }],
        members: { totalCount: 0, nodes: [] },
      },
    });
    const bySlug = await query(`{ organisationBySlug(slug: "icssi") { id members { totalCount nodes { role } } } }`);
    expect(bySlug.body.data).toEqual({
      organisationBySlug: { id: demoOrganisationId('icssi'), members: { totalCount: 1, nodes: [{ role: 'COORDINATOR' }] } },
    });
    const unknown = await query(`{ organisation(id: "not-a-uuid") { id } missing: organisationBySlug(slug: "nope") { id } }`);
    expect(unknown.body).toEqual({ data: { organisation: null, missing: null } });
  });
});

describe('organisations subgraph: working groups and people', () => {
  it('lists the ten working groups, filters and orders them', async () => {
    expect(await slugs(`{ workingGroups { nodes { slug } } }`)).toHaveLength(10);
    expect(await slugs(`{ workingGroups(filter: { region: KURDISTAN_REGION, theme: HUMAN_RIGHTS }) { nodes { slug } } }`)).toEqual([
      'kr-freedom-of-expression',
    ]);
    expect(await slugs(`{ workingGroups(filter: { status: DORMANT }) { nodes { slug } } }`)).toEqual([]);
    expect(await slugs(`{ workingGroups(filter: { founded: { from: "2025-01-01", to: "2025-12-31" } }) { nodes { slug } } }`)).toHaveLength(
      10,
    );
    expect(await slugs(`{ workingGroups(filter: { founded: { to: "2024-12-31" } }) { nodes { slug } } }`)).toEqual([]);
    expect(await slugs(`{ workingGroups(filter: { text: "Transparency" }) { nodes { slug } } }`)).toEqual([
      'fi-transparency',
      'kr-transparency',
    ]);
    expect(await slugs(`{ workingGroups(orderBy: { field: SLUG, direction: DESC }, first: 2) { nodes { slug } } }`)).toEqual([
      'kr-womens-participation',
      'kr-transparency',
    ]);
    expect(await slugs(`{ workingGroups(orderBy: { field: FOUNDED_ON }, first: 1) { nodes { slug } } }`)).toHaveLength(1);
  });

  it('shows members pseudonymously unless they consented to their name', async () => {
    const { body } = await query<{
      workingGroupBySlug: { members: { nodes: Array<{ role: string; person: { displayName: string; namePublished: boolean } }> } };
    }>(
      `{ workingGroupBySlug(slug: "fi-transparency") { members { nodes { role person { displayName namePublished } } } } }`,
      {},
      Locale.ar,
    );
    expect(body.data!.workingGroupBySlug.members.nodes).toEqual([
      { role: 'LEAD', person: { displayName: 'ناشط A-101', namePublished: false } },
      { role: 'MEMBER', person: { displayName: 'شخص تجريبي ٢', namePublished: true } },
    ]);
  });

  it('lists people in their public view only', async () => {
    const { body } = await query<{ people: { totalCount: number; nodes: Array<Record<string, unknown>> } }>(
      `{ people(filter: { region: KURDISTAN_REGION }, first: 3) { totalCount nodes { displayName region memberships { role workingGroup { slug } } } } }`,
    );
    expect(body.data!.people.totalCount).toBe(10);
    expect(body.data!.people.nodes).toHaveLength(3);
    const schema = await query(`{ __type(name: "Person") { fields { name } } }`);
    expect(JSON.stringify(schema.body)).not.toMatch(/email|phone|birthYear|gender/);
  });
});

describe('organisations subgraph: single records', () => {
  it('answers each single-record query by id, and null for an unknown id', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const { body } = await query(
      `query($wg: ID!, $p: ID!, $u: ID!) { workingGroup(id: $wg) { slug } person(id: $p) { displayName } noGroup: workingGroup(id: $u) { slug } noPerson: person(id: $u) { id } noGovernorate: governorate(code: "IQ-XX") { code } }`,
      { wg: demoWorkingGroupId('kr-peacebuilding'), p: demoPersonId('person-4'), u: unknown },
    );
    expect(body).toEqual({
      data: {
        workingGroup: { slug: 'kr-peacebuilding' },
        person: { displayName: 'Demo Person 4' },
        noGroup: null,
        noPerson: null,
        noGovernorate: null,
      },
    });
  });
});

describe('organisations subgraph: search and references', () => {
  it('searches organisations and working groups across scripts', async () => {
    const found = async (text: string) =>
      (
        await query<{ search: { organisations: { nodes: Array<{ slug: string }> } } }>(
          `query($q: String!) { search(query: $q) { organisations { nodes { slug } } } }`,
          { q: text },
        )
      ).body.data!.search.organisations.nodes.map((n) => n.slug);
    for (const text of [
      'منظمة السلام والحرية',
      'منظمه السلام والحريه',
      'مُنَظَّمَة السلام',
      'ڕێکخراوی ئاشتی',
      'ریکخراوی ئاشتی',
      'Peace and Freedom',
      'PEACE AND FREEDOM',
      'Rêxistina Aştî',
      'rexistina asti',
    ]) {
      expect([text, await found(text)]).toEqual([text, ['peace-and-freedom-organization']]);
    }
    const groups = await query(`{ search(query: "حرية التعبير") { query workingGroups { nodes { slug } } } }`);
    expect(groups.body.data).toEqual({
      search: { query: 'حرية التعبير', workingGroups: { nodes: [{ slug: 'kr-freedom-of-expression' }] } },
    });
    const blank = await query(`{ search(query: "  ") { query } }`);
    expect(blank.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves every entity type by reference in one SQL statement per type', async () => {
    const representations = [
      { __typename: 'WorkingGroup', id: demoWorkingGroupId('fi-transparency') },
      { __typename: 'WorkingGroup', id: demoWorkingGroupId('kr-peacebuilding') },
      { __typename: 'WorkingGroup', id: '00000000-0000-4000-8000-000000000000' },
      { __typename: 'Organisation', id: demoOrganisationId('icssi') },
      { __typename: 'Governorate', code: 'IQ-HA' },
      { __typename: 'Person', id: demoPersonId('person-2') },
      { __typename: 'Person', id: demoPersonId('person-3') },
      { __typename: 'SearchResults', query: 'icssi' },
    ];
    const before = subgraph.sqlCounter.count;
    const { body } = await query(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on WorkingGroup { slug } ... on Organisation { acronym } ... on Governorate { ochaPcode }
        ... on Person { displayName } ... on SearchResults { query } } }`,
      { r: representations },
    );
    expect(body.data).toEqual({
      _entities: [
        { slug: 'fi-transparency' },
        { slug: 'kr-peacebuilding' },
        null,
        { acronym: 'ICSSI' },
        { ochaPcode: 'IQG06Q05' },
        { displayName: 'Demo Person 2' },
        { displayName: 'Activist C-103' },
        { query: 'icssi' },
      ],
    });
    // one per type, and the claim of the signed context's nonce (single use, issue 15)
    expect(subgraph.sqlCounter.count - before).toBe(4 + 1);
  });

  it('seeding twice changes nothing', async () => {
    const count = async () =>
      (
        await subgraph.dataSource.query(
          `SELECT (SELECT count(*) FROM organisation) AS o, (SELECT count(*) FROM working_group) AS w, (SELECT count(*) FROM person) AS p, (SELECT count(*) FROM membership) AS m`,
        )
      )[0];
    const before = await count();
    await organisationsService.seed(subgraph.dataSource, createLogger({ service: 'seed-test' }));
    expect(await count()).toEqual(before);
    expect(before).toEqual({ o: '5', w: '10', p: '21', m: '21' });
  });
});
