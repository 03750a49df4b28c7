import { createHash, randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import {
  ANONYMOUS_VIEWER,
  CONTEXT_HEADER,
  Locale,
  Region,
  Role,
  contextSecret,
  demoOrganisationId,
  demoPersonId,
  requestDigest,
  signContext,
} from '@icssi/platform';
import { postGraphql, signedHeaders, signedRequestHeaders } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

let stack: TestStack;

beforeAll(async () => {
  // Production-like edge: introspection for analysts only.
  stack = await startTestStack({ gateway: { introspection: 'analysts' } });
});

afterAll(async () => {
  await stack?.dispose();
});

/** Things that must never appear in a public response. */
const LEAKS =
  /@demo\.invalid|\+964|FEMALE|MALE|birthYear":\d|SELECT |INSERT |constraint|QueryFailedError|ECONNREFUSED|127\.0\.0\.1|at [\w.]+ \(|stacktrace/i;

const raw = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }, method = 'POST') =>
  fetch(stack.gateway.url, { method, headers, body: method === 'GET' ? undefined : body });

async function expectClean(response: Response, status: number): Promise<Record<string, unknown>> {
  const text = await response.text();
  expect([response.status, text.slice(0, 300)]).toEqual([status, expect.any(String)]);
  expect(text).not.toMatch(LEAKS);
  return JSON.parse(text || '{}');
}

describe('subgraphs accept only the gateway', () => {
  const representations = { r: [{ __typename: 'Person', id: demoPersonId('person-3') }] };
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { displayName contact { email } } } }`;

  it.each(['organisations', 'campaigns', 'forum-seasons', 'cohesion-councils'] as const)(
    '%s: unsigned request → 401, no data',
    async (name) => {
      const { status, body } = await postGraphql(stack.subgraphs[name].url, `{ __typename }`);
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
    },
  );

  const BODY = JSON.stringify({ query: ENTITIES, variables: representations });
  const complete = (overrides: Record<string, unknown> = {}) => ({
    viewer: ANONYMOUS_VIEWER,
    locale: Locale.en,
    requestId: 'r',
    issuedAt: Date.now(),
    audience: 'organisations',
    digest: requestDigest('POST', '/graphql', BODY),
    nonce: randomBytes(16).toString('base64url'),
    ...overrides,
  });
  it.each([
    ['signed with another secret', () => signContext(complete({ viewer: { id: 'x', roles: [Role.ADMIN], region: null } }), 'guess')],
    [
      'tampered to ADMIN',
      () => {
        const [, signature] = signedRequestHeaders(stack.subgraphs.organisations.url, BODY)[CONTEXT_HEADER].split('.');
        const forged = Buffer.from(JSON.stringify(complete({ viewer: { id: 'x', roles: ['ADMIN'], region: null } }))).toString('base64url');
        return `${forged}.${signature}`;
      },
    ],
    ['replayed (10 minutes old)', () => signContext(complete({ issuedAt: Date.now() - 600_000 }), contextSecret())],
    ['garbage', () => 'not-a-context'],
  ])('organisations `_entities` for a Person %s → 401, no data', async (_name, header) => {
    const { status, body } = await postGraphql(stack.subgraphs.organisations.url, ENTITIES, representations, {
      [CONTEXT_HEADER]: header(),
    });
    expect(status).toBe(401);
    expect(JSON.stringify(body)).not.toMatch(/Demo Person|demo\.invalid/);
  });
});

describe('a person through `_entities`, for each role', () => {
  // person-3: federal Iraq, no consent to show the name; person-4: consented publicly.
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { displayName namePublished gender birthYear contact { email phone } lockedDown } } }`;
  const r = [{ __typename: 'Person', id: demoPersonId('person-3') }];
  it.each([
    [
      'PUBLIC',
      ANONYMOUS_VIEWER,
      { displayName: 'Activist C-103', namePublished: false, gender: null, birthYear: null, contact: null, lockedDown: null },
    ],
    [
      'MEMBER',
      { id: 'm', roles: [Role.MEMBER], region: null },
      { displayName: 'Activist C-103', namePublished: false, gender: null, birthYear: null, contact: null, lockedDown: null },
    ],
    [
      'BRIDGE',
      { id: 'b', roles: [Role.BRIDGE], region: null },
      { displayName: 'Activist C-103', namePublished: false, gender: null, birthYear: null, contact: null, lockedDown: null },
    ],
    [
      'EDITOR of the other region',
      { id: 'e', roles: [Role.EDITOR], region: Region.KURDISTAN_REGION },
      { displayName: 'Activist C-103', namePublished: false, gender: null, birthYear: null, contact: null, lockedDown: null },
    ],
    [
      'EDITOR of the person’s region',
      { id: 'f', roles: [Role.EDITOR], region: Region.FEDERAL_IRAQ },
      {
        displayName: 'Demo Person 3',
        namePublished: true,
        gender: 'MALE',
        birthYear: 1997,
        contact: { email: 'person-3@demo.invalid', phone: '+964 750 000 0003' },
        lockedDown: null,
      },
    ],
    [
      'ADMIN',
      { id: 'a', roles: [Role.ADMIN], region: null },
      {
        displayName: 'Demo Person 3',
        namePublished: true,
        gender: 'MALE',
        birthYear: 1997,
        contact: { email: 'person-3@demo.invalid', phone: '+964 750 000 0003' },
        lockedDown: false,
      },
    ],
  ])('%s sees only what it may', async (_role, viewer, expected) => {
    const { status, body } = await postGraphql(stack.subgraphs.organisations.url, ENTITIES, { r }, signedHeaders(viewer as never));
    expect(status).toBe(200);
    expect(body.data).toEqual({ _entities: [expected] });
  });

  it('writes every read of contact details to the access log (who, which person, which fields)', async () => {
    const log = await stack.subgraphs.organisations.dataSource.query(
      `SELECT viewer_id, viewer_roles, person_id, fields FROM contact_access_log ORDER BY accessed_at`,
    );
    expect(log).toEqual(
      expect.arrayContaining([
        { viewer_id: 'f', viewer_roles: ['EDITOR'], person_id: demoPersonId('person-3'), fields: ['email', 'phone'] },
        { viewer_id: 'a', viewer_roles: ['ADMIN'], person_id: demoPersonId('person-3'), fields: ['email', 'phone'] },
      ]),
    );
    expect(log.every((row: { viewer_id: string }) => row.viewer_id === 'f' || row.viewer_id === 'a')).toBe(true);
  });
});

describe('every path to a person, as the public', () => {
  it.each([
    [
      'working group members',
      `{ workingGroups(first: 20) { nodes { members(first: 20) { nodes { person { displayName gender birthYear contact { email } } } } } } }`,
    ],
    ['organisation members', `{ organisations(first: 100) { nodes { members { nodes { person { displayName contact { phone } } } } } } }`],
    [
      'council seats',
      `{ cohesionCouncils { nodes { members(first: 100) { nodes { sector person { displayName contact { email } } } } } } }`,
    ],
    ['people', `{ people(first: 100) { nodes { displayName gender birthYear contact { email phone } memberships { role } } } }`],
    ['a person by id', `{ person(id: "${demoPersonId('person-5')}") { displayName gender birthYear contact { email } } }`],
    [
      'search',
      `{ search(query: "Demo Person") { organisations { nodes { name } } workingGroups { nodes { name } } campaigns { nodes { title } } recommendations { nodes { title } } } }`,
    ],
  ])('%s: no contact details, gender, birth year, or names without consent', async (_name, query) => {
    const body = await expectClean(await raw(JSON.stringify({ query })), 200);
    const text = JSON.stringify(body);
    // Odd-numbered demo people did not consent publicly: their names never appear.
    expect(text).not.toMatch(/Demo Person (1|3|5|7|9|11|13|15|17|19|21)\b/);
    expect(body.errors).toBeUndefined();
  });
});

describe('identity at the gateway', () => {
  it.each([
    ['a malformed header', 'Token abc'],
    ['a forged signature', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiQURNSU4iXX0.c2lnbmF0dXJl'],
    [
      'alg none',
      `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","roles":["ADMIN"]}').toString('base64url')}.`,
    ],
  ])('%s → 401, not a silent downgrade', async (_name, authorization) => {
    await expectClean(await raw(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json', authorization }), 401);
  });

  it('an expired token → 401', async () => {
    const expired = await new SignJWT({ roles: ['ADMIN'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('icssi-graph')
      .setAudience('icssi-graph')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode('icssi-development-jwt-secret-not-for-production'));
    await expectClean(
      await raw(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json', authorization: `Bearer ${expired}` }),
      401,
    );
  });

  it('a valid token is accepted and its viewer reaches the subgraphs', async () => {
    const body = await expectClean(
      await raw(JSON.stringify({ query: `{ person(id: "${demoPersonId('person-3')}") { displayName } }` }), {
        'content-type': 'application/json',
        ...(await bearer(Role.ADMIN)),
      }),
      200,
    );
    expect(body.data).toEqual({ person: { displayName: 'Demo Person 3' } });
  });
});

describe('writes across regions', () => {
  it('an editor of the Kurdistan Region cannot lock down a federal person (FORBIDDEN user error, nothing changed)', async () => {
    const body = await expectClean(
      await raw(
        JSON.stringify({
          query: `mutation { lockdownPerson(input: { personId: "${demoPersonId('person-3')}" }) { subjectId userErrors { code field } } }`,
        }),
        {
          'content-type': 'application/json',
          ...(await bearer(Role.EDITOR, Region.KURDISTAN_REGION)),
        },
      ),
      200,
    );
    expect(body.data).toEqual({ lockdownPerson: { subjectId: null, userErrors: [{ code: 'FORBIDDEN', field: ['input', 'personId'] }] } });
    expect(await stack.subgraphs.organisations.dataSource.query(`SELECT count(*)::int AS n FROM lockdown`)).toEqual([{ n: 0 }]);
  });

  it.each([
    ['the public', {}],
    ['a member', { role: Role.MEMBER }],
  ])('%s cannot lock anything down', async (_name, who) => {
    const headers = { 'content-type': 'application/json', ...('role' in who ? await bearer(who.role as Role) : {}) };
    const body = await expectClean(
      await raw(
        JSON.stringify({
          query: `mutation { lockdownOrganisation(input: { organisationId: "${demoOrganisationId('icssi')}" }) { subjectId } }`,
        }),
        headers,
      ),
      200,
    );
    expect((body.errors as Array<{ extensions: { code: string } }>)[0].extensions.code).toBe('FORBIDDEN');
    expect(body.data).toBeNull();
  });
});

describe('bombs, floods and malformed requests', () => {
  const deep = `{ workingGroups { nodes { hostOrganisation { members { nodes { organisation { members { nodes { organisation { members { nodes { organisation { name } } } } } } } } } } } } }`;
  const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
  const cost = `{ workingGroups(first: 100) { nodes { members(first: 100) { nodes { person { memberships { workingGroup { members(first: 100) { nodes { role } } } } } } } } } }`;
  const roots = `{ ${Array.from({ length: 13 }, (_, i) => `r${i}: governorates(first: 1) { totalCount }`).join(' ')} }`;
  it.each([
    ['a depth bomb', 400, JSON.stringify({ query: deep })],
    ['an alias bomb', 400, JSON.stringify({ query: aliases })],
    ['a cost bomb', 400, JSON.stringify({ query: cost })],
    ['too many root fields', 400, JSON.stringify({ query: roots })],
    ['a token flood', 400, JSON.stringify({ query: `{${' __typename'.repeat(6000)} }` })],
    ['a huge body', 413, JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(500_000) })],
    ['invalid JSON', 400, '{"query": "{ __typename }"'],
    ['a batched array', 400, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])],
    ['an unknown operation name', 400, JSON.stringify({ query: 'query A { __typename }', operationName: 'Nope' })],
    ['no query at all', 400, JSON.stringify({ variables: {} })],
  ])('%s → %p', async (_name, status, body) => {
    await expectClean(await raw(body), status);
  });

  it.each([
    ['text/plain (CSRF)', { 'content-type': 'text/plain' }],
    ['form data (CSRF)', { 'content-type': 'application/x-www-form-urlencoded' }],
  ])('wrong content type: %s → 400', async (_name, headers) => {
    await expectClean(await raw(JSON.stringify({ query: '{ __typename }' }), headers), 400);
  });

  it('a mutation over GET → 405', async () => {
    const url = `${stack.gateway.url}?query=${encodeURIComponent(`mutation { lockdownPerson(input: { personId: "${demoPersonId('person-1')}" }) { subjectId } }`)}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    await expectClean(response, 405);
  });

  it('introspection as the public → 403; as a BRIDGE analyst → 200', async () => {
    await expectClean(await raw(JSON.stringify({ query: '{ __schema { types { name } } }' })), 403);
    await expectClean(await raw(JSON.stringify({ query: '{ __type(name: "Person") { fields { name } } }' })), 403);
    const analyst = await raw(JSON.stringify({ query: '{ __schema { queryType { name } } }' }), {
      'content-type': 'application/json',
      ...(await bearer(Role.BRIDGE)),
    });
    expect(await analyst.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('a browser origin not on the CORS allowlist gets no CORS headers, and its preflight is refused', async () => {
    const preflight = await fetch(stack.gateway.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    const simple = await raw(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
      origin: 'https://evil.example',
    });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await fetch(stack.gateway.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    });
    expect([allowed.status, allowed.headers.get('access-control-allow-origin')]).toEqual([204, 'http://localhost:3000']);
  });
});

describe('hostile text in every text filter', () => {
  const HOSTILE = [
    "'; DROP TABLE organisation; --",
    '%_\\%',
    'evil\u202Egnp.exe',
    'null\u0000byte',
    '\u0000',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
  ];
  const FILTERS = [
    (t: string) => ({ query: 'query($t: String) { organisations(filter: { text: $t }) { totalCount nodes { slug } } }', variables: { t } }),
    (t: string) => ({ query: 'query($t: String) { workingGroups(filter: { text: $t }) { totalCount } }', variables: { t } }),
    (t: string) => ({ query: 'query($t: String) { governorates(filter: { text: $t }) { totalCount } }', variables: { t } }),
    (t: string) => ({ query: 'query($t: String) { campaigns(filter: { text: $t }) { totalCount } }', variables: { t } }),
    (t: string) => ({ query: 'query($t: String) { recommendations(filter: { text: $t }) { totalCount } }', variables: { t } }),
    (t: string) => ({
      query:
        'query($t: String!) { search(query: $t) { organisations { totalCount } campaigns { totalCount } recommendations { totalCount } } }',
      variables: { t },
    }),
    (t: string) => ({
      query: 'query($t: String!) { organisationBySlug(slug: $t) { id } campaignBySlug(slug: $t) { id } forumBySlug(slug: $t) { id } }',
      variables: { t },
    }),
    (t: string) => ({
      query: 'query($t: ID!) { governorate(code: $t) { code } campaigns(filter: { governorateCode: $t }) { totalCount } }',
      variables: { t },
    }),
  ];
  const cases = HOSTILE.flatMap((text) => FILTERS.map((make, index) => [JSON.stringify(text), index, make(text)] as const));

  it.each(cases)('%s in filter #%p → 200 with no error and nothing leaked', async (text, index, request) => {
    const body = (await expectClean(await raw(JSON.stringify(request)), 200)) as { errors?: Array<{ message: string }> };
    // Control characters are dropped from what is read: a search for a lone NUL is an empty search, which says so.
    const empty = text === JSON.stringify('\u0000') && /search\(/.test(request.query);
    expect(body.errors?.map((error) => error.message)).toEqual(empty ? ['The search query must have 1 to 200 characters.'] : undefined);
  });

  it('the tables are all still there', async () => {
    const [{ n }] = await stack.subgraphs.organisations.dataSource.query(`SELECT count(*)::int AS n FROM organisation`);
    expect(n).toBe(5);
  });
});

describe('hostile inputs end as 4xx or user errors, never 500 (issue 15, point 12)', () => {
  const CREATE_CAMPAIGN = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) {
    campaign { slug title titleTranslations { locale value } } userErrors { code field message } } }`;
  const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) {
    organisation { slug name acronym } userErrors { code field message } } }`;
  const campaignInput = (slug: string, title: Record<string, string>) => ({
    slug,
    title,
    themes: ['PEACEBUILDING'],
    regions: ['KURDISTAN_REGION'],
    governorateCodes: ['IQ-AR'],
  });
  const organisationInput = (slug: string, name: Record<string, string>, acronym?: string) => ({
    slug,
    name,
    acronym,
    kind: 'YOUTH_GROUP',
    homeRegion: 'KURDISTAN_REGION',
    registrationStatus: 'INFORMAL',
  });
  const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    expectClean(await raw(JSON.stringify({ query, variables }), { 'content-type': 'application/json', ...headers }), 200);
  const campaignsWithSlug = async (slug: string) =>
    (
      (await stack.subgraphs.campaigns.dataSource.query(`SELECT count(*)::int AS n FROM campaign WHERE slug = $1`, [slug])) as Array<{
        n: number;
      }>
    )[0].n;

  it.each([
    [
      'a campaign title',
      CREATE_CAMPAIGN,
      'createCampaign',
      campaignInput('nul-title', { en: 'Open\u0000budgets' }),
      ['input', 'title', 'en'],
    ],
    [
      'an organisation name',
      CREATE_ORGANISATION,
      'createOrganisation',
      organisationInput('nul-name', { ckb: 'ڕێکخراوی\u0000ئاشتی' }),
      ['input', 'name', 'ckb'],
    ],
    [
      'an organisation acronym (a plain string)',
      CREATE_ORGANISATION,
      'createOrganisation',
      organisationInput('nul-acronym', { en: 'Peace' }, 'PF\u0000O'),
      ['input', 'acronym'],
    ],
  ])('a NUL character in %s → an INVALID user error on that field, nothing written', async (_what, query, name, input, field) => {
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const body = (await post(query, { input }, editor)) as {
      data: Record<string, { userErrors: unknown[] } & Record<string, unknown>>;
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data[name].userErrors).toEqual([
      { code: 'INVALID', field, message: 'The text contains a control character (U+0000), which no text may hold.' },
    ]);
    expect(Object.values(body.data[name]).filter((value) => value !== null && !Array.isArray(value))).toEqual([]);
    expect(await campaignsWithSlug(input.slug)).toBe(0);
    const [{ n }] = await stack.subgraphs.organisations.dataSource.query(`SELECT count(*)::int AS n FROM organisation WHERE slug = $1`, [
      input.slug,
    ]);
    expect(n).toBe(0);
  });

  it('a NUL in a search, filter or slug lookup is dropped: an ordinary answer', async () => {
    const body = await post('query($t: String!) { search(query: $t) { campaigns { totalCount } } organisationBySlug(slug: $t) { id } }', {
      t: 'icssi\u0000',
    });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      search: { campaigns: { totalCount: expect.any(Number) } },
      organisationBySlug: { id: demoOrganisationId('icssi') },
    });
  });

  it('bidi overrides, isolates, marks and zero-width characters are removed from titles and names; a ZWNJ inside a Sorani word stays', async () => {
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    // "Budget\u202Etxt.exe" would display as "Budgetexe.txt"; the Sorani title keeps its ZWNJ (دە‌کەین).
    const sorani = 'شەفافیەت دە\u200Cکەین';
    const created = (await post(
      CREATE_CAMPAIGN,
      { input: campaignInput('\u200Bbidi-title\uFEFF', { en: '\u2067Budget\u202Etxt.exe\u2069\u200E', ckb: `\u200C${sorani}\u200F` }) },
      editor,
    )) as {
      data: {
        createCampaign: {
          campaign: { slug: string; title: string; titleTranslations: Array<{ locale: string; value: string }> };
          userErrors: unknown[];
        };
      };
    };
    expect(created.data.createCampaign.userErrors).toEqual([]);
    const campaign = created.data.createCampaign.campaign;
    expect(campaign.slug).toBe('bidi-title');
    expect(Object.fromEntries(campaign.titleTranslations.map((t) => [t.locale, t.value]))).toEqual({ en: 'Budgettxt.exe', ckb: sorani });
    expect(JSON.stringify(campaign)).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\uFEFF]/);
    const [row] = await stack.subgraphs.campaigns.dataSource.query(`SELECT title::text AS title FROM campaign WHERE slug = 'bidi-title'`);
    expect(row.title).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\uFEFF]/);
    expect(JSON.parse(row.title).ckb.value).toBe(sorani);
    // A plain string field (a person's pseudonym) too.
    const person = (await post(
      'mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { pseudonym } userErrors { code field } } }',
      { input: { displayName: { ckb: 'ئاراس' }, pseudonym: 'Activist\u202E1\u200B', region: 'KURDISTAN_REGION', nameConsent: 'NONE' } },
      editor,
    )) as { data: { createPerson: { person: { pseudonym: string }; userErrors: unknown[] } } };
    expect(person.data.createPerson).toEqual({ person: { pseudonym: 'Activist1' }, userErrors: [] });
  });

  it('a persisted-query hash that does not match its query → 400 saying so', async () => {
    const wrongHash = createHash('sha256').update('{ somethingElse }').digest('hex');
    for (const hash of [wrongHash, 'not-hex']) {
      const body = await expectClean(
        await raw(JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })),
        400,
      );
      expect(body.errors).toEqual([
        { message: expect.stringMatching(/^The persisted query hash does not match the query/), extensions: { code: 'BAD_REQUEST' } },
      ]);
    }
    const version = await expectClean(
      await raw(JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: wrongHash } } })),
      400,
    );
    expect(version.errors).toEqual([{ message: 'Only persisted query version 1 is supported.', extensions: { code: 'BAD_REQUEST' } }]);
  });

  it.each([
    ['anonymous', 'subscription { __typename }'],
    ['named, with a field', 'subscription Watch { campaigns { totalCount } }'],
  ])('a subscription (%s) → 400, not 500', async (_name, query) => {
    const body = await expectClean(await raw(JSON.stringify({ query })), 400);
    expect(body.errors).toEqual([
      {
        message: 'Subscriptions are not supported: this graph answers queries and mutations over HTTP.',
        extensions: { code: 'BAD_REQUEST' },
      },
    ]);
  });

  it.each([
    ['a date that is no calendar day', '{ regionReportSeries(from: "2026-02-30", to: "2026-12-31", granularity: YEAR) { region } }'],
    ['a month 13', 'query($p: ReportPeriodInput! = { from: "2026-13-01", to: "2026-12-31" }) { regionReports(period: $p) { region } }'],
    ['a date in a filter', '{ campaigns(filter: { period: { from: "2025-02-29" } }) { totalCount } }'],
    [
      'a date-time that is none',
      `mutation { addForumSession(input: { seasonId: "${demoOrganisationId('icssi')}", title: { en: "x" }, format: WORKSHOP, startsAt: "yesterday" }) { userErrors { code } } }`,
    ],
  ])('%s in a literal or default → 400 BAD_USER_INPUT, not "service unavailable"', async (_name, query) => {
    const response = await raw(JSON.stringify({ query }), { 'content-type': 'application/json', ...(await bearer(Role.BRIDGE)) });
    const body = await expectClean(response, 400);
    expect((body.errors as Array<{ extensions: { code: string } }>).map((error) => error.extensions.code)).toEqual([
      expect.stringMatching(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/),
    ]);
  });
});
