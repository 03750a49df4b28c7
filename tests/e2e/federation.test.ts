import { randomUUID } from 'node:crypto';
import { demoOrganisationId } from '@icssi/platform';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';

/** The query of issue #2's "done when": data from all four subgraphs in one response. */
const WORKING_GROUPS_PAGE = `
  query WorkingGroupsPage {
    workingGroups(first: 100) {
      nodes {
        slug
        name
        region
        campaigns { nodes { slug title status } }
        hostOrganisation {
          slug
          name
          forumSeasons { nodes { number year forum { slug name } } }
          headquarters { code name cohesionCouncils { slug name status } }
        }
      }
    }
  }`;

interface Page {
  workingGroups: {
    nodes: Array<{
      slug: string;
      name: string;
      region: string;
      campaigns: { nodes: Array<{ slug: string; title: string; status: string }> };
      hostOrganisation: {
        slug: string;
        name: string;
        forumSeasons: { nodes: Array<{ number: number; year: number; forum: { slug: string; name: string } }> };
        headquarters: { code: string; name: string; cohesionCouncils: Array<{ slug: string; name: string; status: string }> | null } | null;
      };
    }>;
  };
}

let stack: TestStack;

beforeAll(async () => {
  // What an uncached request costs, and data written straight to the databases: the response cache stays out.
  stack = await startTestStack({ gateway: { responseCache: { enabled: false } } });
});

afterAll(async () => {
  await stack?.dispose();
});

describe('the federation through the gateway', () => {
  it('answers the working-groups page with data from all four subgraphs', async () => {
    const { status, body } = await postGraphql<Page>(stack.gateway.url, WORKING_GROUPS_PAGE);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const groups = body.data!.workingGroups.nodes;
    expect(groups).toHaveLength(10);
    expect(groups.filter((group) => group.region === 'FEDERAL_IRAQ')).toHaveLength(5);
    expect(groups.filter((group) => group.region === 'KURDISTAN_REGION')).toHaveLength(5);

    const expression = groups.find((group) => group.slug === 'kr-freedom-of-expression')!;
    expect(expression.name).toBe('Youth Working Group on Freedom of Expression (Kurdistan Region)');
    expect(expression.campaigns.nodes.map((campaign) => campaign.slug)).toEqual(['speak-freely-kurdistan']); // campaigns
    expect(expression.hostOrganisation.slug).toBe('peace-and-freedom-organization'); // organisations
    expect(expression.hostOrganisation.forumSeasons.nodes.map((season) => `${season.forum.slug}#${season.number}`)).toEqual([
      'kurdistan-social-forum#1',
      'iraqi-social-forum#3',
    ]); // forum seasons
    expect(expression.hostOrganisation.headquarters).toEqual({
      code: 'IQ-AR',
      name: 'Erbil',
      cohesionCouncils: [{ slug: 'erbil-council', name: 'Erbil Social Cohesion Council', status: 'ACTIVE' }],
    }); // cohesion councils

    const transparency = groups.find((group) => group.slug === 'fi-transparency')!;
    // It ran from 2026-01-15 to 2026-06-30: its status follows the calendar (stored as ACTIVE).
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baghdad' }).format(new Date());
    const calendarStatus = today < '2026-01-15' ? 'PLANNED' : today > '2026-06-30' ? 'COMPLETED' : 'ACTIVE';
    expect(transparency.campaigns.nodes).toEqual([
      { slug: 'open-budgets-baghdad', title: 'Open Budgets for Baghdad', status: calendarStatus },
    ]);
    expect(transparency.hostOrganisation.forumSeasons.nodes.map((season) => season.number)).toEqual([4, 3, 2, 1]);
    expect(transparency.hostOrganisation.headquarters?.cohesionCouncils?.map((council) => council.slug)).toEqual(['baghdad-council']);
  });

  it('forwards the reader’s language to every subgraph', async () => {
    const { body } = await postGraphql<Page>(stack.gateway.url, WORKING_GROUPS_PAGE, {}, { 'accept-language': 'ckb, ar;q=0.8' });
    const expression = body.data!.workingGroups.nodes.find((group) => group.slug === 'kr-freedom-of-expression')!;
    expect(expression.hostOrganisation.name).toBe('ڕێکخراوی ئاشتی و ئازادی'); // organisations
    expect(expression.campaigns.nodes[0].title).toBe('بە ئازادی قسە بکە'); // campaigns
    expect(expression.hostOrganisation.forumSeasons.nodes[0].forum.name).toBe('مەکۆی کۆمەڵایەتیی کوردستان'); // forum seasons
    expect(expression.hostOrganisation.headquarters?.cohesionCouncils?.[0].name).toBe('ئەنجومەنی پێکەوەبەستنی کۆمەڵایەتی لە هەولێر'); // councils

    const arabic = await postGraphql<{ organisation: { name: string } }>(
      stack.gateway.url,
      `query($id: ID!) { organisation(id: $id) { name } }`,
      { id: demoOrganisationId('peace-and-freedom-organization') },
      { 'accept-language': 'ar-IQ' },
    );
    expect(arabic.body.data).toEqual({ organisation: { name: 'منظمة السلام والحرية' } });
  });

  it('resolves the reverse references across subgraphs', async () => {
    const { body } = await postGraphql<{
      campaignBySlug: {
        leadWorkingGroup: { slug: string };
        leadOrganisation: { acronym: string };
        governorates: Array<{ ochaPcode: string }>;
      };
      cohesionCouncils: {
        nodes: Array<{
          slug: string;
          governorate: { code: string; region: string };
          coordinatingOrganisation: { slug: string } | null;
          implementations: { nodes: Array<{ progress: number; recommendation: { slug: string; season: { number: number } } }> };
        }>;
      };
    }>(
      stack.gateway.url,
      `{
        campaignBySlug(slug: "speak-freely-kurdistan") {
          leadWorkingGroup { slug } leadOrganisation { acronym } governorates { ochaPcode }
        }
        cohesionCouncils(filter: { region: KURDISTAN_REGION }) {
          nodes {
            slug governorate { code region } coordinatingOrganisation { slug }
            implementations { nodes { progress recommendation { slug season { number } } } }
          }
        }
      }`,
    );
    expect(body.data!.campaignBySlug).toEqual({
      leadWorkingGroup: { slug: 'kr-freedom-of-expression' },
      leadOrganisation: { acronym: 'PFO' },
      governorates: [{ ochaPcode: 'IQG11' }, { ochaPcode: 'IQG06' }, { ochaPcode: 'IQG09' }],
    });
    const erbil = body.data!.cohesionCouncils.nodes.find((council) => council.slug === 'erbil-council')!;
    expect(erbil.governorate).toEqual({ code: 'IQ-AR', region: 'KURDISTAN_REGION' });
    expect(erbil.coordinatingOrganisation).toEqual({ slug: 'kurdistan-social-forum-secretariat' });
    expect(erbil.implementations.nodes).toEqual([
      { progress: 60, recommendation: { slug: 'isf3-youth-in-local-dialogue', season: { number: 3 } } },
    ]);
  });

  it('sends the same number of SQL statements however many working groups there are', async () => {
    const measure = async (): Promise<{ statements: number; groups: number }> => {
      const before = stack.sqlStatements();
      const { body } = await postGraphql<Page>(stack.gateway.url, WORKING_GROUPS_PAGE);
      expect(body.errors).toBeUndefined();
      return { statements: stack.sqlStatements() - before, groups: body.data!.workingGroups.nodes.length };
    };
    const small = await measure();

    // Thirty more working groups, each with a host organisation in its own governorate and a campaign.
    const organisations = stack.subgraphs.organisations.dataSource;
    const campaigns = stack.subgraphs.campaigns.dataSource;
    const codes = ['IQ-BA', 'IQ-NI', 'IQ-SU', 'IQ-DA', 'IQ-KI'];
    for (let i = 0; i < 30; i += 1) {
      const organisationId = randomUUID();
      const groupId = randomUUID();
      await organisations.query(
        `INSERT INTO organisation (id, slug, name, kind, home_region, headquarters_code, status, registration_status)
         VALUES ($1, $2, $3, 'YOUTH_GROUP', 'FEDERAL_IRAQ', $4, 'ACTIVE', 'INFORMAL')`,
        [
          organisationId,
          `extra-organisation-${i}`,
          JSON.stringify({ en: { value: `Extra ${i}`, provenance: 'HUMAN' } }),
          codes[i % codes.length],
        ],
      );
      await organisations.query(
        `INSERT INTO working_group (id, slug, name, region, host_organisation_id, status) VALUES ($1, $2, $3, 'FEDERAL_IRAQ', $4, 'ACTIVE')`,
        [groupId, `extra-group-${i}`, JSON.stringify({ en: { value: `Extra group ${i}`, provenance: 'HUMAN' } }), organisationId],
      );
      await campaigns.query(
        `INSERT INTO campaign (slug, title, status, lead_working_group_id, lead_organisation_id) VALUES ($1, $2, 'ACTIVE', $3, $4)`,
        [`extra-campaign-${i}`, JSON.stringify({ en: { value: `Extra campaign ${i}`, provenance: 'HUMAN' } }), groupId, organisationId],
      );
    }
    const large = await measure();

    expect(small.groups).toBe(10);
    expect(large.groups).toBe(40);
    // organisations: groups, host organisations, governorates; campaigns: 1; forum seasons: participations, forums; councils: 1;
    // and in each of the four, the claim of the signed context's nonce (one per subgraph fetch).
    expect(small.statements).toBe(7 + 4);
    expect(large.statements).toBe(small.statements);
  });

  it('answers null for unknown ids, in every subgraph', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const { status, body } = await postGraphql(
      stack.gateway.url,
      `query($id: ID!) { organisation(id: $id) { id } campaign(id: $id) { id } forumSeason(id: $id) { id } cohesionCouncil(id: $id) { id } bad: workingGroup(id: "x'; DROP TABLE x; --") { id } }`,
      { id: unknown },
    );
    expect(status).toBe(200);
    expect(body).toEqual({ data: { organisation: null, campaign: null, forumSeason: null, cohesionCouncil: null, bad: null } });
  });

  it('reports a malformed query as a 400 without internals', async () => {
    const { status, body } = await postGraphql(stack.gateway.url, `{ workingGroups { slug `);
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stack|127\.0\.0\.1|at \w+ \(/);
  });

  it('gives partial data and a generic error when a subgraph is down', async () => {
    await stack.subgraphs['cohesion-councils'].stop();
    const { status, body } = await postGraphql<Page>(stack.gateway.url, WORKING_GROUPS_PAGE);
    expect(status).toBe(200);
    const groups = body.data!.workingGroups.nodes;
    expect(groups.length).toBeGreaterThanOrEqual(10);
    expect(groups.find((group) => group.slug === 'fi-transparency')?.campaigns.nodes[0].slug).toBe('open-budgets-baghdad');
    expect(body.errors?.map((error) => error.extensions?.code)).toContain('SUBGRAPH_UNAVAILABLE');
    const text = JSON.stringify(body.errors);
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|localhost|:\d{4,5}\b/);
    // Only the councils' own field is lost; the governorate from the organisations subgraph stays.
    expect(groups.find((group) => group.slug === 'fi-transparency')?.hostOrganisation.headquarters).toEqual({
      code: 'IQ-BG',
      name: 'Baghdad',
      cohesionCouncils: null,
    });
  });
});
