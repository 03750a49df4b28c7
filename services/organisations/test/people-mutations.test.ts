import { organisationsService } from '@icssi/organisations';
import { Region, Role, type Viewer, demoId, demoOrganisationId, demoPersonId, demoWorkingGroupId } from '@icssi/platform';
import { postGraphql, signedHeaders, startTestSubgraph, type TestSubgraph } from '@icssi/test-kit/test-subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(organisationsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const KR_EDITOR: Viewer = { id: 'editor-erbil', roles: [Role.EDITOR], region: Region.KURDISTAN_REGION };
type Payload = Record<string, unknown> & { userErrors: Array<{ code: string; field: string[] }> };
const send = async (query: string, input: Record<string, unknown>, viewer: Viewer) => {
  const { body } = await postGraphql<Record<string, Payload>>(subgraph.url, query, { input }, signedHeaders(viewer));
  return { payload: body.data ? Object.values(body.data)[0] : null, errors: body.errors };
};

const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id displayName namePublished contact { email } } userErrors { code field } } }`;
const ADD = `mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id role version workingGroup { slug } person { id } } userErrors { code field } } }`;
const END = `mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { endDate version } userErrors { code field } } }`;

describe('people and memberships', () => {
  it('records a person; the audit trail notes personal fields but never their values', async () => {
    const input = {
      displayName: { ckb: 'ناوی نهێنی', en: 'Secret Name' },
      pseudonym: 'Activist Z-999',
      region: 'KURDISTAN_REGION',
      nameConsent: 'NONE',
      gender: 'FEMALE',
      birthYear: 2001,
      email: 'secret@example.org',
      phone: '+964 750 123 4567',
    };
    const { payload } = await send(CREATE_PERSON, input, KR_EDITOR);
    expect(payload).toMatchObject({
      person: { displayName: 'Secret Name', namePublished: true, contact: { email: 'secret@example.org' } },
      userErrors: [],
    });
    const id = (payload!.person as { id: string }).id;
    const [audit] = await subgraph.dataSource.query(`SELECT changes::text AS changes FROM audit_log WHERE entity_id = $1`, [id]);
    for (const secret of ['Secret Name', 'ناوی نهێنی', 'secret@example.org', '123 4567', '2001', 'FEMALE'])
      expect(audit.changes).not.toContain(secret);
    expect(JSON.parse(audit.changes)).toEqual(
      expect.arrayContaining([
        { field: 'email', personal: true },
        { field: 'pseudonym', old: null, new: 'Activist Z-999' },
      ]),
    );
    // the public sees only the pseudonym
    const publicView = await postGraphql(
      subgraph.url,
      `query($id: ID!) { person(id: $id) { displayName contact { email } } }`,
      { id },
      signedHeaders(),
    );
    expect(publicView.body.data).toEqual({ person: { displayName: 'Activist Z-999', contact: null } });
  });

  it.each([
    ['no pseudonym', { pseudonym: ' ' }, 'INVALID', ['input', 'pseudonym']],
    ['a bad e-mail', { email: 'not-an-email' }, 'INVALID', ['input', 'email']],
    ['a birth year in the future', { birthYear: 2999 }, 'INVALID', ['input', 'birthYear']],
    ['the other region', { region: 'FEDERAL_IRAQ' }, 'FORBIDDEN', ['input', 'region']],
  ])('refuses a person with %s', async (_name, change, code, field) => {
    const before = (await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM person`))[0].n;
    const { payload } = await send(
      CREATE_PERSON,
      { displayName: { en: 'X' }, pseudonym: 'Activist Y-1', region: 'KURDISTAN_REGION', nameConsent: 'PUBLIC', ...change },
      KR_EDITOR,
    );
    expect(payload).toEqual({ person: null, userErrors: [expect.objectContaining({ code, field })] });
    expect((await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM person`))[0].n).toBe(before);
  });

  it('adds a membership of the editor’s region and ends it, versioned', async () => {
    const added = await send(
      ADD,
      {
        personId: demoPersonId('person-12'),
        workingGroupId: demoWorkingGroupId('kr-transparency'),
        role: 'COORDINATOR',
        startDate: '2026-01-01',
      },
      KR_EDITOR,
    );
    expect(added.payload).toMatchObject({
      membership: { role: 'COORDINATOR', version: 1, workingGroup: { slug: 'kr-transparency' }, person: { id: demoPersonId('person-12') } },
      userErrors: [],
    });
    const id = (added.payload!.membership as { id: string }).id;
    const early = await send(END, { id, version: 1, endDate: '2025-12-31' }, KR_EDITOR);
    expect(early.payload?.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'endDate'] })]);
    const ended = await send(END, { id, version: 1, endDate: '2026-10-31' }, KR_EDITOR);
    expect(ended.payload).toEqual({ membership: { endDate: '2026-10-31', version: 2 }, userErrors: [] });
    const stale = await send(END, { id, version: 1, endDate: '2026-11-30' }, KR_EDITOR);
    expect(stale.payload?.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
  });

  it('changes a membership’s role, versioned; bad dates, other regions and unknown ids change nothing', async () => {
    const UPDATE = `mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { membership { role startDate version } userErrors { code field } } }`;
    const added = await send(
      ADD,
      {
        personId: demoPersonId('person-13'),
        workingGroupId: demoWorkingGroupId('kr-transparency'),
        role: 'MEMBER',
        startDate: '2026-02-01',
      },
      KR_EDITOR,
    );
    const id = (added.payload!.membership as { id: string }).id;
    await send(END, { id, version: 1, endDate: '2026-09-30' }, KR_EDITOR);
    const promoted = await send(UPDATE, { id, version: 2, role: 'COORDINATOR' }, KR_EDITOR);
    expect(promoted.payload).toEqual({ membership: { role: 'COORDINATOR', startDate: '2026-02-01', version: 3 }, userErrors: [] });
    const [audit] = await subgraph.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND operation = 'updateMembership'`,
      [id],
    );
    expect(audit.changes).toEqual([{ field: 'role', old: 'MEMBER', new: 'COORDINATOR' }]);

    const before = (await subgraph.dataSource.query(`SELECT * FROM membership WHERE id = $1`, [id]))[0];
    const FI_EDITOR: Viewer = { id: 'editor-baghdad', roles: [Role.EDITOR], region: Region.FEDERAL_IRAQ };
    const failures: Array<[Record<string, unknown>, Viewer, string, string[]]> = [
      [{ id, version: 3, startDate: '2026-10-01' }, KR_EDITOR, 'INVALID', ['input', 'startDate']],
      [{ id, version: 2, role: 'MEMBER' }, KR_EDITOR, 'CONFLICT', ['input', 'version']],
      [{ id, version: 3, role: 'MEMBER' }, FI_EDITOR, 'FORBIDDEN', ['input', 'id']],
      [{ id: '00000000-0000-4000-8000-000000000000', version: 1, role: 'MEMBER' }, KR_EDITOR, 'NOT_FOUND', ['input', 'id']],
    ];
    for (const [input, viewer, code, field] of failures) {
      const failed = await send(UPDATE, input, viewer);
      expect(failed.payload).toEqual({ membership: null, userErrors: [expect.objectContaining({ code, field })] });
    }
    const member = await send(
      UPDATE,
      { id, version: 3, role: 'MEMBER' },
      { id: 'member-1', roles: [Role.MEMBER], region: Region.KURDISTAN_REGION },
    );
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.dataSource.query(`SELECT * FROM membership WHERE id = $1`, [id]))[0]).toEqual(before);
  });

  it.each([
    [
      'both an organisation and a group',
      { organisationId: demoOrganisationId('icssi'), workingGroupId: demoWorkingGroupId('kr-transparency') },
      'INVALID',
      ['input', 'organisationId'],
    ],
    [
      'an unknown person',
      { personId: '00000000-0000-4000-8000-000000000000', workingGroupId: demoWorkingGroupId('kr-transparency') },
      'NOT_FOUND',
      ['input', 'personId'],
    ],
    ['an unknown group', { workingGroupId: demoId('working-group', 'nope') }, 'NOT_FOUND', ['input', 'workingGroupId']],
    ['a group of the other region', { workingGroupId: demoWorkingGroupId('fi-transparency') }, 'FORBIDDEN', ['input', 'workingGroupId']],
  ])('refuses a membership with %s', async (_name, change, code, field) => {
    const { payload } = await send(ADD, { personId: demoPersonId('person-12'), role: 'MEMBER', ...change }, KR_EDITOR);
    expect(payload).toEqual({ membership: null, userErrors: [expect.objectContaining({ code, field })] });
  });

  it('refuses the public and members outright', async () => {
    for (const viewer of [
      { id: null, roles: [Role.PUBLIC], region: null },
      { id: 'm', roles: [Role.MEMBER], region: null },
    ]) {
      const { errors } = await send(
        ADD,
        { personId: demoPersonId('person-12'), workingGroupId: demoWorkingGroupId('kr-transparency'), role: 'MEMBER' },
        viewer as Viewer,
      );
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('updatePerson and createPartnership', () => {
  const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { displayName pseudonym version } userErrors { code field } } }`;
  const PARTNER = `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { role partner { slug } } userErrors { code field } } }`;

  it('updates a person, versioned, with personal values kept out of the audit trail', async () => {
    const id = demoPersonId('person-11');
    const { payload, errors } = await send(UPDATE, { id, version: 1, phone: '+964 750 999 9999', nameConsent: 'PUBLIC' }, KR_EDITOR);
    expect(errors).toBeUndefined();
    expect(payload).toEqual({ person: { displayName: 'Demo Person 11', pseudonym: 'Activist K-111', version: 2 }, userErrors: [] });
    const [audit] = await subgraph.dataSource.query(
      `SELECT changes::text AS changes FROM audit_log WHERE entity_id = $1 AND operation = 'updatePerson'`,
      [id],
    );
    expect(audit.changes).not.toContain('999 9999');
    expect(audit.changes).not.toContain('0011');
    const stale = await send(UPDATE, { id, version: 1, pseudonym: 'X' }, KR_EDITOR);
    expect(stale.payload?.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const foreign = await send(UPDATE, { id: demoPersonId('person-1'), version: 1, pseudonym: 'X' }, KR_EDITOR);
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
  });

  it('records a partnership of the editor’s region and refuses a partnership with itself', async () => {
    const pfo = demoOrganisationId('peace-and-freedom-organization');
    const ok = await send(
      PARTNER,
      { organisationId: pfo, partnerId: demoOrganisationId('european-commission'), role: 'IMPLEMENTING_PARTNER' },
      KR_EDITOR,
    );
    expect(ok.payload).toEqual({ partnership: { role: 'IMPLEMENTING_PARTNER', partner: { slug: 'european-commission' } }, userErrors: [] });
    const self = await send(PARTNER, { organisationId: pfo, partnerId: pfo, role: 'KEY_PARTNER' }, KR_EDITOR);
    expect(self.payload?.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'partnerId'] })]);
    const foreign = await send(PARTNER, { organisationId: demoOrganisationId('icssi'), partnerId: pfo, role: 'KEY_PARTNER' }, KR_EDITOR);
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'organisationId'] })]);
  });
});

describe('endPartnership and archivePerson', () => {
  it('ends a partnership of the editor’s region, versioned, with dates in order', async () => {
    const END = `mutation($input: EndPartnershipInput!) { endPartnership(input: $input) { partnership { endDate version } userErrors { code field } } }`;
    const id = demoId('partnership', 'peace-and-freedom-organization>kurdistan-social-forum-secretariat');
    const early = await send(END, { id, version: 1, endDate: '2024-01-01' }, KR_EDITOR);
    expect(early.payload?.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'endDate'] })]);
    const ended = await send(END, { id, version: 1, endDate: '2026-12-31' }, KR_EDITOR);
    expect(ended.payload).toEqual({ partnership: { endDate: '2026-12-31', version: 2 }, userErrors: [] });
    const foreign = await send(
      END,
      { id: demoId('partnership', 'european-commission>icssi'), version: 1, endDate: '2026-12-31' },
      KR_EDITOR,
    );
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
  });

  it('changes a partnership’s role and themes, versioned, audited; a first day after its end is refused', async () => {
    const UPDATE = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { role themes startDate version } userErrors { code field } } }`;
    const id = demoId('partnership', 'peace-and-freedom-organization>kurdistan-social-forum-secretariat');
    const [{ version }] = await subgraph.dataSource.query(`SELECT version FROM partnership WHERE id = $1`, [id]);
    const ok = await send(UPDATE, { id, version, role: 'IMPLEMENTING_PARTNER', themes: ['PEACEBUILDING'] }, KR_EDITOR);
    expect(ok.payload).toMatchObject({
      partnership: { role: 'IMPLEMENTING_PARTNER', themes: ['PEACEBUILDING'], version: version + 1 },
      userErrors: [],
    });
    const [audit] = await subgraph.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND operation = 'updatePartnership'`,
      [id],
    );
    expect(audit.changes).toContainEqual(expect.objectContaining({ field: 'role', new: 'IMPLEMENTING_PARTNER' }));

    const before = (await subgraph.dataSource.query(`SELECT * FROM partnership WHERE id = $1`, [id]))[0];
    const late = await send(UPDATE, { id, version: version + 1, startDate: '2027-06-01' }, KR_EDITOR);
    expect(late.payload).toEqual({
      partnership: null,
      userErrors: [expect.objectContaining({ code: 'INVALID', field: ['input', 'startDate'] })],
    });
    const unknown = await send(UPDATE, { id: '00000000-0000-4000-8000-000000000000', version: 1, role: 'FUNDER' }, KR_EDITOR);
    expect(unknown.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
    const foreign = await send(UPDATE, { id: demoId('partnership', 'european-commission>icssi'), version: 1, role: 'FUNDER' }, KR_EDITOR);
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'id'] })]);
    expect((await subgraph.dataSource.query(`SELECT * FROM partnership WHERE id = $1`, [id]))[0]).toEqual(before);
  });

  it('archives a person: gone from lists and memberships for everyone but admins', async () => {
    const ARCHIVE = `mutation($input: ArchivePersonInput!) { archivePerson(input: $input) { person { id } userErrors { code field } } }`;
    const id = demoPersonId('person-16');
    const archived = await send(ARCHIVE, { id, version: 1 }, KR_EDITOR);
    expect(archived.payload?.userErrors).toEqual([]);
    const view = async (viewer?: Viewer) =>
      JSON.stringify(
        (
          await postGraphql(
            subgraph.url,
            `query($id: ID!) { person(id: $id) { id } people(first: 100) { nodes { id } } workingGroups { nodes { members { nodes { person { id } } } } } }`,
            { id },
            signedHeaders(viewer),
          )
        ).body,
      );
    expect(await view()).not.toContain(id);
    expect(await view(KR_EDITOR)).not.toContain(id);
    expect(await view({ id: 'a', roles: [Role.ADMIN], region: null })).toContain(id);
    const unknown = await send(ARCHIVE, { id: '00000000-0000-4000-8000-000000000000', version: 1 }, KR_EDITOR);
    expect(unknown.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
  });
});
