import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role, demoOrganisationId } from '@icssi/platform';

/** One way users load the graph; `body(i)` varies the inputs from request to request. */
export interface Scenario {
  name: string;
  title: string;
  role: Role | null;
  body: (i: number) => string;
  /** Inputs for counting fetches and SQL per request, where `body` would make the counts depend on the data (default `body`). */
  countBody?: (i: number) => string;
  /** Also sent straight to this subgraph (the gateway's own overhead). */
  direct?: 'organisations';
}

const example = (file: string) => readFileSync(path.resolve(__dirname, '../../examples', file), 'utf8');
const REGIONS = ['FEDERAL_IRAQ', 'KURDISTAN_REGION'];
const SEARCHES = ['peace', 'budget', 'youth', 'women', 'سلام', 'ئاشتی', 'schools', 'dialogue'];
const STATUSES = [null, 'ACTIVE', 'PLANNED', 'COMPLETED'];
const ORGANISATIONS = (
  [
    'icssi',
    'iraqi-social-forum-secretariat',
    'kurdistan-social-forum-secretariat',
    'peace-and-freedom-organization',
    'european-commission',
  ] as const
).map((slug) => demoOrganisationId(slug));
const json = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

const FRONTEND_PAGE = example('frontend-working-groups-page.graphql');
const CAMPAIGN_LIST = `query CampaignList($filter: CampaignFilter, $first: Int) {
  campaigns(filter: $filter, first: $first) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id slug title status startDate themes governorates { code name } leadWorkingGroup { name } } } }`;
const REGION_REPORT = `query BridgeReport($year: Int!) { regionReports(period: { year: $year }) {
  region organisationsByKind { key count } workingGroupsByTheme { theme dacCode count } activeMembers { value suppressed }
  campaignsByTheme { theme count } actionsByType { key count } participants { value suppressed } participantsWomen { value suppressed }
  forumSeasons forumSessions recommendationsAdoptedByTheme { theme count }
  councilsByStatus { key count } implementationsByStatus { key count } averageProgress recommendationsImplemented } }`;
const ORGANISATION = `query Organisation($id: ID!) { organisation(id: $id) { id slug name acronym kind homeRegion } }`;

export const SCENARIOS: Scenario[] = [
  {
    name: 'S1',
    title: 'frontend page: working groups → campaigns, hosts, forum seasons, councils (four subgraphs)',
    role: null,
    body: (i) => json(FRONTEND_PAGE, { region: REGIONS[i % 2], first: 5 + (i % 16) }),
    // A full page at every scale (scale 1 has about 10 groups per region): a page that is not full
    // needs no count statement, which would make the counts differ for a reason other than scale.
    countBody: (i) => json(FRONTEND_PAGE, { region: REGIONS[i % 2], first: 5 }),
  },
  {
    name: 'S2',
    title: 'bridge report: regionReports for a year, all parts',
    role: Role.BRIDGE,
    body: (i) => json(REGION_REPORT, { year: 2024 + (i % 3) }),
  },
  {
    name: 'S3',
    title: 'list page: filtered, searched campaign list',
    role: null,
    body: (i) =>
      json(CAMPAIGN_LIST, {
        first: 10 + (i % 11),
        filter: { text: SEARCHES[i % SEARCHES.length], ...(STATUSES[i % 4] ? { status: STATUSES[i % 4] } : {}) },
      }),
  },
  {
    name: 'S4',
    title: 'single fetch: one organisation by id',
    role: Role.MEMBER,
    body: (i) => json(ORGANISATION, { id: ORGANISATIONS[i % ORGANISATIONS.length] }),
    direct: 'organisations',
  },
];
