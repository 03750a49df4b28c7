import { demoForumId, demoSeasonId, demoSessionId } from '@icssi/forum-seasons';
import { Region, Role, demoOrganisationId } from '@icssi/platform';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

const CREATE = `mutation($input: CreateForumSeasonInput!) { createForumSeason(input: $input) {
  season { number year status governorate { name } forum { slug } } userErrors { code field } } }`;

type Payload = { season: Record<string, unknown> | null; userErrors: Array<{ code: string; field: string[] }> };
const send = async (input: Record<string, unknown>, headers: Record<string, string>) => {
  const { body } = await postGraphql<{ createForumSeason: Payload }>(stack.gateway.url, CREATE, { input }, headers);
  return { payload: body.data?.createForumSeason ?? null, errors: body.errors };
};

const season5 = {
  forumId: demoForumId('iraqi-social-forum'),
  number: 5,
  year: 2027,
  startDate: '2027-12-01',
  endDate: '2027-12-03',
  governorateCode: 'IQ-BA',
};

describe('createForumSeason', () => {
  it('announces a new season, its governorate checked with the organisations subgraph', async () => {
    const { payload } = await send(season5, await bearer(Role.EDITOR, Region.FEDERAL_IRAQ));
    expect(payload).toEqual({
      season: { number: 5, year: 2027, status: 'PLANNED', governorate: { name: 'Basra' }, forum: { slug: 'iraqi-social-forum' } },
      userErrors: [],
    });
  });

  it.each([
    ['a season number already taken', { number: 4 }, 'DUPLICATE', ['input', 'number']],
    ['an unknown governorate', { number: 6, governorateCode: 'IQ-QQ' }, 'NOT_FOUND', ['input', 'governorateCode']],
    ['dates out of order', { number: 6, endDate: '2027-11-01' }, 'INVALID', ['input', 'endDate']],
    ['a season number 0', { number: 0 }, 'INVALID', ['input', 'number']],
    ['an unknown forum', { forumId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', ['input', 'forumId']],
  ])('refuses %s and writes nothing', async (_name, change, code, field) => {
    const count = async () => (await stack.subgraphs['forum-seasons'].dataSource.query(`SELECT count(*)::int AS n FROM forum_season`))[0].n;
    const before = await count();
    const { payload } = await send({ ...season5, ...change }, await bearer(Role.ADMIN));
    expect(payload).toEqual({ season: null, userErrors: [expect.objectContaining({ code, field })] });
    expect(await count()).toBe(before);
  });

  it('refuses an editor of the other region, and a date that is not a calendar day', async () => {
    const foreign = await send({ ...season5, number: 7 }, await bearer(Role.EDITOR, Region.KURDISTAN_REGION));
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'forumId'] })]);
    // The gateway passes custom scalars through; the subgraph refuses the value before any write.
    const { body } = await postGraphql(
      stack.gateway.url,
      CREATE,
      { input: { ...season5, number: 8, startDate: '2027-02-30' } },
      await bearer(Role.ADMIN),
    );
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.data ?? null).toBeNull();
    expect(
      (await stack.subgraphs['forum-seasons'].dataSource.query(`SELECT count(*)::int AS n FROM forum_season WHERE number = 8`))[0].n,
    ).toBe(0);
  });
});

describe('programme and participants', () => {
  const SESSION = `mutation($input: AddForumSessionInput!) { addForumSession(input: $input) { session { title format organisers { acronym } season { number } } userErrors { code field } } }`;
  const PARTICIPANT = `mutation($input: AddSeasonParticipantInput!) { addSeasonParticipant(input: $input) { season { participatingOrganisations { totalCount } } userErrors { code field } } }`;
  const seasonId = demoSeasonId('kurdistan-social-forum', 1);

  it('adds a session with organisers checked with the organisations subgraph', async () => {
    const { body } = await postGraphql<{ addForumSession: Record<string, unknown> }>(
      stack.gateway.url,
      SESSION,
      {
        input: {
          seasonId,
          title: { en: 'Digital safety clinic' },
          format: 'WORKSHOP',
          startsAt: '2026-12-18T10:00:00Z',
          endsAt: '2026-12-18T12:00:00Z',
          organiserIds: [demoOrganisationId('peace-and-freedom-organization')],
        },
      },
      await bearer(Role.EDITOR, Region.KURDISTAN_REGION),
    );
    expect(body.data!.addForumSession).toEqual({
      session: { title: 'Digital safety clinic', format: 'WORKSHOP', organisers: [{ acronym: 'PFO' }], season: { number: 1 } },
      userErrors: [],
    });
    const bad = await postGraphql<{ addForumSession: { userErrors: unknown[] } }>(
      stack.gateway.url,
      SESSION,
      {
        input: {
          seasonId,
          title: { en: 'X' },
          format: 'PLENARY',
          startsAt: '2026-12-18T10:00:00Z',
          endsAt: '2026-12-17T10:00:00Z',
          organiserIds: ['00000000-0000-4000-8000-000000000000'],
        },
      },
      await bearer(Role.ADMIN),
    );
    expect(bad.body.data!.addForumSession.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'endsAt'] }),
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'organiserIds', '0'] }),
    ]);
  });

  it('records a participant once; twice is DUPLICATE', async () => {
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const input = { seasonId, organisationId: demoOrganisationId('european-commission') };
    const first = await postGraphql<{ addSeasonParticipant: Record<string, unknown> }>(stack.gateway.url, PARTICIPANT, { input }, editor);
    expect(first.body.data!.addSeasonParticipant).toEqual({ season: { participatingOrganisations: { totalCount: 4 } }, userErrors: [] });
    const again = await postGraphql<{ addSeasonParticipant: Record<string, unknown> }>(stack.gateway.url, PARTICIPANT, { input }, editor);
    expect(again.body.data!.addSeasonParticipant).toEqual({
      season: null,
      userErrors: [expect.objectContaining({ code: 'DUPLICATE', field: ['input', 'organisationId'] })],
    });
  });
});

describe('season updates and new forums', () => {
  it('opens and concludes a season, versioned', async () => {
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const id = demoSeasonId('kurdistan-social-forum', 1);
    const UPDATE = `mutation($input: UpdateForumSeasonInput!) { updateForumSeason(input: $input) { season { status version } userErrors { code field } } }`;
    const [{ version }] = await stack.subgraphs['forum-seasons'].dataSource.query(`SELECT version FROM forum_season WHERE id = $1`, [id]);
    const open = await postGraphql<{ updateForumSeason: unknown }>(
      stack.gateway.url,
      UPDATE,
      { input: { id, version, status: 'OPEN' } },
      editor,
    );
    expect(open.body.data!.updateForumSeason).toEqual({ season: { status: 'OPEN', version: version + 1 }, userErrors: [] });
    const stale = await postGraphql<{ updateForumSeason: { userErrors: unknown[] } }>(
      stack.gateway.url,
      UPDATE,
      { input: { id, version, status: 'CONCLUDED' } },
      editor,
    );
    expect(stale.body.data!.updateForumSeason.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);

    const trail = await postGraphql<{ auditTrail: { forumSeasons: Array<{ operation: string; entityType: string }> } }>(
      stack.gateway.url,
      `query($id: ID!) { auditTrail(entityId: $id) { forumSeasons { operation entityType } } }`,
      { id },
      await bearer(Role.ADMIN),
    );
    expect(trail.body.data!.auditTrail.forumSeasons).toEqual([
      { operation: 'addSeasonParticipant', entityType: 'ForumSeason' },
      { operation: 'updateForumSeason', entityType: 'ForumSeason' },
    ]);
  });

  it('creates a forum (admins only)', async () => {
    const CREATE = `mutation($input: CreateForumInput!) { createForum(input: $input) { forum { slug region hostGovernorate { name } } userErrors { code field } } }`;
    const input = {
      slug: 'basra-youth-forum',
      name: { en: 'Basra Youth Forum', ar: 'منتدى شباب البصرة' },
      region: 'FEDERAL_IRAQ',
      hostGovernorateCode: 'IQ-BA',
      foundedYear: 2026,
    };
    const editor = await postGraphql<{ createForum: { userErrors: unknown[] } }>(
      stack.gateway.url,
      CREATE,
      { input },
      await bearer(Role.EDITOR, Region.FEDERAL_IRAQ),
    );
    expect(editor.body.data!.createForum.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const admin = await postGraphql<{ createForum: unknown }>(stack.gateway.url, CREATE, { input }, await bearer(Role.ADMIN));
    expect(admin.body.data!.createForum).toEqual({
      forum: { slug: 'basra-youth-forum', region: 'FEDERAL_IRAQ', hostGovernorate: { name: 'Basra' } },
      userErrors: [],
    });
  });
});

describe('corrections to forums and sessions', () => {
  const UPDATE_FORUM = `mutation($input: UpdateForumInput!) { updateForum(input: $input) { forum { name foundedYear version secretariat { acronym } } userErrors { code field } } }`;
  const UPDATE_SESSION = `mutation($input: UpdateForumSessionInput!) { updateForumSession(input: $input) { session { title format version } userErrors { code field } } }`;
  const UNKNOWN = '00000000-0000-4000-8000-000000000000';
  type Result = { payload: { userErrors: Array<{ code: string; field: string[] }> } & Record<string, unknown> };
  const mutate = async (query: string, input: Record<string, unknown>, headers: Record<string, string>): Promise<Result> => {
    const { body } = await postGraphql<Record<string, Result['payload']>>(stack.gateway.url, query, { input }, headers);
    return { payload: Object.values(body.data!)[0] };
  };
  const rowOf = async (table: string, id: string) =>
    (await stack.subgraphs['forum-seasons'].dataSource.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];

  it('lets admins correct a forum, versioned, with its secretariat checked with the organisations subgraph', async () => {
    const id = demoForumId('kurdistan-social-forum');
    const { version } = await rowOf('forum', id);
    const admin = await bearer(Role.ADMIN);
    const ok = await mutate(
      UPDATE_FORUM,
      { id, version, foundedYear: 2021, secretariatOrganisationId: demoOrganisationId('peace-and-freedom-organization') },
      admin,
    );
    expect(ok.payload).toEqual({
      forum: { name: expect.any(String), foundedYear: 2021, version: version + 1, secretariat: { acronym: 'PFO' } },
      userErrors: [],
    });

    const before = await rowOf('forum', id);
    const failures: Array<[Record<string, unknown>, Record<string, string>, string, string[]]> = [
      [{ id, version: version + 1, foundedYear: 1800 }, admin, 'INVALID', ['input', 'foundedYear']],
      [{ id, version: version + 1, name: { en: '' } }, admin, 'INVALID', ['input', 'name']],
      [{ id, version: version + 1, secretariatOrganisationId: UNKNOWN }, admin, 'NOT_FOUND', ['input', 'secretariatOrganisationId']],
      [{ id, version, foundedYear: 2020 }, admin, 'CONFLICT', ['input', 'version']],
      [{ id: UNKNOWN, version: 1, foundedYear: 2020 }, admin, 'NOT_FOUND', ['input', 'id']],
      [{ id, version: version + 1, foundedYear: 2020 }, await bearer(Role.EDITOR, Region.KURDISTAN_REGION), 'FORBIDDEN', ['input', 'id']],
    ];
    for (const [input, headers, code, field] of failures) {
      const failed = await mutate(UPDATE_FORUM, input, headers);
      expect(failed.payload.userErrors).toEqual([expect.objectContaining({ code, field })]);
    }
    expect(await rowOf('forum', id)).toEqual(before);
  });

  it('lets the region’s editors correct a session, keeping its times in order', async () => {
    const id = demoSessionId('kurdistan-social-forum', 1, 'expression');
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const ok = await mutate(
      UPDATE_SESSION,
      { id, version: 1, title: { en: 'Clinic: protecting those who speak out' }, format: 'WORKSHOP' },
      editor,
    );
    expect(ok.payload).toEqual({
      session: { title: 'Clinic: protecting those who speak out', format: 'WORKSHOP', version: 2 },
      userErrors: [],
    });

    const before = await rowOf('forum_session', id);
    const reversed = await mutate(UPDATE_SESSION, { id, version: 2, endsAt: '2026-12-17T06:00:00Z' }, editor);
    expect(reversed.payload.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'endsAt'] })]);
    const stale = await mutate(UPDATE_SESSION, { id, version: 1, format: 'PLENARY' }, editor);
    expect(stale.payload.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const foreign = await mutate(UPDATE_SESSION, { id, version: 2, format: 'PLENARY' }, await bearer(Role.EDITOR, Region.FEDERAL_IRAQ));
    expect(foreign.payload.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'id'] })]);
    const unknown = await mutate(UPDATE_SESSION, { id: UNKNOWN, version: 1, format: 'PLENARY' }, editor);
    expect(unknown.payload.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
    expect(await rowOf('forum_session', id)).toEqual(before);

    const member = await postGraphql(
      stack.gateway.url,
      UPDATE_SESSION,
      { input: { id, version: 2, format: 'PLENARY' } },
      await bearer(Role.MEMBER, Region.KURDISTAN_REGION),
    );
    expect(member.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await rowOf('forum_session', id)).format).toBe('WORKSHOP');
  });
});

describe('archiveForumSession', () => {
  const ARCHIVE = `mutation($input: ArchiveForumSessionInput!) { archiveForumSession(input: $input) { session { id } userErrors { code field } } }`;
  const READ = `query($id: ID!, $season: ID!) { forumSession(id: $id) { id } forumSeason(id: $season) { sessions(first: 50) { totalCount nodes { id } } } }`;
  type Read = { forumSession: { id: string } | null; forumSeason: { sessions: { totalCount: number; nodes: Array<{ id: string }> } } };

  it('takes a cancelled session out of the programme; admins still reach it by id', async () => {
    const id = demoSessionId('iraqi-social-forum', 4, 'music');
    const variables = { id, season: demoSeasonId('iraqi-social-forum', 4) };
    const editor = await bearer(Role.EDITOR, Region.FEDERAL_IRAQ);
    const before = await postGraphql<Read>(stack.gateway.url, READ, variables);
    expect(before.body.data!.forumSeason.sessions.nodes).toContainEqual({ id });

    const attempts: Array<[Record<string, unknown>, Record<string, string>, string, string[]]> = [
      [{ id, version: 1 }, await bearer(Role.EDITOR, Region.KURDISTAN_REGION), 'FORBIDDEN', ['input', 'id']],
      [{ id: '00000000-0000-4000-8000-000000000000', version: 1 }, editor, 'NOT_FOUND', ['input', 'id']],
      [{ id, version: 9 }, editor, 'CONFLICT', ['input', 'version']],
    ];
    for (const [input, headers, code, field] of attempts) {
      const { body } = await postGraphql<{ archiveForumSession: { userErrors: unknown[] } }>(
        stack.gateway.url,
        ARCHIVE,
        { input },
        headers,
      );
      expect(body.data!.archiveForumSession.userErrors).toEqual([expect.objectContaining({ code, field })]);
    }
    expect((await postGraphql<Read>(stack.gateway.url, READ, variables)).body).toEqual(before.body);

    const archived = await postGraphql<{ archiveForumSession: unknown }>(stack.gateway.url, ARCHIVE, { input: { id, version: 1 } }, editor);
    // An archived session exists for admins only, so the editor's payload holds none (the read gate).
    expect(archived.body.data!.archiveForumSession).toEqual({ session: null, userErrors: [] });
    // Archiving twice answers like once, with no new version.
    const again = await postGraphql<{ archiveForumSession: unknown }>(stack.gateway.url, ARCHIVE, { input: { id, version: 1 } }, editor);
    expect(again.body.data!.archiveForumSession).toEqual({ session: null, userErrors: [] });
    const [{ version: versionAfter }] = await stack.subgraphs['forum-seasons'].dataSource.query(
      `SELECT version FROM forum_session WHERE id = $1`,
      [id],
    );
    expect(versionAfter).toBe(2);
    const after = (await postGraphql<Read>(stack.gateway.url, READ, variables, editor)).body.data!;
    expect(after.forumSession).toBeNull();
    expect(after.forumSeason.sessions.totalCount).toBe(before.body.data!.forumSeason.sessions.totalCount - 1);
    expect(after.forumSeason.sessions.nodes).not.toContainEqual({ id });
    const admin = await postGraphql<Read>(stack.gateway.url, READ, variables, await bearer(Role.ADMIN));
    expect(admin.body.data!.forumSession).toEqual({ id });
  });
});

describe('archiveForumSeason', () => {
  const ARCHIVE = `mutation($input: ArchiveForumSeasonInput!) { archiveForumSeason(input: $input) { season { id } userErrors { code field message } } }`;
  const READ = `query($id: ID!) { forumSeason(id: $id) { id } forumSeasons(first: 100) { nodes { id } } forumBySlug(slug: "iraqi-social-forum") { seasons { id } } }`;
  type Read = {
    forumSeason: { id: string } | null;
    forumSeasons: { nodes: Array<{ id: string }> };
    forumBySlug: { seasons: Array<{ id: string }> };
  };

  it('archives a season that produced no recommendations; one with live recommendations stays, with a reason in the caller’s language', async () => {
    const editor = await bearer(Role.EDITOR, Region.FEDERAL_IRAQ);
    const withRecommendations = demoSeasonId('iraqi-social-forum', 3);
    const refused = await postGraphql<{ archiveForumSeason: { userErrors: Array<{ code: string; message: string }> } }>(
      stack.gateway.url,
      ARCHIVE,
      { input: { id: withRecommendations, version: 1 } },
      { ...editor, 'accept-language': 'ar' },
    );
    expect(refused.body.data!.archiveForumSeason.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'id'] }),
    ]);
    expect(refused.body.data!.archiveForumSeason.userErrors[0].message).toContain('ما زال مستخدماً');

    const id = demoSeasonId('iraqi-social-forum', 1);
    const [{ version }] = await stack.subgraphs['forum-seasons'].dataSource.query(`SELECT version FROM forum_season WHERE id = $1`, [id]);
    const archived = await postGraphql<{ archiveForumSeason: unknown }>(stack.gateway.url, ARCHIVE, { input: { id, version } }, editor);
    // An archived season exists for admins only, so the editor's payload holds none (the read gate).
    expect(archived.body.data!.archiveForumSeason).toEqual({ season: null, userErrors: [] });
    const publicView = (await postGraphql<Read>(stack.gateway.url, READ, { id })).body.data!;
    expect(publicView.forumSeason).toBeNull();
    expect(publicView.forumSeasons.nodes).not.toContainEqual({ id });
    expect(publicView.forumBySlug.seasons).not.toContainEqual({ id });
    expect(publicView.forumBySlug.seasons).toContainEqual({ id: withRecommendations });
    const admin = await postGraphql<Read>(stack.gateway.url, READ, { id }, await bearer(Role.ADMIN));
    expect(admin.body.data!.forumSeason).toEqual({ id });
  });
});

describe('archiveForum', () => {
  const ARCHIVE = `mutation($input: ArchiveForumInput!) { archiveForum(input: $input) { forum { id } userErrors { code field } } }`;
  const READ = `query($id: ID!) { forum(id: $id) { id } forumBySlug(slug: "tikrit-youth-forum") { id } forums(first: 100) { nodes { id } } }`;

  it('archives a forum with no live seasons (admins); it holds no new seasons', async () => {
    const admin = await bearer(Role.ADMIN);
    const CREATE = `mutation($input: CreateForumInput!) { createForum(input: $input) { forum { id version } userErrors { code } } }`;
    const created = await postGraphql<{ createForum: { forum: { id: string; version: number } } }>(
      stack.gateway.url,
      CREATE,
      { input: { slug: 'tikrit-youth-forum', name: { en: 'Tikrit Youth Forum' }, region: 'FEDERAL_IRAQ', hostGovernorateCode: 'IQ-SD' } },
      admin,
    );
    const { id, version } = created.body.data!.createForum.forum;
    const editor = await postGraphql<{ archiveForum: { userErrors: unknown[] } }>(
      stack.gateway.url,
      ARCHIVE,
      { input: { id, version } },
      await bearer(Role.EDITOR, Region.FEDERAL_IRAQ),
    );
    expect(editor.body.data!.archiveForum.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'id'] })]);

    const archived = await postGraphql<{ archiveForum: unknown }>(stack.gateway.url, ARCHIVE, { input: { id, version } }, admin);
    expect(archived.body.data!.archiveForum).toEqual({ forum: { id }, userErrors: [] });
    const publicView = await postGraphql<{ forum: unknown; forumBySlug: unknown; forums: { nodes: unknown[] } }>(stack.gateway.url, READ, {
      id,
    });
    expect(publicView.body.data!.forum).toBeNull();
    expect(publicView.body.data!.forumBySlug).toBeNull();
    expect(publicView.body.data!.forums.nodes).not.toContainEqual({ id });
    const adminView = await postGraphql<{ forum: unknown }>(stack.gateway.url, READ, { id }, admin);
    expect(adminView.body.data!.forum).toEqual({ id });
    const season = await send({ forumId: id, number: 1, year: 2027, governorateCode: 'IQ-SD' }, admin);
    expect(season.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'forumId'] })]);
  });
});
