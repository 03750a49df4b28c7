import { readFileSync } from 'node:fs';
import { type InputObjectTypeDefinitionNode, Kind, type ObjectTypeDefinitionNode, type TypeNode, parse } from 'graphql';
import { demoCampaignId } from '@icssi/campaigns';
import { demoCouncilId, demoImplementationId } from '@icssi/cohesion-councils';
import { demoForumId, demoSeasonId, demoSessionId } from '@icssi/forum-seasons';
import { Region, Role, demoId, demoOrganisationId, demoPersonId, demoRecommendationId, demoWorkingGroupId } from '@icssi/platform';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { SUPERGRAPH_FILE, type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

/**
 * Every mutation of the supergraph, through the gateway: the public, members and bridge analysts
 * are refused outright; an editor of the other region gets a FORBIDDEN user error; an unknown id
 * is NOT_FOUND on the right field; validation failures name the right code and field. In every
 * refused case nothing is written to any of the four databases.
 */

let stack: TestStack;
/** Per subgraph, the tables whose contents make up its snapshot. */
const tables: Record<string, string[]> = {};

beforeAll(async () => {
  stack = await startTestStack();
  for (const [name, subgraph] of Object.entries(stack.subgraphs)) {
    const rows: Array<{ tablename: string }> = await subgraph.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    // Used context nonces are the transport's, not data: every request adds one.
    tables[name] = rows.map((row) => row.tablename).filter((table) => table !== 'context_nonce');
  }
});

afterAll(async () => {
  await stack?.dispose();
});

/** Row count and a digest of the contents of every table of every subgraph. */
async function snapshot(): Promise<Record<string, { n: number; digest: string }>> {
  const result: Record<string, { n: number; digest: string }> = {};
  for (const [name, subgraph] of Object.entries(stack.subgraphs)) {
    const sql = tables[name]
      .map(
        (table) =>
          `SELECT '${table}' AS t, count(*)::int AS n, coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS digest FROM "${table}" x`,
      )
      .join(' UNION ALL ');
    const rows: Array<{ t: string; n: number; digest: string }> = await subgraph.dataSource.query(sql);
    for (const row of rows) result[`${name}.${row.t}`] = { n: row.n, digest: row.digest };
  }
  return result;
}

// The mutations, their input types and payload fields, read from the committed supergraph.
const document = parse(readFileSync(SUPERGRAPH_FILE, 'utf8'));
const objectTypes = new Map(
  document.definitions
    .filter((definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION)
    .map((definition) => [definition.name.value, definition]),
);
const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));
const SCHEMA_MUTATIONS = new Map(
  objectTypes.get('Mutation')!.fields!.map((field) => {
    const payload = objectTypes.get(namedType(field.type))!;
    const others = payload
      .fields!.filter((f) => f.name.value !== 'userErrors')
      .map((f) => ({ name: f.name.value, object: objectTypes.has(namedType(f.type)) }));
    return [field.name.value, { inputType: namedType(field.arguments![0].type), others }];
  }),
);

/** The operation text: the payload's record fields (null on failure) and its user errors. */
function operation(name: string): string {
  const mutation = SCHEMA_MUTATIONS.get(name);
  if (!mutation) throw new Error(`no mutation ${name} in the supergraph`);
  const selection = mutation.others.map((field) => (field.object ? `${field.name} { __typename }` : field.name)).join(' ');
  return `mutation($input: ${mutation.inputType}!) { ${name}(input: $input) { ${selection} userErrors { code field message } } }`;
}

/** What a refused mutation's payload holds besides its user errors: no record (lockdowns: 0 replicas). */
const emptyRecord = (name: string) =>
  Object.fromEntries(SCHEMA_MUTATIONS.get(name)!.others.map((field) => [field.name, field.name === 'replicasUpdated' ? 0 : null]));

type UserErrors = Array<{ code: string; field: string[]; message: string }>;
async function send(name: string, input: Record<string, unknown>, headers: Record<string, string>) {
  const { status, body } = await postGraphql<Record<string, Record<string, unknown> & { userErrors: UserErrors }>>(
    stack.gateway.url,
    operation(name),
    { input },
    headers,
  );
  return { status, payload: body.data?.[name] ?? null, errors: body.errors };
}

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const caller = {
  admin: () => bearer(Role.ADMIN),
  fiEditor: () => bearer(Role.EDITOR, Region.FEDERAL_IRAQ),
  krEditor: () => bearer(Role.EDITOR, Region.KURDISTAN_REGION),
};

// Demo records of the Federal Iraq region (and one proposed Kurdistan Region recommendation).
const fi = {
  campaign: demoCampaignId('open-budgets-baghdad'),
  action: demoId('campaign-action', 'open-budgets-baghdad#launch'),
  implementation: demoImplementationId('baghdad-council', 'isf3-civil-peace-councils'),
  council: demoCouncilId('baghdad-council'),
  seat: demoId('council-member', 'baghdad-council#cso'),
  meeting: demoId('council-meeting', 'baghdad-council#founding'),
  forum: demoForumId('iraqi-social-forum'),
  season: demoSeasonId('iraqi-social-forum', 4),
  session: demoSessionId('iraqi-social-forum', 4, 'opening'),
  recommendation: demoRecommendationId('isf3-women-in-councils'),
  person: demoPersonId('person-1'),
  organisation: demoOrganisationId('iraqi-social-forum-secretariat'),
  partnership: demoId('partnership', 'iraqi-social-forum-secretariat>icssi'),
  membership: demoId('membership', 'person-1'),
  workingGroup: demoWorkingGroupId('fi-transparency'),
};
const krProposedRecommendation = demoRecommendationId('ksf1-coexistence-education');

/**
 * For each mutation: an input an editor of the records' region may send, the region of those
 * records, and the input field an editor of the other region is refused on.
 */
const VALID: Record<string, { input: Record<string, unknown>; region: Region; regionField: string[] }> = {
  createCampaign: {
    input: {
      slug: 'coverage-campaign',
      title: { en: 'Coverage' },
      themes: ['PEACEBUILDING'],
      regions: ['FEDERAL_IRAQ'],
      governorateCodes: ['IQ-BG'],
    },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'regions'],
  },
  updateCampaign: {
    input: { id: fi.campaign, version: 1, status: 'COMPLETED' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  archiveCampaign: { input: { id: fi.campaign, version: 1 }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'id'] },
  addCampaignAction: {
    input: { campaignId: fi.campaign, type: 'WORKSHOP', occurredOn: '2026-11-20', participantsTotal: 10, participantsWomen: 4 },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'campaignId'],
  },
  addCampaignPartner: {
    input: { campaignId: fi.campaign, targetId: demoOrganisationId('european-commission') },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'campaignId'],
  },
  advanceRecommendation: {
    input: { campaignId: fi.campaign, targetId: demoRecommendationId('isf3-youth-in-local-dialogue') },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'campaignId'],
  },
  archiveCampaignAction: { input: { id: fi.action, version: 1 }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'id'] },
  updateCampaignAction: {
    input: { id: fi.action, version: 1, participantsTotal: 130 },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  recordImplementationUpdate: {
    input: { implementationId: fi.implementation, version: 1, reportedOn: '2026-11-01', progress: 50, status: 'IN_PROGRESS' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'implementationId'],
  },
  commitToRecommendation: {
    input: { councilId: demoCouncilId('basra-council'), recommendationId: fi.recommendation },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'councilId'],
  },
  createCohesionCouncil: {
    input: { slug: 'coverage-council', name: { en: 'Karbala Council' }, governorateCode: 'IQ-KA' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'governorateCode'],
  },
  updateCohesionCouncil: {
    input: { id: fi.council, version: 1, status: 'SUSPENDED' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  archiveCohesionCouncil: { input: { id: fi.council, version: 1 }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'id'] },
  updateCouncilMember: {
    input: { id: fi.seat, version: 1, sector: 'CIVIL_SOCIETY', onBehalfOf: { en: 'Neighbourhood committees' } },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  endCouncilMember: {
    input: { id: fi.seat, version: 1, endDate: '2026-11-30' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  addCouncilMember: {
    input: { councilId: fi.council, sector: 'COMMUNITY_LEADER', organisationId: demoOrganisationId('icssi') },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'councilId'],
  },
  recordCouncilMeeting: {
    input: { councilId: fi.council, heldOn: '2026-11-15', attendanceTotal: 10, attendanceWomen: 4, attendanceYouth: 3 },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'councilId'],
  },
  updateCouncilMeeting: {
    input: { id: fi.meeting, version: 1, attendanceTotal: 25 },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  archiveCouncilMeeting: { input: { id: fi.meeting, version: 1 }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'id'] },
  archiveImplementation: { input: { id: fi.implementation, version: 1 }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'id'] },
  createRecommendation: {
    input: { seasonId: fi.season, slug: 'coverage-recommendation', title: { en: 'Coverage' }, themes: [] },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'seasonId'],
  },
  createForumSeason: {
    input: { forumId: fi.forum, number: 9, year: 2028, governorateCode: 'IQ-BG' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'forumId'],
  },
  updateForumSeason: { input: { id: fi.season, version: 1, status: 'OPEN' }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'id'] },
  // Forums are admins' business: every editor is refused, on the region.
  createForum: {
    input: { slug: 'coverage-forum', name: { en: 'Coverage Forum' }, region: 'FEDERAL_IRAQ', hostGovernorateCode: 'IQ-BG' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'region'],
  },
  updateForum: { input: { id: fi.forum, version: 1, foundedYear: 2014 }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'id'] },
  // The seeded forums have live seasons (refused, see the validation table); the success case archives the forum createForum made.
  archiveForum: { input: { id: fi.forum, version: 1 }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'id'] },
  updateForumSession: {
    input: { id: fi.session, version: 1, format: 'WORKSHOP' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  archiveForumSession: { input: { id: fi.session, version: 1 }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'id'] },
  // A season without recommendations: one with live recommendations is refused (see the validation table).
  archiveForumSeason: {
    input: { id: demoSeasonId('iraqi-social-forum', 2), version: 1 },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  addForumSession: {
    input: { seasonId: fi.season, title: { en: 'Coverage session' }, format: 'WORKSHOP' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'seasonId'],
  },
  addSeasonParticipant: {
    input: { seasonId: fi.season, organisationId: demoOrganisationId('peace-and-freedom-organization') },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'seasonId'],
  },
  updateRecommendation: {
    input: { id: fi.recommendation, version: 1, themes: ['PEACEBUILDING'] },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  adoptRecommendation: {
    input: { id: krProposedRecommendation, version: 1, adoptedOn: '2026-12-19' },
    region: Region.KURDISTAN_REGION,
    regionField: ['input', 'id'],
  },
  withdrawRecommendation: { input: { id: fi.recommendation, version: 1 }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'id'] },
  lockdownPerson: { input: { personId: fi.person }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'personId'] },
  lockdownOrganisation: {
    input: { organisationId: fi.organisation },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'organisationId'],
  },
  // Custodians only: an editor, of any region, gets FORBIDDEN on the subject.
  unlockPerson: { input: { personId: fi.person }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'personId'] },
  unlockOrganisation: { input: { organisationId: fi.organisation }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'organisationId'] },
  createOrganisation: {
    input: {
      slug: 'coverage-organisation',
      name: { en: 'Coverage' },
      kind: 'YOUTH_GROUP',
      homeRegion: 'FEDERAL_IRAQ',
      registrationStatus: 'INFORMAL',
    },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'homeRegion'],
  },
  updateOrganisation: {
    input: { id: fi.organisation, version: 1, acronym: 'ISF-S' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  archiveOrganisation: { input: { id: fi.organisation, version: 1 }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'id'] },
  createPerson: {
    input: { displayName: { en: 'Coverage Person' }, pseudonym: 'Activist Coverage', region: 'FEDERAL_IRAQ', nameConsent: 'NONE' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'region'],
  },
  updatePerson: {
    input: { id: fi.person, version: 1, pseudonym: 'Activist Renamed' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  createPartnership: {
    input: { organisationId: fi.organisation, partnerId: demoOrganisationId('european-commission'), role: 'KEY_PARTNER' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'organisationId'],
  },
  archivePerson: { input: { id: fi.person, version: 1 }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'id'] },
  updatePartnership: {
    input: { id: fi.partnership, version: 1, role: 'IMPLEMENTING_PARTNER', themes: ['PEACEBUILDING'] },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  endPartnership: {
    input: { id: fi.partnership, version: 1, endDate: '2026-12-31' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  addMembership: {
    input: { personId: fi.person, workingGroupId: demoWorkingGroupId('fi-peacebuilding'), role: 'MEMBER' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'workingGroupId'],
  },
  updateMembership: {
    input: { id: fi.membership, version: 1, role: 'COORDINATOR' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  endMembership: {
    input: { id: fi.membership, version: 1, endDate: '2026-12-31' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  setTranslation: {
    input: {
      field: 'ORGANISATION_NAME',
      id: fi.organisation,
      version: 1,
      locale: 'kmr',
      value: 'Sekreteriya Foruma Civakî ya Iraqê',
      provenance: 'HUMAN',
    },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  createWorkingGroup: {
    input: { slug: 'coverage-group', name: { en: 'Coverage Group' }, themes: [], region: 'FEDERAL_IRAQ' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'region'],
  },
  updateWorkingGroup: {
    input: { id: fi.workingGroup, version: 1, status: 'DORMANT' },
    region: Region.FEDERAL_IRAQ,
    regionField: ['input', 'id'],
  },
  archiveWorkingGroup: { input: { id: fi.workingGroup, version: 1 }, region: Region.FEDERAL_IRAQ, regionField: ['input', 'id'] },
};
const MUTATIONS = Object.keys(VALID);
const otherRegion = (region: Region) => (region === Region.FEDERAL_IRAQ ? Region.KURDISTAN_REGION : Region.FEDERAL_IRAQ);
const withInput = (name: string, change: Record<string, unknown>) => ({ ...VALID[name].input, ...change });

/** Expects one user error with this code and field, no record, and nothing written anywhere. */
async function expectRefused(name: string, input: Record<string, unknown>, headers: Record<string, string>, code: string, field: string[]) {
  const before = await snapshot();
  const { status, payload, errors } = await send(name, input, headers);
  expect({ status, errors }).toEqual({ status: 200, errors: undefined });
  expect(payload).toEqual({ ...emptyRecord(name), userErrors: [{ code, field, message: expect.any(String) }] });
  expect(await snapshot()).toEqual(before);
}

describe('the table of mutations', () => {
  it('covers every mutation of the supergraph, and nothing else', () => {
    expect([...MUTATIONS].sort()).toEqual([...SCHEMA_MUTATIONS.keys()].sort());
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(48);
  });
});

describe('forbidden roles', () => {
  const refusedOutright = MUTATIONS.flatMap(
    (name) =>
      [
        [name, 'the public', null],
        [name, 'a member of the region', Role.MEMBER],
        [name, 'a bridge analyst', Role.BRIDGE],
      ] as Array<[string, string, Role | null]>,
  );

  it.each(refusedOutright)('%s refuses %s outright (FORBIDDEN) and writes nothing', async (name, _who, role) => {
    const headers = role ? await bearer(role, VALID[name].region) : {};
    const before = await snapshot();
    const { payload, errors } = await send(name, VALID[name].input, headers);
    expect(payload).toBeNull();
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });

  it.each(MUTATIONS.map((name) => [name, VALID[name].regionField.join('.')]))(
    '%s refuses an editor of the other region on %s (FORBIDDEN user error) and writes nothing',
    async (name) => {
      const { input, region, regionField } = VALID[name];
      await expectRefused(name, input, await bearer(Role.EDITOR, otherRegion(region)), 'FORBIDDEN', regionField);
    },
  );
});

// Kurdistan Region records, for writes that reach across regions.
const kr = {
  campaign: demoCampaignId('speak-freely-kurdistan'),
  council: demoCouncilId('erbil-council'),
  forum: demoForumId('kurdistan-social-forum'),
  organisation: demoOrganisationId('peace-and-freedom-organization'),
  workingGroup: demoWorkingGroupId('kr-freedom-of-expression'),
};

/**
 * Every field of a mutation input that names another record (`…Id`, `…Ids`, `…Code`, `…Codes`),
 * read from the supergraph, with what an editor may name there: the record the write changes
 * (its region is checked above), a record of any region (and why), or a cross-region attempt —
 * a Kurdistan Region editor naming a federal Iraq record — that must be refused on that field.
 */
type CrossRegion = { touched: true } | { anyRegion: string } | { input: Record<string, unknown>; field: string[] };
const CROSS_REGION: Record<string, CrossRegion> = {
  'createCampaign.governorateCodes': {
    input: {
      slug: 'cross-campaign',
      title: { en: 'Cross' },
      themes: [],
      regions: ['KURDISTAN_REGION'],
      governorateCodes: ['IQ-AR', 'IQ-BG'],
    },
    field: ['input', 'governorateCodes', '1'],
  },
  'createCampaign.leadWorkingGroupId': {
    input: {
      slug: 'cross-campaign',
      title: { en: 'Cross' },
      themes: [],
      regions: ['KURDISTAN_REGION'],
      leadWorkingGroupId: fi.workingGroup,
    },
    field: ['input', 'leadWorkingGroupId'],
  },
  'createCampaign.leadOrganisationId': {
    input: {
      slug: 'cross-campaign',
      title: { en: 'Cross' },
      themes: [],
      regions: ['KURDISTAN_REGION'],
      leadOrganisationId: fi.organisation,
    },
    field: ['input', 'leadOrganisationId'],
  },
  'createCampaign.parentCampaignId': { anyRegion: 'a joint campaign has parts in both regions' },
  'addCampaignAction.campaignId': { touched: true },
  'addCampaignAction.governorateCode': {
    input: { campaignId: kr.campaign, type: 'WORKSHOP', occurredOn: '2026-11-20', governorateCode: 'IQ-BG' },
    field: ['input', 'governorateCode'],
  },
  'addCampaignPartner.campaignId': { touched: true },
  'addCampaignPartner.targetId': { anyRegion: 'joint campaigns have partners from both regions and abroad' },
  'advanceRecommendation.campaignId': { touched: true },
  'advanceRecommendation.targetId': { anyRegion: 'a recommendation of either forum may be taken up anywhere' },
  'recordImplementationUpdate.implementationId': { touched: true },
  'commitToRecommendation.councilId': { touched: true },
  'commitToRecommendation.recommendationId': { anyRegion: 'a recommendation of either forum may be taken up anywhere' },
  'createCohesionCouncil.governorateCode': { touched: true },
  'createCohesionCouncil.coordinatingOrganisationId': {
    input: { slug: 'cross-council', name: { en: 'Cross Council' }, governorateCode: 'IQ-AR', coordinatingOrganisationId: fi.organisation },
    field: ['input', 'coordinatingOrganisationId'],
  },
  'addCouncilMember.councilId': { touched: true },
  'addCouncilMember.personId': {
    input: { councilId: kr.council, sector: 'CIVIL_SOCIETY', personId: fi.person },
    field: ['input', 'personId'],
  },
  'addCouncilMember.organisationId': {
    input: { councilId: kr.council, sector: 'CIVIL_SOCIETY', organisationId: fi.organisation },
    field: ['input', 'organisationId'],
  },
  'recordCouncilMeeting.councilId': { touched: true },
  'createRecommendation.seasonId': { touched: true },
  'createForumSeason.forumId': { touched: true },
  'createForumSeason.governorateCode': {
    input: { forumId: kr.forum, number: 9, year: 2028, governorateCode: 'IQ-BG' },
    field: ['input', 'governorateCode'],
  },
  'createForum.hostGovernorateCode': { anyRegion: 'forums are admins’ records' },
  'createForum.secretariatOrganisationId': { anyRegion: 'forums are admins’ records' },
  'updateForum.secretariatOrganisationId': { anyRegion: 'forums are admins’ records' },
  'addForumSession.seasonId': { touched: true },
  'addForumSession.organiserIds': { anyRegion: 'forums bring organisations of both regions together' },
  'addSeasonParticipant.seasonId': { touched: true },
  'addSeasonParticipant.organisationId': { anyRegion: 'forums bring organisations of both regions together' },
  'lockdownPerson.personId': { touched: true },
  'lockdownOrganisation.organisationId': { touched: true },
  'unlockPerson.personId': { touched: true },
  'unlockOrganisation.organisationId': { touched: true },
  'createOrganisation.headquartersCode': {
    input: {
      slug: 'cross-organisation',
      name: { en: 'Cross' },
      kind: 'YOUTH_GROUP',
      homeRegion: 'KURDISTAN_REGION',
      registrationStatus: 'INFORMAL',
      headquartersCode: 'IQ-BG',
    },
    field: ['input', 'headquartersCode'],
  },
  'updateOrganisation.headquartersCode': {
    input: { id: kr.organisation, version: 1, headquartersCode: 'IQ-BG' },
    field: ['input', 'headquartersCode'],
  },
  'createPartnership.organisationId': { touched: true },
  'createPartnership.partnerId': { anyRegion: 'partnerships are how the regions work together' },
  'addMembership.personId': {
    input: { personId: fi.person, workingGroupId: kr.workingGroup, role: 'MEMBER' },
    field: ['input', 'personId'],
  },
  'addMembership.organisationId': { touched: true },
  'addMembership.workingGroupId': { touched: true },
  'createWorkingGroup.hostOrganisationId': {
    input: {
      slug: 'cross-group',
      name: { en: 'Cross Group' },
      themes: [],
      region: 'KURDISTAN_REGION',
      hostOrganisationId: fi.organisation,
    },
    field: ['input', 'hostOrganisationId'],
  },
  'updateWorkingGroup.hostOrganisationId': {
    input: { id: kr.workingGroup, version: 1, hostOrganisationId: fi.organisation },
    field: ['input', 'hostOrganisationId'],
  },
};

const inputTypes = new Map(
  document.definitions
    .filter((definition): definition is InputObjectTypeDefinitionNode => definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION)
    .map((definition) => [definition.name.value, definition]),
);
const REFERENCE_FIELDS = [...SCHEMA_MUTATIONS.entries()].flatMap(([name, mutation]) =>
  (inputTypes.get(mutation.inputType)?.fields ?? [])
    .map((field) => field.name.value)
    .filter((field) => field !== 'id' && /(Id|Ids|Code|Codes)$/.test(field))
    .map((field) => `${name}.${field}`),
);

describe('references across regions', () => {
  it('classifies every field of every mutation that names another record', () => {
    expect(Object.keys(CROSS_REGION).sort()).toEqual([...REFERENCE_FIELDS].sort());
  });

  const attempts = Object.entries(CROSS_REGION).filter(
    (entry): entry is [string, { input: Record<string, unknown>; field: string[] }] => 'input' in entry[1],
  );
  it.each(attempts.map(([name, attempt]) => [name, attempt.field.join('.'), attempt]))(
    '%s: a Kurdistan Region editor naming a federal Iraq record is refused on %s (FORBIDDEN) and nothing is written',
    async (name, _field, attempt) => {
      const mutation = (name as string).split('.')[0];
      const { input, field } = attempt as { input: Record<string, unknown>; field: string[] };
      await expectRefused(mutation, input, await caller.krEditor(), 'FORBIDDEN', field);
    },
  );
});

describe('unknown ids', () => {
  // [mutation, the id field, other changes to the input]
  const ID_FIELDS: Array<[string, string, Record<string, unknown>?]> = [
    ['updateCampaign', 'id'],
    ['archiveCampaign', 'id'],
    ['addCampaignAction', 'campaignId'],
    ['addCampaignPartner', 'campaignId'],
    ['addCampaignPartner', 'targetId'],
    ['advanceRecommendation', 'campaignId'],
    ['advanceRecommendation', 'targetId'],
    ['archiveCampaignAction', 'id'],
    ['updateCampaignAction', 'id'],
    ['createCampaign', 'parentCampaignId'],
    ['createCampaign', 'leadWorkingGroupId'],
    ['recordImplementationUpdate', 'implementationId'],
    ['commitToRecommendation', 'councilId'],
    ['commitToRecommendation', 'recommendationId'],
    ['createCohesionCouncil', 'coordinatingOrganisationId'],
    ['updateCohesionCouncil', 'id'],
    ['archiveCohesionCouncil', 'id'],
    ['updateCouncilMember', 'id'],
    ['endCouncilMember', 'id'],
    ['addCouncilMember', 'councilId'],
    ['addCouncilMember', 'organisationId'],
    ['addCouncilMember', 'personId', { organisationId: undefined }],
    ['recordCouncilMeeting', 'councilId'],
    ['updateCouncilMeeting', 'id'],
    ['archiveCouncilMeeting', 'id'],
    ['archiveImplementation', 'id'],
    ['createRecommendation', 'seasonId'],
    ['createForumSeason', 'forumId'],
    ['updateForumSeason', 'id'],
    ['createForum', 'secretariatOrganisationId'],
    ['updateForum', 'id'],
    ['archiveForum', 'id'],
    ['updateForum', 'secretariatOrganisationId'],
    ['updateForumSession', 'id'],
    ['archiveForumSession', 'id'],
    ['archiveForumSeason', 'id'],
    ['addForumSession', 'seasonId'],
    ['addSeasonParticipant', 'seasonId'],
    ['addSeasonParticipant', 'organisationId'],
    ['updateRecommendation', 'id'],
    ['adoptRecommendation', 'id'],
    ['withdrawRecommendation', 'id'],
    ['lockdownPerson', 'personId'],
    ['lockdownOrganisation', 'organisationId'],
    ['unlockPerson', 'personId'],
    ['unlockOrganisation', 'organisationId'],
    ['updateOrganisation', 'id'],
    ['archiveOrganisation', 'id'],
    ['updatePerson', 'id'],
    ['archivePerson', 'id'],
    ['createPartnership', 'organisationId'],
    ['createPartnership', 'partnerId'],
    ['updatePartnership', 'id'],
    ['endPartnership', 'id'],
    ['addMembership', 'personId'],
    ['addMembership', 'workingGroupId'],
    ['addMembership', 'organisationId', { workingGroupId: undefined }],
    ['updateMembership', 'id'],
    ['endMembership', 'id'],
    ['setTranslation', 'id'],
    ['setTranslation', 'id', { field: 'WORKING_GROUP_NAME' }],
    ['createWorkingGroup', 'hostOrganisationId'],
    ['updateWorkingGroup', 'id'],
    ['updateWorkingGroup', 'hostOrganisationId'],
    ['archiveWorkingGroup', 'id'],
  ];
  const cases = ID_FIELDS.flatMap(([name, field, change]) =>
    [UNKNOWN, 'not-a-uuid'].map((id) => [name, field, id, change ?? {}] as [string, string, string, Record<string, unknown>]),
  );

  it.each(cases)('%s answers NOT_FOUND on %s for the id %s and writes nothing', async (name, field, id, change) => {
    await expectRefused(name, withInput(name, { ...change, [field]: id }), await caller.admin(), 'NOT_FOUND', ['input', field]);
  });

  it('covers every mutation that names an existing record by id', () => {
    const named = new Set(ID_FIELDS.map(([name]) => name));
    const creations = MUTATIONS.filter((name) => !named.has(name));
    // Only creations whose every reference is a code, a region or a free value are left out.
    expect(creations.sort()).toEqual(['createOrganisation', 'createPerson']);
  });
});

describe('validation failures', () => {
  const long = (n: number) => 'x'.repeat(n);
  // [mutation, what is wrong, change to the valid input, caller, code, field]
  const FAILURES: Array<[string, string, Record<string, unknown>, keyof typeof caller, string, string[]]> = [
    ['createCampaign', 'a taken slug', { slug: 'open-budgets-baghdad' }, 'fiEditor', 'DUPLICATE', ['input', 'slug']],
    [
      'createCampaign',
      'an unknown governorate',
      { governorateCodes: ['IQ-ZZ'] },
      'fiEditor',
      'NOT_FOUND',
      ['input', 'governorateCodes', '0'],
    ],
    ['updateCampaign', 'an end before the start', { endDate: '2025-01-01' }, 'fiEditor', 'INVALID', ['input', 'endDate']],
    ['updateCampaign', 'an empty title', { title: { en: ' ' } }, 'fiEditor', 'INVALID', ['input', 'title']],
    ['updateCampaign', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['archiveCampaign', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    [
      'addCampaignAction',
      'a negative total',
      { participantsTotal: -1, participantsWomen: null },
      'fiEditor',
      'INVALID',
      ['input', 'participantsTotal'],
    ],
    ['addCampaignAction', 'more youth than participants', { participantsYouth: 11 }, 'fiEditor', 'INVALID', ['input', 'participantsYouth']],
    ['addCampaignAction', 'an unknown governorate', { governorateCode: 'IQ-QQ' }, 'fiEditor', 'NOT_FOUND', ['input', 'governorateCode']],
    [
      'updateCampaignAction',
      'more youth than participants',
      { participantsYouth: 1000 },
      'fiEditor',
      'INVALID',
      ['input', 'participantsYouth'],
    ],
    ['updateCampaignAction', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['archiveCampaignAction', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['recordImplementationUpdate', 'negative progress', { progress: -1 }, 'fiEditor', 'INVALID', ['input', 'progress']],
    [
      'commitToRecommendation',
      'an indicator without a name',
      { indicator: { name: { en: '' }, target: 5 } },
      'fiEditor',
      'INVALID',
      ['input', 'indicator', 'name'],
    ],
    ['createCohesionCouncil', 'a bad slug', { slug: 'Not A Slug!' }, 'fiEditor', 'INVALID', ['input', 'slug']],
    ['createCohesionCouncil', 'no name', { name: {} }, 'fiEditor', 'INVALID', ['input', 'name']],
    ['createCohesionCouncil', 'a taken slug', { slug: 'baghdad-council' }, 'fiEditor', 'DUPLICATE', ['input', 'slug']],
    ['updateCohesionCouncil', 'an empty name', { name: { en: ' ' } }, 'fiEditor', 'INVALID', ['input', 'name']],
    ['updateCohesionCouncil', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['archiveCohesionCouncil', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    [
      'updateCouncilMember',
      'an over-long representation',
      { onBehalfOf: { en: 'x'.repeat(201) } },
      'fiEditor',
      'INVALID',
      ['input', 'onBehalfOf', 'en'],
    ],
    ['updateCouncilMember', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['endCouncilMember', 'an end before the start', { endDate: '2020-01-01' }, 'fiEditor', 'INVALID', ['input', 'endDate']],
    ['endCouncilMember', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['recordCouncilMeeting', 'more youth than attendees', { attendanceYouth: 11 }, 'fiEditor', 'INVALID', ['input', 'attendanceYouth']],
    [
      'recordCouncilMeeting',
      'a negative attendance',
      { attendanceTotal: -1, attendanceWomen: null, attendanceYouth: null },
      'fiEditor',
      'INVALID',
      ['input', 'attendanceTotal'],
    ],
    ['updateCouncilMeeting', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['archiveCouncilMeeting', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['archiveImplementation', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['createRecommendation', 'a bad slug', { slug: 'Bad Slug' }, 'fiEditor', 'INVALID', ['input', 'slug']],
    ['createRecommendation', 'no title', { title: { en: '' } }, 'fiEditor', 'INVALID', ['input', 'title']],
    ['createForumSeason', 'a year out of range', { year: 1900 }, 'fiEditor', 'INVALID', ['input', 'year']],
    ['updateForumSeason', 'an end before the start', { endDate: '2020-01-01' }, 'fiEditor', 'INVALID', ['input', 'endDate']],
    ['updateForumSeason', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['createForum', 'a bad slug', { slug: 'Bad Slug' }, 'admin', 'INVALID', ['input', 'slug']],
    ['createForum', 'a founding year out of range', { foundedYear: 1800 }, 'admin', 'INVALID', ['input', 'foundedYear']],
    [
      'createForum',
      'an unknown host governorate',
      { hostGovernorateCode: 'IQ-QQ' },
      'admin',
      'NOT_FOUND',
      ['input', 'hostGovernorateCode'],
    ],
    ['createForum', 'a taken slug', { slug: 'iraqi-social-forum' }, 'admin', 'DUPLICATE', ['input', 'slug']],
    ['updateForum', 'a stale version', { version: 99 }, 'admin', 'CONFLICT', ['input', 'version']],
    ['archiveForum', 'live seasons', {}, 'admin', 'INVALID', ['input', 'id']],
    ['updateForumSession', 'an empty title', { title: { en: ' ' } }, 'fiEditor', 'INVALID', ['input', 'title']],
    ['updateForumSession', 'an end before the start', { endsAt: '2019-01-01T00:00:00Z' }, 'fiEditor', 'INVALID', ['input', 'endsAt']],
    ['archiveForumSession', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['archiveForumSeason', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['archiveForumSeason', 'live recommendations', { id: demoSeasonId('iraqi-social-forum', 3) }, 'fiEditor', 'INVALID', ['input', 'id']],
    ['addForumSession', 'no title', { title: { en: '' } }, 'fiEditor', 'INVALID', ['input', 'title']],
    ['addForumSession', 'an unknown organiser', { organiserIds: [UNKNOWN] }, 'fiEditor', 'NOT_FOUND', ['input', 'organiserIds', '0']],
    [
      'addSeasonParticipant',
      'an organisation already taking part',
      { organisationId: demoOrganisationId('icssi') },
      'fiEditor',
      'DUPLICATE',
      ['input', 'organisationId'],
    ],
    ['updateRecommendation', 'an empty title', { title: { en: ' ' } }, 'fiEditor', 'INVALID', ['input', 'title']],
    ['updateRecommendation', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['adoptRecommendation', 'a recommendation already adopted', { id: fi.recommendation }, 'fiEditor', 'INVALID', ['input', 'id']],
    ['adoptRecommendation', 'a stale version', { version: 99 }, 'krEditor', 'CONFLICT', ['input', 'version']],
    ['withdrawRecommendation', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['createOrganisation', 'a bad website', { website: 'ftp://example.org' }, 'fiEditor', 'INVALID', ['input', 'website']],
    ['createOrganisation', 'a taken slug', { slug: 'iraqi-social-forum-secretariat' }, 'fiEditor', 'DUPLICATE', ['input', 'slug']],
    ['updateOrganisation', 'the status ARCHIVED', { status: 'ARCHIVED' }, 'fiEditor', 'INVALID', ['input', 'status']],
    ['updateOrganisation', 'a bad website', { website: 'javascript:alert(1)' }, 'fiEditor', 'INVALID', ['input', 'website']],
    [
      'updateOrganisation',
      'an unknown headquarters',
      { headquartersCode: 'IQ-XX' },
      'fiEditor',
      'NOT_FOUND',
      ['input', 'headquartersCode'],
    ],
    ['updateOrganisation', 'an acronym too long', { acronym: long(21) }, 'fiEditor', 'INVALID', ['input', 'acronym']],
    ['archiveOrganisation', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['createPerson', 'a bad e-mail', { email: 'not-an-email' }, 'fiEditor', 'INVALID', ['input', 'email']],
    ['createPerson', 'no pseudonym', { pseudonym: ' ' }, 'fiEditor', 'INVALID', ['input', 'pseudonym']],
    ['updatePerson', 'a bad e-mail', { email: 'not-an-email' }, 'fiEditor', 'INVALID', ['input', 'email']],
    ['updatePerson', 'an empty pseudonym', { pseudonym: ' ' }, 'fiEditor', 'INVALID', ['input', 'pseudonym']],
    ['updatePerson', 'a phone number too long', { phone: long(51) }, 'fiEditor', 'INVALID', ['input', 'phone']],
    ['updatePerson', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['archivePerson', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['createPartnership', 'a partnership with itself', { partnerId: fi.organisation }, 'fiEditor', 'INVALID', ['input', 'partnerId']],
    ['updatePartnership', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['endPartnership', 'an end before the start', { endDate: '2020-01-01' }, 'fiEditor', 'INVALID', ['input', 'endDate']],
    ['endPartnership', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    [
      'addMembership',
      'neither an organisation nor a group',
      { workingGroupId: undefined },
      'fiEditor',
      'INVALID',
      ['input', 'organisationId'],
    ],
    ['updateMembership', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['endMembership', 'an end before the start', { endDate: '2020-01-01' }, 'fiEditor', 'INVALID', ['input', 'endDate']],
    ['endMembership', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['setTranslation', 'a missing version', { version: undefined }, 'fiEditor', 'INVALID', ['input', 'version']],
    ['setTranslation', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['setTranslation', 'a name too long', { value: long(201) }, 'fiEditor', 'INVALID', ['input', 'value']],
    [
      'setTranslation',
      'a governorate name (admins only)',
      { field: 'GOVERNORATE_NAME', id: 'IQ-BG', version: undefined },
      'fiEditor',
      'FORBIDDEN',
      ['input', 'id'],
    ],
    ['createWorkingGroup', 'a bad slug', { slug: 'Bad Slug' }, 'fiEditor', 'INVALID', ['input', 'slug']],
    ['createWorkingGroup', 'no name', { name: { en: ' ' } }, 'fiEditor', 'INVALID', ['input', 'name']],
    ['updateWorkingGroup', 'no name', { name: {} }, 'fiEditor', 'INVALID', ['input', 'name']],
    ['updateWorkingGroup', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
    ['archiveWorkingGroup', 'a stale version', { version: 99 }, 'fiEditor', 'CONFLICT', ['input', 'version']],
  ];

  it.each(FAILURES)('%s refuses %s with the right code and field, and writes nothing', async (name, _what, change, who, code, field) => {
    await expectRefused(name, withInput(name, change), await caller[who](), code, field);
  });
});

describe('the inputs above are accepted from the right caller', () => {
  // Where each versioned mutation's record lives, to send its current version.
  const VERSIONED: Record<string, [keyof TestStack['subgraphs'], string]> = {
    updateCampaign: ['campaigns', 'campaign'],
    archiveCampaign: ['campaigns', 'campaign'],
    updateCampaignAction: ['campaigns', 'campaign_action'],
    archiveCampaignAction: ['campaigns', 'campaign_action'],
    recordImplementationUpdate: ['cohesion-councils', 'implementation'],
    archiveImplementation: ['cohesion-councils', 'implementation'],
    updateCohesionCouncil: ['cohesion-councils', 'cohesion_council'],
    archiveCohesionCouncil: ['cohesion-councils', 'cohesion_council'],
    updateCouncilMember: ['cohesion-councils', 'council_member'],
    endCouncilMember: ['cohesion-councils', 'council_member'],
    updateCouncilMeeting: ['cohesion-councils', 'council_meeting'],
    archiveCouncilMeeting: ['cohesion-councils', 'council_meeting'],
    updateForumSeason: ['forum-seasons', 'forum_season'],
    updateForum: ['forum-seasons', 'forum'],
    archiveForum: ['forum-seasons', 'forum'],
    updateForumSession: ['forum-seasons', 'forum_session'],
    archiveForumSession: ['forum-seasons', 'forum_session'],
    archiveForumSeason: ['forum-seasons', 'forum_season'],
    updateRecommendation: ['forum-seasons', 'recommendation'],
    adoptRecommendation: ['forum-seasons', 'recommendation'],
    withdrawRecommendation: ['forum-seasons', 'recommendation'],
    updateOrganisation: ['organisations', 'organisation'],
    archiveOrganisation: ['organisations', 'organisation'],
    setTranslation: ['organisations', 'organisation'],
    updatePerson: ['organisations', 'person'],
    archivePerson: ['organisations', 'person'],
    updatePartnership: ['organisations', 'partnership'],
    endPartnership: ['organisations', 'partnership'],
    updateMembership: ['organisations', 'membership'],
    endMembership: ['organisations', 'membership'],
    updateWorkingGroup: ['organisations', 'working_group'],
    archiveWorkingGroup: ['organisations', 'working_group'],
  };
  // Changes first, then archives and withdrawals, lockdowns, then their unlocks: each leaves the others' records usable.
  const rank = (name: string) =>
    name.startsWith('unlock') ? 3 : name.startsWith('lockdown') ? 2 : /^(archive|withdraw)/.test(name) ? 1 : 0;
  const ORDER = [...MUTATIONS].sort((a, b) => rank(a) - rank(b));

  it('knows where every versioned record lives', () => {
    const versioned = MUTATIONS.filter((name) => 'version' in VALID[name].input);
    expect(versioned.sort()).toEqual(Object.keys(VERSIONED).sort());
  });

  it.each(ORDER)('%s succeeds for an editor of the records’ region (admins: forums), and writes', async (name) => {
    const input = { ...VALID[name].input };
    if (name === 'archiveForum') {
      const [created] = await stack.subgraphs['forum-seasons'].dataSource.query(`SELECT id FROM forum WHERE slug = 'coverage-forum'`);
      input.id = created.id;
    }
    if (VERSIONED[name]) {
      const [subgraph, table] = VERSIONED[name];
      const id = input.id ?? input.implementationId;
      const [row] = await stack.subgraphs[subgraph].dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
      input.version = row.version;
    }
    const headers = /Forum$|^unlock/.test(name) ? await caller.admin() : await bearer(Role.EDITOR, VALID[name].region);
    const before = await snapshot();
    expect(Object.keys(before).length).toBeGreaterThan(20);
    const { payload, errors } = await send(name, input, headers);
    expect(errors).toBeUndefined();
    expect(payload?.userErrors).toEqual([]);
    expect(await snapshot()).not.toEqual(before);
  });
});
