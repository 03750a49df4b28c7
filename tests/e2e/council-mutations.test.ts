import { demoCouncilId, demoImplementationId } from '@icssi/cohesion-councils';
import { Region, Role, demoId, demoPersonId, demoRecommendationId, measureKey, protectCount } from '@icssi/platform';
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

const RECORD = `mutation($input: RecordImplementationUpdateInput!) { recordImplementationUpdate(input: $input) {
  implementation { id progress status version } update { reportedOn progress note } userErrors { code field message } } }`;
const COMMIT = `mutation($input: CommitToRecommendationInput!) { commitToRecommendation(input: $input) {
  implementation { id status council { slug } recommendation { slug } } userErrors { code field } } }`;

type Payload = {
  implementation: Record<string, unknown> | null;
  update?: Record<string, unknown> | null;
  userErrors: Array<{ code: string; field: string[] }>;
};

async function send(
  query: string,
  input: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<{ status: number; payload: Payload | null; errors?: unknown[] }> {
  const { status, body } = await postGraphql<Record<string, Payload>>(stack.gateway.url, query, { input }, headers);
  return { status, payload: body.data ? Object.values(body.data)[0] : null, errors: body.errors };
}

const BAGHDAD_PEACE = demoImplementationId('baghdad-council', 'isf3-civil-peace-councils');
const currentVersion = async (id: string) =>
  (await stack.subgraphs['cohesion-councils'].dataSource.query(`SELECT version FROM implementation WHERE id = $1`, [id]))[0]
    .version as number;

describe('recordImplementationUpdate', () => {
  it('moves progress and status and appends to the timeline, in one transaction', async () => {
    const editor = await bearer(Role.EDITOR, Region.FEDERAL_IRAQ);
    const version = await currentVersion(BAGHDAD_PEACE);
    const { payload } = await send(
      RECORD,
      {
        implementationId: BAGHDAD_PEACE,
        version,
        reportedOn: '2026-11-01',
        progress: 55,
        status: 'IN_PROGRESS',
        note: { en: 'Seven sessions held.' },
      },
      editor,
    );
    expect(payload).toEqual({
      implementation: { id: BAGHDAD_PEACE, progress: 55, status: 'IN_PROGRESS', version: version + 1 },
      update: { reportedOn: '2026-11-01', progress: 55, note: 'Seven sessions held.' },
      userErrors: [],
    });
  });

  it.each([
    ['progress over 100', { progress: 101 }, 'INVALID', ['input', 'progress']],
    ['a bad evidence link', { evidenceUrl: 'ftp://x' }, 'INVALID', ['input', 'evidenceUrl']],
    ['an unknown implementation', { implementationId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', ['input', 'implementationId']],
    ['a stale version', { version: 1 }, 'CONFLICT', ['input', 'version']],
  ])('refuses %s, writing nothing', async (_name, change, code, field) => {
    const timeline = async () =>
      (await stack.subgraphs['cohesion-councils'].dataSource.query(`SELECT count(*)::int AS n FROM implementation_update`))[0].n;
    const before = await timeline();
    const input = {
      implementationId: BAGHDAD_PEACE,
      version: await currentVersion(BAGHDAD_PEACE),
      reportedOn: '2026-11-02',
      progress: 60,
      status: 'IN_PROGRESS',
      ...change,
    };
    const { payload } = await send(RECORD, input, await bearer(Role.ADMIN));
    expect(payload).toMatchObject({ implementation: null, userErrors: [expect.objectContaining({ code, field })] });
    expect(await timeline()).toBe(before);
  });

  it('refuses an editor of the other region (FORBIDDEN user error) and the public (FORBIDDEN error)', async () => {
    const input = {
      implementationId: BAGHDAD_PEACE,
      version: await currentVersion(BAGHDAD_PEACE),
      reportedOn: '2026-11-02',
      progress: 60,
      status: 'IN_PROGRESS',
    };
    const other = await send(RECORD, input, await bearer(Role.EDITOR, Region.KURDISTAN_REGION));
    expect(other.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'implementationId'] })]);
    const anonymous = await send(RECORD, input, {});
    expect(anonymous.payload).toBeNull();
    expect((anonymous.errors as Array<{ extensions: { code: string } }>)[0].extensions.code).toBe('FORBIDDEN');
  });

  it('20 parallel updates that re-read the version and retry on conflict all land in the timeline', async () => {
    const id = demoImplementationId('erbil-council', 'isf3-youth-in-local-dialogue');
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const timeline = async () =>
      (
        await stack.subgraphs['cohesion-councils'].dataSource.query(
          `SELECT count(*)::int AS n FROM implementation_update WHERE implementation_id = $1`,
          [id],
        )
      )[0].n as number;
    const before = await timeline();
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        for (let attempt = 0; attempt < 100; attempt += 1) {
          const { payload } = await send(
            RECORD,
            { implementationId: id, version: await currentVersion(id), reportedOn: '2026-11-10', progress: 61 + i, status: 'IN_PROGRESS' },
            editor,
          );
          if (payload?.userErrors.length === 0) return;
          expect(payload?.userErrors[0].code).toBe('CONFLICT');
          conflicts += 1;
        }
        throw new Error('gave up after 100 attempts');
      }),
    );
    expect(await timeline()).toBe(before + 20);
    expect(conflicts).toBeGreaterThan(0); // they really did collide
  });
});

describe('commitToRecommendation', () => {
  it('lets a council take on a recommendation that exists in the forum-seasons subgraph', async () => {
    const input = {
      councilId: demoCouncilId('sulaymaniyah-council'),
      recommendationId: demoRecommendationId('ksf1-freedom-of-expression'),
      idempotencyKey: 'commit-1',
      indicator: { name: { en: 'Cases followed' }, target: 10 },
    };
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const { payload } = await send(COMMIT, input, editor);
    expect(payload).toMatchObject({
      implementation: {
        status: 'NOT_STARTED',
        council: { slug: 'sulaymaniyah-council' },
        recommendation: { slug: 'ksf1-freedom-of-expression' },
      },
      userErrors: [],
    });
    const retry = await send(COMMIT, input, editor);
    expect(retry.payload?.implementation?.id).toBe(payload?.implementation?.id);
    const again = await send(COMMIT, { ...input, idempotencyKey: 'commit-2' }, editor);
    expect(again.payload?.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE', field: ['input', 'recommendationId'] })]);
  });

  it('refuses a recommendation that does not exist, and a council of another region', async () => {
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const missing = await send(
      COMMIT,
      { councilId: demoCouncilId('erbil-council'), recommendationId: '00000000-0000-4000-8000-000000000000' },
      editor,
    );
    expect(missing.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'recommendationId'] })]);
    const foreign = await send(
      COMMIT,
      { councilId: demoCouncilId('basra-council'), recommendationId: demoRecommendationId('isf3-women-in-councils') },
      editor,
    );
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'councilId'] })]);
  });

  it('shows the changes in the audit trail of every subgraph that made them (admins only)', async () => {
    const { body } = await postGraphql<{ auditTrail: { organisations: unknown[]; cohesionCouncils: Array<{ operation: string }> } }>(
      stack.gateway.url,
      `query($id: ID!) { auditTrail(entityId: $id) { organisations { operation } cohesionCouncils { operation viewerId changes } } }`,
      { id: BAGHDAD_PEACE },
      await bearer(Role.ADMIN),
    );
    expect(body.data!.auditTrail.organisations).toEqual([]);
    expect(body.data!.auditTrail.cohesionCouncils.map((entry) => entry.operation)).toEqual(['recordImplementationUpdate']);
  });
});

describe('councils, seats and meetings', () => {
  const CREATE = `mutation($input: CreateCohesionCouncilInput!) { createCohesionCouncil(input: $input) { council { id slug region status governorate { name } } userErrors { code field } } }`;
  const SEAT = `mutation($input: AddCouncilMemberInput!) { addCouncilMember(input: $input) { member { sector organisation { id } } userErrors { code field } } }`;
  const MEETING = `mutation($input: RecordCouncilMeetingInput!) { recordCouncilMeeting(input: $input) { meeting { heldOn attendanceTotal { key value suppressed lowerThan } governorate { code } } userErrors { code field } } }`;

  it('creates a council whose governorate and region come from the organisations subgraph, with a seat and a meeting', async () => {
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const created = await send(
      CREATE,
      { slug: 'halabja-council', name: { ckb: 'ئەنجومەنی هەڵەبجە', en: 'Halabja Social Cohesion Council' }, governorateCode: 'IQ-HA' },
      editor,
    );
    expect(created.payload).toMatchObject({
      council: { slug: 'halabja-council', region: 'KURDISTAN_REGION', status: 'FORMING', governorate: { name: 'Halabja' } },
      userErrors: [],
    });
    const councilId = (created.payload as unknown as { council: { id: string } }).council.id;
    const seat = await send(SEAT, { councilId, sector: 'YOUTH_REPRESENTATIVE', personId: demoPersonId('person-14') }, editor);
    expect(seat.payload).toEqual({ member: { sector: 'YOUTH_REPRESENTATIVE', organisation: null }, userErrors: [] });
    const [audit] = await stack.subgraphs['cohesion-councils'].dataSource.query(
      `SELECT changes::text AS changes FROM audit_log WHERE operation = 'addCouncilMember'`,
    );
    expect(audit.changes).not.toContain(demoPersonId('person-14'));
    const meeting = await send(
      MEETING,
      { councilId, heldOn: '2026-11-15', attendanceTotal: 12, attendanceWomen: 5, attendanceYouth: 4 },
      editor,
    );
    const [stored] = await stack.subgraphs['cohesion-councils'].dataSource.query(
      `SELECT attendance_total, record_key::text FROM council_meeting WHERE council_id = $1`,
      [councilId],
    );
    expect(stored.attendance_total).toBe(12);
    expect(meeting.payload).toEqual({
      meeting: {
        heldOn: '2026-11-15',
        attendanceTotal: protectCount({ count: 12, cellKey: measureKey(stored.record_key, 'attendance_total') }),
        governorate: { code: 'IQ-HA' },
      },
      userErrors: [],
    });
  });

  it.each([
    [
      'a council in the other region',
      CREATE,
      { slug: 'never-written', name: { en: 'X' }, governorateCode: 'IQ-BG' },
      'FORBIDDEN',
      ['input', 'governorateCode'],
    ],
    [
      'a council in an unknown governorate',
      CREATE,
      { slug: 'never-written', name: { en: 'X' }, governorateCode: 'IQ-ZZ' },
      'NOT_FOUND',
      ['input', 'governorateCode'],
    ],
    [
      'a seat for an unknown person',
      SEAT,
      { councilId: demoCouncilId('erbil-council'), sector: 'CIVIL_SOCIETY', personId: '00000000-0000-4000-8000-000000000000' },
      'NOT_FOUND',
      ['input', 'personId'],
    ],
    [
      'a seat on another region’s council',
      SEAT,
      { councilId: demoCouncilId('baghdad-council'), sector: 'CIVIL_SOCIETY' },
      'FORBIDDEN',
      ['input', 'councilId'],
    ],
    [
      'a meeting with more women than attendees',
      MEETING,
      { councilId: demoCouncilId('erbil-council'), heldOn: '2026-11-15', attendanceTotal: 3, attendanceWomen: 4 },
      'INVALID',
      ['input', 'attendanceWomen'],
    ],
  ])('refuses %s', async (_name, query, input, code, field) => {
    const { payload } = await send(query, input, await bearer(Role.EDITOR, Region.KURDISTAN_REGION));
    expect(Object.values(payload as Record<string, unknown>)[0]).toBeNull();
    expect(payload?.userErrors).toEqual([expect.objectContaining({ code, field })]);
  });
});

describe('council updates, archiving and vacated seats', () => {
  const UPDATE = `mutation($input: UpdateCohesionCouncilInput!) { updateCohesionCouncil(input: $input) { council { status version } userErrors { code field } } }`;
  const ARCHIVE = `mutation($input: ArchiveCohesionCouncilInput!) { archiveCohesionCouncil(input: $input) { council { id } userErrors { code field } } }`;
  const END = `mutation($input: EndCouncilMemberInput!) { endCouncilMember(input: $input) { member { endDate version } userErrors { code field } } }`;

  it('updates a council versioned, archives it out of every list, and vacates a seat', async () => {
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const id = demoCouncilId('sulaymaniyah-council');
    const updated = await send(UPDATE, { id, version: 1, status: 'ACTIVE', establishedOn: '2026-11-01' }, editor);
    expect(updated.payload).toEqual({ council: { status: 'ACTIVE', version: 2 }, userErrors: [] });
    const stale = await send(UPDATE, { id, version: 1, status: 'SUSPENDED' }, editor);
    expect(stale.payload?.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);

    const seat = demoId('council-member', 'erbil-council#women');
    const ended = await send(END, { id: seat, version: 1, endDate: '2026-11-20' }, editor);
    expect((ended.payload as unknown as { member: unknown }).member).toEqual({ endDate: '2026-11-20', version: 2 });
    const early = await send(END, { id: seat, version: 2, endDate: '2020-01-01' }, editor);
    expect(early.payload?.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'endDate'] })]);

    const archived = await send(ARCHIVE, { id, version: 2 }, editor);
    expect(archived.payload?.userErrors).toEqual([]);
    const view = async (headers: Record<string, string>) =>
      JSON.stringify(
        (
          await postGraphql(
            stack.gateway.url,
            `query($id: ID!) { cohesionCouncil(id: $id) { id } cohesionCouncils(first: 100) { nodes { id } } governorate(code: "IQ-SU") { cohesionCouncils { id } } }`,
            { id },
            headers,
          )
        ).body,
      );
    expect(await view({})).not.toContain(id);
    expect(await view(await bearer(Role.ADMIN))).toContain(id);
  });

  it('refuses another region’s council and an unknown seat', async () => {
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const foreign = await send(UPDATE, { id: demoCouncilId('basra-council'), version: 1, status: 'ACTIVE' }, editor);
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'id'] })]);
    const unknown = await send(END, { id: '00000000-0000-4000-8000-000000000000', version: 1, endDate: '2026-11-20' }, editor);
    expect(unknown.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
  });
});

describe('updateCouncilMeeting', () => {
  const UPDATE = `mutation($input: UpdateCouncilMeetingInput!) { updateCouncilMeeting(input: $input) { meeting { attendanceTotal { value } attendanceWomen { value } version } userErrors { code field } } }`;
  it('corrects attendance, keeping parts within the total, versioned', async () => {
    const editor = await bearer(Role.EDITOR, Region.FEDERAL_IRAQ);
    const id = demoId('council-meeting', 'baghdad-council#june');
    const ok = await send(UPDATE, { id, version: 1, attendanceTotal: 19, attendanceWomen: 9 }, editor);
    const [stored] = await stack.subgraphs['cohesion-councils'].dataSource.query(
      `SELECT attendance_total, attendance_women, record_key::text FROM council_meeting WHERE id = $1`,
      [id],
    );
    expect([stored.attendance_total, stored.attendance_women]).toEqual([19, 9]);
    const shown = (count: number, measure: string) => ({
      value: protectCount({ count, cellKey: measureKey(stored.record_key, measure) }).value,
    });
    expect((ok.payload as unknown as { meeting: unknown }).meeting).toEqual({
      attendanceTotal: shown(19, 'attendance_total'),
      attendanceWomen: shown(9, 'attendance_women'),
      version: 2,
    });
    const over = await send(UPDATE, { id, version: 2, attendanceYouth: 20 }, editor);
    expect(over.payload?.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'attendanceYouth'] })]);
    const foreign = await send(UPDATE, { id, version: 2, attendanceTotal: 30 }, await bearer(Role.EDITOR, Region.KURDISTAN_REGION));
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const unknown = await send(UPDATE, { id: 'nope', version: 1 }, editor);
    expect(unknown.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
  });
});

describe('archiveCouncilMeeting', () => {
  const ARCHIVE = `mutation($input: ArchiveCouncilMeetingInput!) { archiveCouncilMeeting(input: $input) { meeting { id } userErrors { code field } } }`;
  const READ = `query($id: ID!, $council: ID!) { councilMeeting(id: $id) { id } cohesionCouncil(id: $council) { meetings(first: 50) { totalCount } } councilMeetings(first: 100) { nodes { id } } }`;
  type Read = {
    councilMeeting: { id: string } | null;
    cohesionCouncil: { meetings: { totalCount: number } };
    councilMeetings: { nodes: Array<{ id: string }> };
  };

  it('takes a mistaken meeting out of every list; admins still reach it by id', async () => {
    const id = demoId('council-meeting', 'nineveh-council#founding');
    const variables = { id, council: demoCouncilId('nineveh-council') };
    const editor = await bearer(Role.EDITOR, Region.FEDERAL_IRAQ);
    const before = await postGraphql<Read>(stack.gateway.url, READ, variables);
    expect(before.body.data!.councilMeetings.nodes).toContainEqual({ id });

    const foreign = await send(ARCHIVE, { id, version: 1 }, await bearer(Role.EDITOR, Region.KURDISTAN_REGION));
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'id'] })]);
    const unknown = await send(ARCHIVE, { id: '00000000-0000-4000-8000-000000000000', version: 1 }, editor);
    expect(unknown.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
    const stale = await send(ARCHIVE, { id, version: 9 }, editor);
    expect(stale.payload?.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'version'] })]);
    const member = await send(ARCHIVE, { id, version: 1 }, await bearer(Role.MEMBER, Region.FEDERAL_IRAQ));
    expect(JSON.stringify(member.errors)).toContain('FORBIDDEN');
    expect((await postGraphql<Read>(stack.gateway.url, READ, variables)).body).toEqual(before.body);

    const archived = await send(ARCHIVE, { id, version: 1 }, editor);
    // An archived meeting exists for admins only, so the editor's payload holds none (the read gate).
    expect(archived.payload).toEqual({ meeting: null, userErrors: [] });
    // Archiving twice answers like once, with no new version; an archived meeting is not edited any more.
    expect((await send(ARCHIVE, { id, version: 1 }, editor)).payload).toEqual({ meeting: null, userErrors: [] });
    const [{ version: versionAfter }] = await stack.subgraphs['cohesion-councils'].dataSource.query(
      `SELECT version FROM council_meeting WHERE id = $1`,
      [id],
    );
    expect(versionAfter).toBe(2);
    const edit = await postGraphql<{ updateCouncilMeeting: { userErrors: Array<{ code: string }> } }>(
      stack.gateway.url,
      `mutation($id: ID!) { updateCouncilMeeting(input: { id: $id, version: 2, attendanceTotal: 30 }) { userErrors { code } } }`,
      { id },
      editor,
    );
    expect(edit.body.data!.updateCouncilMeeting.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const after = (await postGraphql<Read>(stack.gateway.url, READ, variables, editor)).body.data!;
    expect(after.councilMeeting).toBeNull();
    expect(after.cohesionCouncil.meetings.totalCount).toBe(before.body.data!.cohesionCouncil.meetings.totalCount - 1);
    expect(after.councilMeetings.nodes).not.toContainEqual({ id });
    const admin = await postGraphql<Read>(stack.gateway.url, READ, variables, await bearer(Role.ADMIN));
    expect(admin.body.data!.councilMeeting).toEqual({ id });
  });
});

describe('archiveImplementation', () => {
  const ARCHIVE = `mutation($input: ArchiveImplementationInput!) { archiveImplementation(input: $input) { implementation { id } userErrors { code field } } }`;
  const READ = `query($id: ID!, $council: ID!) { implementation(id: $id) { id } cohesionCouncil(id: $council) { implementations(first: 50) { nodes { id } } } implementations(first: 100) { nodes { id } } }`;
  type Read = {
    implementation: { id: string } | null;
    cohesionCouncil: { implementations: { nodes: Array<{ id: string }> } };
    implementations: { nodes: Array<{ id: string }> };
  };

  it('takes a mistaken commitment out of every list, stops its timeline, and lets the council commit again', async () => {
    const id = demoImplementationId('nineveh-council', 'isf3-civil-peace-councils');
    const variables = { id, council: demoCouncilId('nineveh-council') };
    const editor = await bearer(Role.EDITOR, Region.FEDERAL_IRAQ);
    const [{ version }] = await stack.subgraphs['cohesion-councils'].dataSource.query(`SELECT version FROM implementation WHERE id = $1`, [
      id,
    ]);
    const before = await postGraphql<Read>(stack.gateway.url, READ, variables);
    expect(before.body.data!.implementations.nodes).toContainEqual({ id });

    const foreign = await send(ARCHIVE, { id, version }, await bearer(Role.EDITOR, Region.KURDISTAN_REGION));
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'id'] })]);
    const unknown = await send(ARCHIVE, { id: '00000000-0000-4000-8000-000000000000', version: 1 }, editor);
    expect(unknown.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
    const stale = await send(ARCHIVE, { id, version: version + 5 }, editor);
    expect(stale.payload?.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'version'] })]);
    expect((await postGraphql<Read>(stack.gateway.url, READ, variables)).body).toEqual(before.body);

    const archived = await send(ARCHIVE, { id, version }, editor);
    // An archived commitment exists for admins only, so the editor's payload holds none (the read gate).
    expect(archived.payload).toEqual({ implementation: null, userErrors: [] });
    expect((await send(ARCHIVE, { id, version }, editor)).payload).toEqual({ implementation: null, userErrors: [] });
    const after = (await postGraphql<Read>(stack.gateway.url, READ, variables, editor)).body.data!;
    expect(after.implementation).toBeNull();
    expect(after.cohesionCouncil.implementations.nodes).not.toContainEqual({ id });
    expect(after.implementations.nodes).not.toContainEqual({ id });
    const admin = await postGraphql<Read>(stack.gateway.url, READ, variables, await bearer(Role.ADMIN));
    expect(admin.body.data!.implementation).toEqual({ id });

    const step = await send(
      RECORD,
      { implementationId: id, version: version + 1, reportedOn: '2026-11-20', progress: 50, status: 'IN_PROGRESS' },
      editor,
    );
    expect(step.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'implementationId'] })]);
    const again = await send(
      COMMIT,
      { councilId: demoCouncilId('nineveh-council'), recommendationId: demoRecommendationId('isf3-civil-peace-councils') },
      editor,
    );
    expect(again.payload?.userErrors).toEqual([]);
  });
});

describe('updateCouncilMember', () => {
  const UPDATE = `mutation($input: UpdateCouncilMemberInput!) { updateCouncilMember(input: $input) { member { sector onBehalfOf version } userErrors { code field } } }`;

  it('corrects what a seat represents, versioned and audited; the holder stays', async () => {
    const id = demoId('council-member', 'baghdad-council#authority');
    const editor = await bearer(Role.EDITOR, Region.FEDERAL_IRAQ);
    const [before] = await stack.subgraphs['cohesion-councils'].dataSource.query(`SELECT * FROM council_member WHERE id = $1`, [id]);
    const ok = await send(
      UPDATE,
      { id, version: before.version, onBehalfOf: { en: 'Baghdad Provincial Council', ar: 'مجلس محافظة بغداد' } },
      editor,
    );
    expect((ok.payload as unknown as { member: unknown }).member).toEqual({
      sector: 'LOCAL_AUTHORITY',
      onBehalfOf: 'Baghdad Provincial Council',
      version: before.version + 1,
    });
    const [after] = await stack.subgraphs['cohesion-councils'].dataSource.query(
      `SELECT person_id, organisation_id FROM council_member WHERE id = $1`,
      [id],
    );
    expect(after).toEqual({ person_id: before.person_id, organisation_id: before.organisation_id });
    const [audit] = await stack.subgraphs['cohesion-councils'].dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND operation = 'updateCouncilMember'`,
      [id],
    );
    expect(audit.changes.map((change: { field: string }) => change.field)).toEqual(['on_behalf_of']);
    const foreign = await send(
      UPDATE,
      { id, version: before.version + 1, sector: 'YOUTH_REPRESENTATIVE' },
      await bearer(Role.EDITOR, Region.KURDISTAN_REGION),
    );
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'id'] })]);
  });
});
