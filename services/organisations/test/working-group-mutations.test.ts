import { organisationsService } from '@icssi/organisations';
import { Region, Role, type Viewer, demoOrganisationId, demoWorkingGroupId } from '@icssi/platform';
import { postGraphql, signedHeaders, startTestSubgraph, type TestSubgraph } from '@icssi/test-kit/test-subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(organisationsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const ADMIN: Viewer = { id: 'admin', roles: [Role.ADMIN], region: null };
const FI_EDITOR: Viewer = { id: 'editor-baghdad', roles: [Role.EDITOR], region: Region.FEDERAL_IRAQ };
type Payload = { workingGroup: Record<string, unknown> | null; userErrors: Array<{ code: string; field: string[] }> };
const send = async (query: string, input: Record<string, unknown>, viewer: Viewer) => {
  const { body } = await postGraphql<Record<string, Payload>>(subgraph.url, query, { input }, signedHeaders(viewer));
  return { payload: body.data ? Object.values(body.data)[0] : null, errors: body.errors };
};

const CREATE = `mutation($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { workingGroup { id slug name status version hostOrganisation { slug } } userErrors { code field } } }`;
const UPDATE = `mutation($input: UpdateWorkingGroupInput!) { updateWorkingGroup(input: $input) { workingGroup { status version } userErrors { code field } } }`;
const ARCHIVE = `mutation($input: ArchiveWorkingGroupInput!) { archiveWorkingGroup(input: $input) { workingGroup { id } userErrors { code field } } }`;

describe('working group mutations', () => {
  it('creates, updates and archives a working group of the editor’s region', async () => {
    const created = await send(
      CREATE,
      {
        slug: 'fi-anti-corruption-youth',
        name: { ar: 'شباب ضد الفساد', en: 'Youth Against Corruption' },
        themes: ['TRANSPARENCY'],
        region: 'FEDERAL_IRAQ',
        hostOrganisationId: demoOrganisationId('iraqi-social-forum-secretariat'),
      },
      FI_EDITOR,
    );
    expect(created.payload).toMatchObject({
      workingGroup: {
        slug: 'fi-anti-corruption-youth',
        name: 'Youth Against Corruption',
        status: 'FORMING',
        version: 1,
        hostOrganisation: { slug: 'iraqi-social-forum-secretariat' },
      },
      userErrors: [],
    });
    const id = (created.payload!.workingGroup as { id: string }).id;
    const updated = await send(UPDATE, { id, version: 1, status: 'ACTIVE' }, FI_EDITOR);
    expect(updated.payload).toEqual({ workingGroup: { status: 'ACTIVE', version: 2 }, userErrors: [] });
    const stale = await send(UPDATE, { id, version: 1, status: 'DORMANT' }, FI_EDITOR);
    expect(stale.payload?.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const archived = await send(ARCHIVE, { id, version: 2 }, FI_EDITOR);
    expect(archived.payload?.userErrors).toEqual([]);
    const publicView = await postGraphql(
      subgraph.url,
      `query($id: ID!) { workingGroup(id: $id) { id } workingGroups(first: 100) { nodes { id } } }`,
      { id },
      signedHeaders(),
    );
    expect(JSON.stringify(publicView.body)).not.toContain(id);
    const adminView = await postGraphql(subgraph.url, `query($id: ID!) { workingGroup(id: $id) { slug } }`, { id }, signedHeaders(ADMIN));
    expect(adminView.body.data).toEqual({ workingGroup: { slug: 'fi-anti-corruption-youth' } });
  });

  it.each([
    [
      'a taken slug',
      CREATE,
      { slug: 'fi-transparency', name: { en: 'X' }, themes: [], region: 'FEDERAL_IRAQ' },
      'DUPLICATE',
      ['input', 'slug'],
    ],
    [
      'an unknown host',
      CREATE,
      {
        slug: 'never-written',
        name: { en: 'X' },
        themes: [],
        region: 'FEDERAL_IRAQ',
        hostOrganisationId: '00000000-0000-4000-8000-000000000000',
      },
      'NOT_FOUND',
      ['input', 'hostOrganisationId'],
    ],
    [
      'the other region',
      CREATE,
      { slug: 'never-written', name: { en: 'X' }, themes: [], region: 'KURDISTAN_REGION' },
      'FORBIDDEN',
      ['input', 'region'],
    ],
    ['no name', CREATE, { slug: 'never-written', name: {}, themes: [], region: 'FEDERAL_IRAQ' }, 'INVALID', ['input', 'name']],
    [
      'another region’s group',
      UPDATE,
      { id: demoWorkingGroupId('kr-transparency'), version: 1, status: 'DORMANT' },
      'FORBIDDEN',
      ['input', 'id'],
    ],
    ['an unknown group', UPDATE, { id: 'nope', version: 1 }, 'NOT_FOUND', ['input', 'id']],
  ])('refuses %s', async (_name, query, input, code, field) => {
    const { payload } = await send(query, input, FI_EDITOR);
    expect(payload).toEqual({ workingGroup: null, userErrors: [expect.objectContaining({ code, field })] });
  });
});
