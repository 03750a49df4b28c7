import { demoCampaignId } from '@icssi/campaigns';
import {
  Region,
  Role,
  demoId,
  demoOrganisationId,
  demoRecommendationId,
  demoWorkingGroupId,
  measureKey,
  protectCount,
} from '@icssi/platform';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { authConfigFromEnv, issueToken } from '@icssi/gateway';
import { bearer } from '@icssi/test-kit/tokens';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

type Payload = {
  campaign?: Record<string, unknown> | null;
  action?: Record<string, unknown> | null;
  userErrors: Array<{ code: string; field: string[] }>;
};

async function send(query: string, input: Record<string, unknown>, headers: Record<string, string>) {
  const { status, body } = await postGraphql<Record<string, Payload>>(stack.gateway.url, query, { input }, headers);
  return { status, payload: body.data ? Object.values(body.data)[0] : null, errors: body.errors };
}

const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) {
  campaign { id slug title status version leadWorkingGroup { name } leadOrganisation { acronym } governorates { name } } userErrors { code field message } } }`;
const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { id status version } userErrors { code field } } }`;
const ARCHIVE = `mutation($input: ArchiveCampaignInput!) { archiveCampaign(input: $input) { campaign { id } userErrors { code field } } }`;
const ADD_ACTION = `mutation($input: AddCampaignActionInput!) { addCampaignAction(input: $input) {
  action { type occurredOn participantsTotal { key value suppressed lowerThan } governorate { code } campaign { slug } } userErrors { code field } } }`;

const valid = {
  slug: 'safe-schools-duhok',
  title: { ckb: 'قوتابخانەی سەلامەت', en: 'Safe Schools' },
  themes: ['CIVIL_PEACE_AND_COEXISTENCE'],
  status: 'PLANNED',
  regions: ['KURDISTAN_REGION'],
  governorateCodes: ['iq-da'],
  startDate: '2027-01-01',
  endDate: '2027-06-30',
  leadWorkingGroupId: demoWorkingGroupId('kr-peacebuilding'),
  leadOrganisationId: demoOrganisationId('kurdistan-social-forum-secretariat'),
};

const campaignCount = async () =>
  (await stack.subgraphs.campaigns.dataSource.query(`SELECT count(*)::int AS n FROM campaign`))[0].n as number;

describe('campaign mutations', () => {
  it('creates a campaign whose references are checked with the organisations subgraph', async () => {
    const { payload } = await send(CREATE, valid, await bearer(Role.EDITOR, Region.KURDISTAN_REGION));
    expect(payload).toEqual({
      campaign: {
        id: expect.any(String),
        slug: 'safe-schools-duhok',
        title: 'Safe Schools',
        status: 'PLANNED',
        version: 1,
        leadWorkingGroup: { name: 'Youth Working Group on Peacebuilding (Kurdistan Region)' },
        leadOrganisation: { acronym: 'KSF' },
        governorates: [{ name: 'Duhok' }],
      },
      userErrors: [],
    });
  });

  it.each([
    [
      'an unknown working group',
      { leadWorkingGroupId: '00000000-0000-4000-8000-000000000000' },
      'NOT_FOUND',
      ['input', 'leadWorkingGroupId'],
    ],
    ['an unknown organisation', { leadOrganisationId: 'nope' }, 'NOT_FOUND', ['input', 'leadOrganisationId']],
    ['an unknown governorate', { governorateCodes: ['IQ-DA', 'IQ-ZZ'] }, 'NOT_FOUND', ['input', 'governorateCodes', '1']],
    ['dates out of order', { endDate: '2026-01-01' }, 'INVALID', ['input', 'endDate']],
    ['no title', { title: {} }, 'INVALID', ['input', 'title']],
    ['no region', { regions: [] }, 'INVALID', ['input', 'regions']],
    ['the other region', { regions: ['FEDERAL_IRAQ'] }, 'FORBIDDEN', ['input', 'regions']],
    ['a taken slug', { slug: 'open-budgets-baghdad', regions: ['KURDISTAN_REGION'] }, 'DUPLICATE', ['input', 'slug']],
  ])('refuses %s and writes nothing', async (_name, change, code, field) => {
    const before = await campaignCount();
    const { payload } = await send(
      CREATE,
      { ...valid, slug: 'not-written', ...change },
      await bearer(Role.EDITOR, Region.KURDISTAN_REGION),
    );
    expect(payload).toEqual({ campaign: null, userErrors: [expect.objectContaining({ code, field })] });
    expect(await campaignCount()).toBe(before);
  });

  it('refuses the public and members outright', async () => {
    for (const headers of [{}, await bearer(Role.MEMBER)]) {
      const { payload, errors } = await send(CREATE, valid, headers);
      expect(payload).toBeNull();
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('updates with the current version only, and archives', async () => {
    const id = demoCampaignId('accountable-municipalities-erbil');
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const updated = await send(UPDATE, { id, version: 1, status: 'COMPLETED' }, editor);
    expect(updated.payload).toEqual({ campaign: { id, status: 'COMPLETED', version: 2 }, userErrors: [] });
    const stale = await send(UPDATE, { id, version: 1, status: 'CANCELLED' }, editor);
    expect(stale.payload?.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const foreign = await send(UPDATE, { id: demoCampaignId('open-budgets-baghdad'), version: 1, status: 'CANCELLED' }, editor);
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'id'] })]);
    const unknown = await send(UPDATE, { id: '00000000-0000-4000-8000-000000000000', version: 1 }, editor);
    expect(unknown.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);

    const archived = await send(ARCHIVE, { id, version: 2 }, editor);
    expect(archived.payload?.userErrors).toEqual([]);
    const publicView = await postGraphql(
      stack.gateway.url,
      `query($id: ID!) { campaign(id: $id) { id } campaigns(first: 100) { nodes { id } } }`,
      { id },
    );
    expect(JSON.stringify(publicView.body)).not.toContain(id);
    const editorView = await postGraphql(stack.gateway.url, `query($id: ID!) { campaign(id: $id) { id } }`, { id }, editor);
    expect(editorView.body.data).toEqual({ campaign: { id } });

    const AUDIT = `query($id: ID!) { auditTrail(entityId: $id) { campaigns { operation changes } forumSeasons { operation } } }`;
    const trail = await postGraphql<{
      auditTrail: { campaigns: Array<{ operation: string; changes: unknown[] }>; forumSeasons: unknown[] };
    }>(stack.gateway.url, AUDIT, { id }, await bearer(Role.ADMIN));
    expect(trail.body.data!.auditTrail.campaigns.map((entry) => entry.operation)).toEqual(['updateCampaign', 'archiveCampaign']);
    expect(trail.body.data!.auditTrail.campaigns[0].changes).toContainEqual({ field: 'status', old: expect.any(String), new: 'COMPLETED' });
    expect(trail.body.data!.auditTrail.forumSeasons).toEqual([]);
    const editorTrail = await postGraphql(stack.gateway.url, AUDIT, { id }, editor);
    expect(editorTrail.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(editorTrail.body)).not.toContain('updateCampaign');
  });

  it('adds an action, checking the participant counts and the governorate', async () => {
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const campaignId = demoCampaignId('speak-freely-kurdistan');
    const ok = await send(
      ADD_ACTION,
      {
        campaignId,
        type: 'WORKSHOP',
        occurredOn: '2026-11-20',
        governorateCode: 'IQ-HA',
        participantsTotal: 30,
        participantsWomen: 14,
        participantsYouth: 25,
        idempotencyKey: 'a-1',
      },
      editor,
    );
    // The exact counts are stored; the payload shows them protected like every count of people.
    const [stored] = await stack.subgraphs.campaigns.dataSource.query(
      `SELECT participants_total, participants_women, participants_youth, record_key::text FROM campaign_action WHERE occurred_on = '2026-11-20' AND governorate_code = 'IQ-HA'`,
    );
    expect([stored.participants_total, stored.participants_women, stored.participants_youth]).toEqual([30, 14, 25]);
    expect(ok.payload).toEqual({
      action: {
        type: 'WORKSHOP',
        occurredOn: '2026-11-20',
        participantsTotal: protectCount({ count: 30, cellKey: measureKey(stored.record_key, 'participants_total') }),
        governorate: { code: 'IQ-HA' },
        campaign: { slug: 'speak-freely-kurdistan' },
      },
      userErrors: [],
    });
    const tooMany = await send(
      ADD_ACTION,
      { campaignId, type: 'WORKSHOP', occurredOn: '2026-11-20', participantsTotal: 10, participantsWomen: 11 },
      editor,
    );
    expect(tooMany.payload?.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'participantsWomen'] })]);
    const nowhere = await send(ADD_ACTION, { campaignId, type: 'WORKSHOP', occurredOn: '2026-11-20', governorateCode: 'IQ-QQ' }, editor);
    expect(nowhere.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'governorateCode'] })]);
  });
});

describe('campaign links', () => {
  const PARTNER = `mutation($input: LinkCampaignInput!) { addCampaignPartner(input: $input) { campaign { partnerOrganisations { acronym } } userErrors { code field } } }`;
  const ADVANCE = `mutation($input: LinkCampaignInput!) { advanceRecommendation(input: $input) { campaign { recommendations { slug } } userErrors { code field } } }`;

  it('adds a partner and a recommendation checked with their owners; repeats are DUPLICATE, unknowns NOT_FOUND', async () => {
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const campaignId = demoCampaignId('women-lead-kurdistan');
    const partner = await send(PARTNER, { campaignId, targetId: demoOrganisationId('peace-and-freedom-organization') }, editor);
    expect(partner.payload).toEqual({ campaign: { partnerOrganisations: [{ acronym: 'PFO' }] }, userErrors: [] });
    const again = await send(PARTNER, { campaignId, targetId: demoOrganisationId('peace-and-freedom-organization') }, editor);
    expect(again.payload?.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE', field: ['input', 'targetId'] })]);
    const advance = await send(ADVANCE, { campaignId, targetId: demoRecommendationId('isf3-women-in-councils') }, editor);
    expect(advance.payload).toEqual({ campaign: { recommendations: [{ slug: 'isf3-women-in-councils' }] }, userErrors: [] });
    const unknown = await send(ADVANCE, { campaignId, targetId: '00000000-0000-4000-8000-000000000000' }, editor);
    expect(unknown.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'targetId'] })]);
  });
});

describe('updateCampaignAction', () => {
  const UPDATE = `mutation($input: UpdateCampaignActionInput!) { updateCampaignAction(input: $input) { action { participantsTotal { value } participantsWomen { value } version } userErrors { code field } } }`;
  it('corrects the counts, keeping parts within the total, versioned', async () => {
    const editor = await bearer(Role.EDITOR, Region.FEDERAL_IRAQ);
    const id = demoId('campaign-action', 'open-budgets-baghdad#workshop');
    const ok = await send(UPDATE, { id, version: 1, participantsTotal: 40, participantsWomen: 20 }, editor);
    const [stored] = await stack.subgraphs.campaigns.dataSource.query(
      `SELECT participants_total, participants_women, record_key::text FROM campaign_action WHERE id = $1`,
      [id],
    );
    expect([stored.participants_total, stored.participants_women]).toEqual([40, 20]);
    const shown = (count: number, measure: string) => ({
      value: protectCount({ count, cellKey: measureKey(stored.record_key, measure) }).value,
    });
    expect(ok.payload).toEqual({
      action: { participantsTotal: shown(40, 'participants_total'), participantsWomen: shown(20, 'participants_women'), version: 2 },
      userErrors: [],
    });
    const over = await send(UPDATE, { id, version: 2, participantsWomen: 41 }, editor);
    expect(over.payload?.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'participantsWomen'] })]);
    const stale = await send(UPDATE, { id, version: 1, participantsTotal: 50 }, editor);
    expect(stale.payload?.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const foreign = await send(UPDATE, { id, version: 2, participantsTotal: 50 }, await bearer(Role.EDITOR, Region.KURDISTAN_REGION));
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
  });
});

describe('archiveCampaignAction', () => {
  const ARCHIVE_ACTION = `mutation($input: ArchiveCampaignActionInput!) { archiveCampaignAction(input: $input) { action { id } userErrors { code field } } }`;
  const READ = `query($id: ID!, $slug: String!) { campaignAction(id: $id) { id } campaign: campaignBySlug(slug: $slug) { actions(first: 50) { totalCount nodes { id } } } campaignActions(first: 100) { nodes { id } } }`;
  type Read = {
    campaignAction: { id: string } | null;
    campaign: { actions: { totalCount: number; nodes: Array<{ id: string }> } };
    campaignActions: { nodes: Array<{ id: string }> };
  };

  it('takes a retracted action out of every list; its region’s editors and admins still reach it by id', async () => {
    const id = demoId('campaign-action', 'open-budgets-baghdad#meeting');
    const variables = { id, slug: 'open-budgets-baghdad' };
    const before = await postGraphql<Read>(stack.gateway.url, READ, variables);
    expect(before.body.data!.campaign.actions.nodes).toContainEqual({ id });
    const fiEditor = await bearer(Role.EDITOR, Region.FEDERAL_IRAQ);

    const foreign = await send(ARCHIVE_ACTION, { id, version: 1 }, await bearer(Role.EDITOR, Region.KURDISTAN_REGION));
    expect(foreign.payload?.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'id'] })]);
    const unknown = await send(ARCHIVE_ACTION, { id: '00000000-0000-4000-8000-000000000000', version: 1 }, fiEditor);
    expect(unknown.payload?.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
    const stale = await send(ARCHIVE_ACTION, { id, version: 7 }, fiEditor);
    expect(stale.payload?.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'version'] })]);
    const member = await send(ARCHIVE_ACTION, { id, version: 1 }, await bearer(Role.MEMBER, Region.FEDERAL_IRAQ));
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await postGraphql<Read>(stack.gateway.url, READ, variables)).body).toEqual(before.body);

    const archived = await send(ARCHIVE_ACTION, { id, version: 1 }, fiEditor);
    expect(archived.payload).toEqual({ action: { id }, userErrors: [] });
    const after = (await postGraphql<Read>(stack.gateway.url, READ, variables)).body.data!;
    expect(after.campaignAction).toBeNull();
    expect(after.campaign.actions.totalCount).toBe(before.body.data!.campaign.actions.totalCount - 1);
    expect(JSON.stringify(after)).not.toContain(id);
    const editorView = await postGraphql<Read>(stack.gateway.url, READ, variables, fiEditor);
    expect(editorView.body.data!.campaignAction).toEqual({ id });
    const adminView = await postGraphql<Read>(stack.gateway.url, READ, variables, await bearer(Role.ADMIN));
    expect(adminView.body.data!.campaignAction).toEqual({ id });
  });
});

describe('idempotency keys', () => {
  const SIMPLE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } userErrors { code field } } }`;
  const input = {
    slug: 'keyed-campaign',
    title: { en: 'Keyed' },
    themes: [],
    regions: ['KURDISTAN_REGION'],
    governorateCodes: ['IQ-AR'],
    idempotencyKey: 'shared-key-1',
  };
  const countKeyed = async () =>
    (await stack.subgraphs.campaigns.dataSource.query(`SELECT count(*)::int AS n FROM campaign WHERE slug = 'keyed-campaign'`))[0].n;
  const tokenOf = async (subject: string, region: Region) => {
    const token = await issueToken(authConfigFromEnv(), { subject, roles: [Role.EDITOR], region, expiresIn: '10m' });
    return { authorization: `Bearer ${token}` };
  };

  it('belong to their caller, and a retry is authorized like a new request', async () => {
    const owner = await tokenOf('editor-erbil-1', Region.KURDISTAN_REGION);
    const first = await send(SIMPLE, input, owner);
    expect(first.payload?.userErrors).toEqual([]);
    const id = (first.payload?.campaign as { id: string }).id;
    // The same caller, key and input: the first result again, nothing new written.
    expect((await send(SIMPLE, input, owner)).payload).toEqual({ campaign: { id }, userErrors: [] });
    expect(await countKeyed()).toBe(1);
    // Another editor of the same region with the same key: a new request of theirs (the slug is taken), never the first caller's record.
    const other = await send(SIMPLE, input, await tokenOf('editor-erbil-2', Region.KURDISTAN_REGION));
    expect(other.payload).toEqual({ campaign: null, userErrors: [{ code: 'DUPLICATE', field: ['input', 'slug'] }] });
    // The first caller, now an editor of the other region: the retry is checked like a new request and refused.
    const moved = await send(SIMPLE, input, await tokenOf('editor-erbil-1', Region.FEDERAL_IRAQ));
    expect(moved.payload).toEqual({ campaign: null, userErrors: [{ code: 'FORBIDDEN', field: ['input', 'regions'] }] });
    expect(await countKeyed()).toBe(1);
  });
});
