import { organisationsService } from '@icssi/organisations';
import { Locale, Region, Role, type Viewer, demoOrganisationId, runMutation } from '@icssi/platform';
import { postGraphql, signedHeaders, startTestSubgraph, type TestSubgraph } from '@icssi/test-kit/test-subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(organisationsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const ADMIN: Viewer = { id: 'admin-1', roles: [Role.ADMIN], region: null };
const KR_EDITOR: Viewer = { id: 'editor-erbil', roles: [Role.EDITOR], region: Region.KURDISTAN_REGION };
const FI_EDITOR: Viewer = { id: 'editor-baghdad', roles: [Role.EDITOR], region: Region.FEDERAL_IRAQ };

const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) {
  organisation { id slug name acronym homeRegion headquarters { code } version } userErrors { code field message } } }`;
const UPDATE = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) {
  organisation { id acronym version status } userErrors { code field message } } }`;

const valid = (slug: string) => ({
  slug,
  name: { ckb: 'ڕێکخراوی نموونە', en: 'Example Organisation' },
  kind: 'YOUTH_GROUP',
  homeRegion: 'KURDISTAN_REGION',
  headquartersCode: 'IQ-DA',
  themes: ['PEACEBUILDING'],
  foundedYear: 2020,
  registrationStatus: 'INFORMAL',
});

const run = <
  T = Record<
    string,
    { organisation: Record<string, unknown> | null; userErrors: Array<{ code: string; field: string[]; message: string }> }
  >,
>(
  query: string,
  input: Record<string, unknown>,
  viewer: Viewer,
  locale: Locale = Locale.en,
) => postGraphql<T>(subgraph.url, query, { input }, signedHeaders(viewer, locale));

const count = async () => (await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM organisation`))[0].n as number;
const audits = async () => (await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n as number;

describe('createOrganisation', () => {
  it('creates an organisation of the editor’s region and audits it', async () => {
    const { body } = await run(CREATE, valid('example-organisation'), KR_EDITOR);
    const result = body.data!.createOrganisation;
    expect(result.userErrors).toEqual([]);
    expect(result.organisation).toMatchObject({
      slug: 'example-organisation',
      name: 'Example Organisation',
      homeRegion: 'KURDISTAN_REGION',
      headquarters: { code: 'IQ-DA' },
      version: 1,
    });
    const [audit] = await subgraph.dataSource.query(
      `SELECT viewer_id, operation, entity_type, changes FROM audit_log WHERE entity_id = $1`,
      [result.organisation!.id],
    );
    expect(audit).toMatchObject({ viewer_id: 'editor-erbil', operation: 'createOrganisation', entity_type: 'Organisation' });
    expect(audit.changes).toEqual(expect.arrayContaining([{ field: 'slug', old: null, new: 'example-organisation' }]));
  });

  it.each([
    ['slug', { slug: 'Not A Slug!' }, 'INVALID', ['input', 'slug']],
    ['name missing', { name: { en: '  ' } }, 'INVALID', ['input', 'name']],
    ['name too long', { name: { en: 'x'.repeat(201) } }, 'INVALID', ['input', 'name', 'en']],
    ['acronym too long', { acronym: 'X'.repeat(21) }, 'INVALID', ['input', 'acronym']],
    ['founded in the future', { foundedYear: 2999 }, 'INVALID', ['input', 'foundedYear']],
    ['website', { website: 'javascript:alert(1)' }, 'INVALID', ['input', 'website']],
    ['unknown headquarters', { headquartersCode: 'IQ-XX' }, 'NOT_FOUND', ['input', 'headquartersCode']],
    ['another region', { homeRegion: 'FEDERAL_IRAQ' }, 'FORBIDDEN', ['input', 'homeRegion']],
  ])('refuses %s with a user error and writes nothing', async (_name, change, code, field) => {
    const [organisations, audited] = [await count(), await audits()];
    const { status, body } = await run(CREATE, { ...valid('never-written'), ...change }, KR_EDITOR);
    expect(status).toBe(200);
    expect(body.data!.createOrganisation.organisation).toBeNull();
    expect(body.data!.createOrganisation.userErrors).toEqual([expect.objectContaining({ code, field })]);
    expect([await count(), await audits()]).toEqual([organisations, audited]);
  });

  it('answers in the caller’s language where a translation exists', async () => {
    const { body } = await run(CREATE, { ...valid('never-written'), foundedYear: 2999 }, KR_EDITOR, Locale.ar);
    expect(body.data!.createOrganisation.userErrors[0].message).toBe(`يجب أن تكون بين 1900 و${new Date().getFullYear()}.`);
  });

  it('reports a taken slug as DUPLICATE', async () => {
    const { body } = await run(CREATE, valid('icssi'), ADMIN);
    expect(body.data!.createOrganisation).toEqual({
      organisation: null,
      userErrors: [expect.objectContaining({ code: 'DUPLICATE', field: ['input', 'slug'] })],
    });
  });

  it.each([
    ['the public', { id: null, roles: [Role.PUBLIC], region: null }],
    ['a member', { id: 'm', roles: [Role.MEMBER], region: null }],
    ['a bridge analyst', { id: 'b', roles: [Role.BRIDGE], region: null }],
  ])('refuses %s (FORBIDDEN) and writes nothing', async (_name, viewer) => {
    const before = await count();
    const { body } = await run(CREATE, valid('never-written'), viewer as Viewer);
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('is idempotent with a client key: the retry returns the first result; another input with the same key is refused', async () => {
    const input = { ...valid('idempotent-organisation'), idempotencyKey: 'client-key-1' };
    const first = await run(CREATE, input, KR_EDITOR);
    const second = await run(CREATE, input, KR_EDITOR);
    expect(second.body.data!.createOrganisation.organisation!.id).toBe(first.body.data!.createOrganisation.organisation!.id);
    expect(
      (await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM organisation WHERE slug = 'idempotent-organisation'`))[0].n,
    ).toBe(1);
    const other = await run(CREATE, { ...input, acronym: 'DIFF' }, KR_EDITOR);
    expect(other.body.data!.createOrganisation).toEqual({
      organisation: null,
      userErrors: [expect.objectContaining({ code: 'INVALID', field: ['input', 'idempotencyKey'] })],
    });
  });
});

describe('updateOrganisation and archiveOrganisation', () => {
  it('updates with the current version, and refuses a stale one with CONFLICT and the current version', async () => {
    const id = demoOrganisationId('peace-and-freedom-organization');
    const ok = await run(UPDATE, { id, version: 1, acronym: 'PFO-K' }, KR_EDITOR);
    expect(ok.body.data!.updateOrganisation).toEqual({
      organisation: { id, acronym: 'PFO-K', version: 2, status: 'ACTIVE' },
      userErrors: [],
    });
    const stale = await run(UPDATE, { id, version: 1, acronym: 'LOST' }, KR_EDITOR);
    expect(stale.body.data!.updateOrganisation.userErrors).toEqual([
      {
        code: 'CONFLICT',
        field: ['input', 'version'],
        message: 'The record changed since you read it (now version 2); reload and try again.',
      },
    ]);
    const [row] = await subgraph.dataSource.query(`SELECT acronym, version FROM organisation WHERE id = $1`, [id]);
    expect(row).toEqual({ acronym: 'PFO-K', version: 2 });
  });

  it('refuses an editor of another region, and an unknown id', async () => {
    const forbidden = await run(UPDATE, { id: demoOrganisationId('iraqi-social-forum-secretariat'), version: 1, acronym: 'X' }, KR_EDITOR);
    expect(forbidden.body.data!.updateOrganisation.userErrors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'id'] }),
    ]);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const unknown = await run(UPDATE, { id, version: 1, acronym: 'X' }, ADMIN);
      expect(unknown.body.data!.updateOrganisation.userErrors).toEqual([
        expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] }),
      ]);
    }
  });

  it('loses no update: 20 parallel updates with the same version → exactly 1 succeeds, 19 CONFLICT', async () => {
    const id = demoOrganisationId('european-commission');
    const [{ version }] = await subgraph.dataSource.query(`SELECT version FROM organisation WHERE id = $1`, [id]);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => run(UPDATE, { id, version, acronym: `EC-${i}` }, ADMIN)));
    const winners = results.filter((r) => r.body.data!.updateOrganisation.userErrors.length === 0);
    const conflicts = results.filter((r) => r.body.data!.updateOrganisation.userErrors[0]?.code === 'CONFLICT');
    expect([winners.length, conflicts.length]).toEqual([1, 19]);
    const [row] = await subgraph.dataSource.query(`SELECT acronym, version FROM organisation WHERE id = $1`, [id]);
    expect(row).toEqual({ acronym: winners[0].body.data!.updateOrganisation.organisation!.acronym, version: version + 1 });
  });

  it('archives: the organisation leaves lists, stays resolvable for admins, and the audit trail shows it', async () => {
    const id = demoOrganisationId('iraqi-social-forum-secretariat');
    const [{ version }] = await subgraph.dataSource.query(`SELECT version FROM organisation WHERE id = $1`, [id]);
    const archive = () =>
      postGraphql<{ archiveOrganisation: { organisation: { status: string } | null; userErrors: unknown[] } }>(
        subgraph.url,
        `mutation($id: ID!, $v: Int!) { archiveOrganisation(input: { id: $id, version: $v }) { organisation { status } userErrors { code } } }`,
        { id, v: version },
        signedHeaders(FI_EDITOR),
      );
    // An archived organisation exists for admins only: the editor's payload holds none (the read gate).
    expect((await archive()).body.data!.archiveOrganisation).toEqual({ organisation: null, userErrors: [] });
    // Archiving twice answers like once, with no new version.
    expect((await archive()).body.data!.archiveOrganisation).toEqual({ organisation: null, userErrors: [] });
    const [{ version: versionAfter, status }] = await subgraph.dataSource.query(`SELECT version, status FROM organisation WHERE id = $1`, [
      id,
    ]);
    expect({ versionAfter, status }).toEqual({ versionAfter: version + 1, status: 'ARCHIVED' });
    const publicView = await postGraphql(
      subgraph.url,
      `query($id: ID!) { organisation(id: $id) { id } organisations(first: 100) { nodes { id } } }`,
      { id },
      signedHeaders(),
    );
    expect(JSON.stringify(publicView.body)).not.toContain(id);
    const adminView = await postGraphql(
      subgraph.url,
      `query($id: ID!) { organisation(id: $id) { status } organisations(filter: { status: ARCHIVED }) { nodes { id } } }`,
      { id },
      signedHeaders(ADMIN),
    );
    expect(adminView.body.data).toEqual({ organisation: { status: 'ARCHIVED' }, organisations: { nodes: [{ id }] } });
    const trail = await postGraphql<{ auditTrail: { organisations: Array<{ operation: string; viewerId: string; changes: unknown }> } }>(
      subgraph.url,
      `query($id: ID!) { auditTrail(entityId: $id) { organisations { operation viewerId changes } } }`,
      { id },
      signedHeaders(ADMIN),
    );
    expect(trail.body.data!.auditTrail.organisations).toEqual([
      { operation: 'archiveOrganisation', viewerId: 'editor-baghdad', changes: [{ field: 'status', old: 'ACTIVE', new: 'ARCHIVED' }] },
    ]);
    const refused = await postGraphql(
      subgraph.url,
      `query($id: ID!) { auditTrail(entityId: $id) { organisations { operation } } }`,
      { id },
      signedHeaders(FI_EDITOR),
    );
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('transactions', () => {
  it('a failure after the first insert leaves no rows and no audit record', async () => {
    const [organisations, audited] = [await count(), await audits()];
    await expect(
      runMutation(
        subgraph.dataSource,
        { viewer: ADMIN, locale: Locale.en, requestId: 'rollback-test' },
        {
          operation: 'createOrganisation',
          entityType: 'Organisation',
          input: {},
          execute: async (manager) => {
            await manager.query(
              `INSERT INTO organisation (slug, name, kind, home_region, status, registration_status) VALUES ('half-written', '{}', 'NETWORK', 'FEDERAL_IRAQ', 'ACTIVE', 'INFORMAL')`,
            );
            throw new Error('injected failure after the first insert');
          },
        },
      ),
    ).rejects.toThrow('injected failure');
    expect([await count(), await audits()]).toEqual([organisations, audited]);
  });
});
