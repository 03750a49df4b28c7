import { campaignsService, demoCampaignId } from '@icssi/campaigns';
import { Locale, demoOrganisationId, demoWorkingGroupId } from '@icssi/platform';
import { postGraphql, signedHeaders, startTestSubgraph, TestSubgraph } from '../../../tests/kit/test-subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(campaignsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const query = <T>(q: string, variables: Record<string, unknown> = {}, locale: Locale = Locale.en) =>
  postGraphql<T>(subgraph.url, q, variables, signedHeaders(undefined, locale));

describe('campaigns subgraph', () => {
  it('lists public campaigns with filters and localized titles', async () => {
    const all = await query<{ campaigns: Array<{ slug: string }> }>(`{ campaigns { slug } }`);
    expect(all.body.data!.campaigns.map((c) => c.slug)).toEqual([
      'open-budgets-baghdad',
      'joint-nonviolence-and-coexistence',
      'women-lead-kurdistan',
      'peace-week-nineveh',
      'speak-freely-kurdistan',
      'accountable-municipalities-erbil',
      'citizens-budget-hearings',
      'neighbours-not-strangers',
      'youth-in-local-councils-kurdistan',
      'women-in-local-decisions',
      'dialogue-circles-kurdistan',
    ]);
    const kurdistan = await query<{ campaigns: Array<{ slug: string; title: string }> }>(
      `{ campaigns(region: KURDISTAN_REGION, theme: FREEDOM_OF_EXPRESSION) { slug title } }`,
      {},
      Locale.ar,
    );
    expect(kurdistan.body.data).toEqual({ campaigns: [{ slug: 'speak-freely-kurdistan', title: 'تكلّم بحرية' }] });
    const planned = await query<{ campaigns: Array<{ slug: string }> }>(`{ campaigns(status: PLANNED) { slug } }`);
    expect(planned.body.data!.campaigns.map((c) => c.slug)).toEqual(['women-in-local-decisions', 'dialogue-circles-kurdistan']);
  });

  it('returns references to other subgraphs’ entities as keys only', async () => {
    const { body } = await query(
      `{ campaignBySlug(slug: "speak-freely-kurdistan") {
          leadWorkingGroup { id } leadOrganisation { id } governorates { code } parentCampaign { slug }
        } }`,
    );
    expect(body.data).toEqual({
      campaignBySlug: {
        leadWorkingGroup: { id: demoWorkingGroupId('kr-freedom-of-expression') },
        leadOrganisation: { id: demoOrganisationId('peace-and-freedom-organization') },
        governorates: [{ code: 'IQ-AR' }, { code: 'IQ-SU' }, { code: 'IQ-DA' }],
        parentCampaign: { slug: 'joint-nonviolence-and-coexistence' },
      },
    });
  });

  it('keeps drafts out of public reads', async () => {
    await subgraph.dataSource.query(
      `INSERT INTO campaign (id, slug, title, status, lead_working_group_id) VALUES ($1, 'secret-draft', '{"en":{"value":"Draft","provenance":"HUMAN"}}', 'DRAFT', $2)`,
      [demoCampaignId('secret-draft'), demoWorkingGroupId('fi-transparency')],
    );
    const { body } = await query<{ campaigns: Array<{ slug: string }> }>(
      `query($id: ID!, $r: [_Any!]!) {
        campaigns { slug } campaign(id: $id) { slug } campaignBySlug(slug: "secret-draft") { slug }
        _entities(representations: $r) { ... on WorkingGroup { campaigns { slug } } ... on Campaign { slug } }
      }`,
      {
        id: demoCampaignId('secret-draft'),
        r: [
          { __typename: 'WorkingGroup', id: demoWorkingGroupId('fi-transparency') },
          { __typename: 'Campaign', id: demoCampaignId('secret-draft') },
        ],
      },
    );
    expect(body.data).toMatchObject({
      campaign: null,
      campaignBySlug: null,
      _entities: [{ campaigns: [{ slug: 'open-budgets-baghdad' }] }, null],
    });
    expect(body.data!.campaigns.map((c) => c.slug)).not.toContain('secret-draft');
  });

  it('adds campaigns to organisations and working groups in one SQL statement per fetch', async () => {
    const representations = [
      ...['fi-transparency', 'fi-peacebuilding', 'kr-freedom-of-expression', 'kr-transparency'].map((slug) => ({
        __typename: 'WorkingGroup',
        id: demoWorkingGroupId(slug as never),
      })),
    ];
    const before = subgraph.sqlCounter.count;
    const { body } = await query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on WorkingGroup { campaigns { slug } } } }`,
      { r: representations },
    );
    expect(subgraph.sqlCounter.count - before).toBe(1);
    expect(body.data).toEqual({
      _entities: [
        { campaigns: [{ slug: 'open-budgets-baghdad' }] },
        { campaigns: [{ slug: 'peace-week-nineveh' }] },
        { campaigns: [{ slug: 'speak-freely-kurdistan' }] },
        { campaigns: [{ slug: 'accountable-municipalities-erbil' }] },
      ],
    });
    const organisations = await query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { campaigns { slug } } } }`,
      { r: [{ __typename: 'Organisation', id: demoOrganisationId('icssi') }, { __typename: 'Organisation', id: demoOrganisationId('european-commission') }] },
    );
    expect(organisations.body.data).toEqual({
      _entities: [
        { campaigns: [{ slug: 'joint-nonviolence-and-coexistence' }, { slug: 'neighbours-not-strangers' }, { slug: 'women-in-local-decisions' }] },
        { campaigns: [] },
      ],
    });
  });
});
