import { organisationsService } from '@icssi/organisations';
import { Locale, Region, Role, type Viewer, demoOrganisationId, demoWorkingGroupId } from '@icssi/platform';
import { postGraphql, signedHeaders, startTestSubgraph, type TestSubgraph } from '@icssi/test-kit/test-subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(organisationsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const SET = `mutation($input: SetTranslationInput!) { setTranslation(input: $input) { translations { locale value provenance } userErrors { code field } } }`;
const ADMIN: Viewer = { id: 'admin', roles: [Role.ADMIN], region: null };
const KR_EDITOR: Viewer = { id: 'editor-erbil', roles: [Role.EDITOR], region: Region.KURDISTAN_REGION };
type Payload = {
  translations: Array<{ locale: string; value: string; provenance: string }> | null;
  userErrors: Array<{ code: string; field: string[] }>;
};
const set = async (input: Record<string, unknown>, viewer: Viewer) =>
  (await postGraphql<{ setTranslation: Payload }>(subgraph.url, SET, { input }, signedHeaders(viewer))).body.data!.setTranslation;

describe('setTranslation', () => {
  it('lets a native speaker (admin) mark a machine Kurdish governorate name REVIEWED', async () => {
    const payload = await set({ field: 'GOVERNORATE_NAME', id: 'iq-ar', locale: 'ckb', value: 'هەولێر', provenance: 'REVIEWED' }, ADMIN);
    expect(payload.translations?.find((t) => t.locale === 'ckb')).toEqual({ locale: 'ckb', value: 'هەولێر', provenance: 'REVIEWED' });
    const { body } = await postGraphql(subgraph.url, `{ governorate(code: "IQ-AR") { name } }`, {}, signedHeaders(undefined, Locale.ckb));
    expect(body.data).toEqual({ governorate: { name: 'هەولێر' } });
  });

  it('adds a translation to a working group of the editor’s region, versioned, and searchable at once', async () => {
    const id = demoWorkingGroupId('kr-transparency');
    const payload = await set(
      { field: 'WORKING_GROUP_NAME', id, version: 1, locale: 'kmr', value: 'Koma Zelaliyê ya Ciwanan', provenance: 'HUMAN' },
      KR_EDITOR,
    );
    expect(payload.userErrors).toEqual([]);
    const stale = await set({ field: 'WORKING_GROUP_NAME', id, version: 1, locale: 'kmr', value: 'X', provenance: 'HUMAN' }, KR_EDITOR);
    expect(stale.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const { body } = await postGraphql<{ search: { workingGroups: { nodes: Array<{ slug: string }> } } }>(
      subgraph.url,
      `{ search(query: "koma zelaliye") { workingGroups { nodes { slug } } } }`,
      {},
      signedHeaders(),
    );
    // the exact match first (a similar group may follow as a fuzzy match)
    expect(body.data!.search.workingGroups.nodes[0]).toEqual({ slug: 'kr-transparency' });
  });

  it.each([
    [
      'a governorate name as an editor',
      { field: 'GOVERNORATE_NAME', id: 'IQ-AR', locale: 'kmr', value: 'X', provenance: 'HUMAN' },
      'FORBIDDEN',
      ['input', 'id'],
    ],
    [
      'another region’s organisation',
      { field: 'ORGANISATION_NAME', id: demoOrganisationId('icssi'), version: 1, locale: 'kmr', value: 'X', provenance: 'HUMAN' },
      'FORBIDDEN',
      ['input', 'id'],
    ],
    [
      'an unknown record',
      {
        field: 'ORGANISATION_NAME',
        id: '00000000-0000-4000-8000-000000000000',
        version: 1,
        locale: 'kmr',
        value: 'X',
        provenance: 'HUMAN',
      },
      'NOT_FOUND',
      ['input', 'id'],
    ],
    [
      'a missing version',
      {
        field: 'ORGANISATION_NAME',
        id: demoOrganisationId('peace-and-freedom-organization'),
        locale: 'kmr',
        value: 'X',
        provenance: 'HUMAN',
      },
      'INVALID',
      ['input', 'version'],
    ],
    [
      'a text too long',
      {
        field: 'ORGANISATION_NAME',
        id: demoOrganisationId('peace-and-freedom-organization'),
        version: 1,
        locale: 'kmr',
        value: 'x'.repeat(201),
        provenance: 'HUMAN',
      },
      'INVALID',
      ['input', 'value'],
    ],
  ])('refuses %s', async (_name, input, code, field) => {
    const payload = await set(input, KR_EDITOR);
    expect(payload).toEqual({ translations: null, userErrors: [expect.objectContaining({ code, field })] });
  });
});
