import { readFileSync } from 'node:fs';
import { campaignsService } from '@icssi/campaigns';
import { forumSeasonsService } from '@icssi/forum-seasons';
import { type RunningGateway, startGateway } from '@icssi/gateway';
import {
  Region,
  Role,
  createLogger,
  demoOrganisationId,
  demoPersonId,
  dropDatabase,
  systemCallHeaders,
  contextSecret,
  lockdownUrl,
} from '@icssi/platform';
import { SUPERGRAPH_FILE } from '@icssi/test-kit/test-stack';
import { type TestSubgraph, postGraphql, signedHeaders, startTestSubgraph, testDatabaseUrl } from '@icssi/test-kit/test-subgraph';
import { bearer } from '@icssi/test-kit/tokens';
import { type RoundRobinProxy, startRoundRobinProxy } from './kit/round-robin-proxy';
import { type ServiceProcess, freePort, sleep, startServiceProcess, stopProcess, subgraphEnv } from './kit/processes';

/**
 * Two organisations replicas behind one address (a round-robin proxy, as a Kubernetes Service) and
 * two cohesion-councils replicas behind another, each pair over one database; campaigns and forum
 * seasons once each. A lockdown made through either organisations replica must hold on every
 * replica of every subgraph within a second, survive restarts, and never be undone by an older list.
 */
const WINDOW_MS = 1000;
const PERSON = demoPersonId('person-8'); // federal Iraq: a working group member and a council seat holder
const ORGANISATION = demoOrganisationId('peace-and-freedom-organization');

let organisationsDatabase: string;
let councilsDatabase: string;
const organisations: ServiceProcess[] = [];
const councils: ServiceProcess[] = [];
let organisationsProxy: RoundRobinProxy;
let councilsProxy: RoundRobinProxy;
let campaigns: TestSubgraph;
let forumSeasons: TestSubgraph;
let gateway: RunningGateway;
const ports: Record<string, number> = {};

async function startReplica(name: 'organisations' | 'cohesion-councils', index: number): Promise<ServiceProcess> {
  const env =
    name === 'organisations'
      ? subgraphEnv(name, organisationsDatabase, {
          campaigns: campaigns.url,
          'forum-seasons': forumSeasons.url,
          'cohesion-councils': councilsProxy.url,
          organisations: organisationsProxy.url,
        })
      : subgraphEnv(name, councilsDatabase, { organisations: organisationsProxy.url, 'forum-seasons': forumSeasons.url });
  return startServiceProcess(name, { port: ports[`${name}-${index}`], env });
}

beforeAll(async () => {
  organisationsDatabase = testDatabaseUrl('organisations');
  councilsDatabase = testDatabaseUrl('cohesion-councils');
  for (const key of ['organisations-0', 'organisations-1', 'cohesion-councils-0', 'cohesion-councils-1']) ports[key] = await freePort();
  const at = (key: string) => `http://127.0.0.1:${ports[key]}/graphql`;
  organisationsProxy = await startRoundRobinProxy([at('organisations-0'), at('organisations-1')]);
  councilsProxy = await startRoundRobinProxy([at('cohesion-councils-0'), at('cohesion-councils-1')]);
  [campaigns, forumSeasons] = await Promise.all([
    startTestSubgraph(campaignsService, { lockdownSourceUrl: organisationsProxy.url }),
    startTestSubgraph(forumSeasonsService, { lockdownSourceUrl: organisationsProxy.url }),
  ]);
  for (const subgraph of [campaigns, forumSeasons]) {
    subgraph.references.urls.organisations = organisationsProxy.url;
    subgraph.references.urls['forum-seasons'] = forumSeasons.url;
  }
  // One after the other: the first creates, migrates and seeds the database the second then shares.
  for (const index of [0, 1]) organisations.push(await startReplica('organisations', index));
  for (const index of [0, 1]) councils.push(await startReplica('cohesion-councils', index));
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: {
      organisations: organisationsProxy.url,
      campaigns: campaigns.url,
      'forum-seasons': forumSeasons.url,
      'cohesion-councils': councilsProxy.url,
    },
    logger: createLogger({ service: 'gateway' }),
  });
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await Promise.all([...organisations, ...councils].map((replica) => stopProcess(replica)));
  await Promise.all([organisationsProxy?.stop(), councilsProxy?.stop()]);
  await Promise.all([campaigns?.dispose(), forumSeasons?.dispose()]);
  await Promise.all([dropDatabase(organisationsDatabase), dropDatabase(councilsDatabase)]);
});

const PERSON_THROUGH_GATEWAY = `{
  person(id: "${PERSON}") { id displayName }
  workingGroupBySlug(slug: "fi-womens-participation") { members { nodes { person { id } } } }
  cohesionCouncils(filter: { governorateCode: "IQ-BG" }) { nodes { members(first: 20) { nodes { person { id } } } } }
}`;
const PERSON_ON_ORGANISATIONS = `query($r: [_Any!]!) {
  person(id: "${PERSON}") { id }
  _entities(representations: $r) { ... on Person { id } }
  workingGroupBySlug(slug: "fi-womens-participation") { members { nodes { person { id } } } }
}`;
const SEAT_ON_COUNCILS = `{ cohesionCouncils(filter: { governorateCode: "IQ-BG" }) { nodes { members(first: 20) { nodes { person { id } } } } } }`;
const ORGANISATION_THROUGH_GATEWAY = `{
  organisation(id: "${ORGANISATION}") { id }
  campaignBySlug(slug: "speak-freely-kurdistan") { leadOrganisation { id } }
  forumSeasons(first: 10) { nodes { participatingOrganisations(first: 50) { nodes { id } } } }
  cohesionCouncils(filter: { governorateCode: "IQ-SU" }) { nodes { coordinatingOrganisation { id } members { nodes { organisation { id } } } } }
}`;

const mentions = (text: string, id: string): number => text.split(id).length - 1;

/** How often `id` appears in a viewer's answers from every replica (each asked directly) and through the gateway. */
async function sightings(
  headers: Record<string, string>,
  viewer: Parameters<typeof signedHeaders>[0],
  id: string,
  query: string,
): Promise<number[]> {
  const answers: string[] = [];
  for (const replica of organisations) {
    const { status, body } = await postGraphql(
      replica.url,
      PERSON_ON_ORGANISATIONS,
      { r: [{ __typename: 'Person', id: PERSON }] },
      signedHeaders(viewer),
    );
    expect([replica.url, status, body.errors]).toEqual([replica.url, 200, undefined]);
    answers.push(JSON.stringify(body.data));
  }
  for (const replica of councils) {
    const { status, body } = await postGraphql(replica.url, SEAT_ON_COUNCILS, {}, signedHeaders(viewer));
    expect([replica.url, status, body.errors]).toEqual([replica.url, 200, undefined]);
    answers.push(JSON.stringify(body.data));
  }
  // Through the gateway twice: the proxies alternate, so each replica answers one of them.
  for (let round = 0; round < 2; round += 1) {
    const { status, body } = await postGraphql(gateway.url, query, {}, headers);
    expect([status, body.errors]).toEqual([200, undefined]);
    answers.push(JSON.stringify(body.data));
  }
  return answers.map((text) => mentions(text, id));
}

/**
 * Polls until `done` holds, starting probes only inside the window that began at `since`; returns
 * the last value (undefined when the window was over before the first probe could start).
 */
async function within<T>(since: number, probe: () => Promise<T>, done: (value: T) => boolean): Promise<T | undefined> {
  let value: T | undefined;
  while (Date.now() - since <= WINDOW_MS) {
    value = await probe();
    if (done(value)) return value;
    await sleep(20);
  }
  return value;
}

async function mutate(mutation: string, role: Role): Promise<{ subjectId: string | null; replicasUpdated: number; userErrors: unknown[] }> {
  const { status, body } = await postGraphql<Record<string, { subjectId: string | null; replicasUpdated: number; userErrors: unknown[] }>>(
    gateway.url,
    `mutation { ${mutation} { subjectId replicasUpdated userErrors { code } } }`,
    {},
    await bearer(role),
  );
  expect([status, body.errors]).toEqual([200, undefined]);
  return Object.values(body.data!)[0];
}

const MEMBER = { id: 'test-member', roles: [Role.MEMBER], region: null };
const PUBLIC = { id: null, roles: [Role.PUBLIC], region: null };

describe('lockdown with several replicas of the organisations and cohesion-councils subgraphs', () => {
  it('holds on every replica within a second of the lockdown, through either organisations replica', async () => {
    const member = await bearer(Role.MEMBER);
    const before = await sightings(member, MEMBER, PERSON, PERSON_THROUGH_GATEWAY);
    // organisations ×2 (person, _entities, membership), councils ×2 (seat), gateway ×2 (person, membership, seat)
    expect(before).toEqual([3, 3, 1, 1, 3, 3]);

    const since = Date.now(); // the window starts when the lockdown is asked for
    expect(await mutate(`lockdownPerson(input: { personId: "${PERSON}" })`, Role.ADMIN)).toEqual({
      subjectId: PERSON,
      replicasUpdated: 3,
      userErrors: [],
    });
    const after = await within(
      since,
      () => sightings(member, MEMBER, PERSON, PERSON_THROUGH_GATEWAY),
      (counts) => counts.every((n) => n === 0),
    );
    expect(after).toEqual([0, 0, 0, 0, 0, 0]);
    // and for the anonymous public too
    expect(await sightings({}, PUBLIC, PERSON, PERSON_THROUGH_GATEWAY)).toEqual([0, 0, 0, 0, 0, 0]);
    // both organisations replicas and both councils replicas answered requests through their proxies
    expect(organisationsProxy.sent.every((n) => n > 0) && councilsProxy.sent.every((n) => n > 0)).toBe(true);
  });

  it('hides a locked-down organisation in every other subgraph within a second', async () => {
    const ask = async () => JSON.stringify((await postGraphql(gateway.url, ORGANISATION_THROUGH_GATEWAY, {}, {})).body);
    expect(mentions(await ask(), ORGANISATION)).toBeGreaterThanOrEqual(4);
    const since = Date.now();
    expect(await mutate(`lockdownOrganisation(input: { organisationId: "${ORGANISATION}" })`, Role.ADMIN)).toMatchObject({
      subjectId: ORGANISATION,
      userErrors: [],
    });
    // Four rounds, so both replicas behind each proxy answer at least once inside the window.
    const rounds = await within(
      since,
      () => Promise.all([ask(), ask(), ask(), ask()]),
      (texts) => texts.every((text) => mentions(text, ORGANISATION) === 0),
    );
    expect(rounds?.map((text) => mentions(text, ORGANISATION))).toEqual([0, 0, 0, 0]);
    for (const subgraph of [campaigns, forumSeasons])
      expect([subgraph.name, subgraph.lockdown.isLocked('ORGANISATION' as never, ORGANISATION)]).toEqual([subgraph.name, true]);
  });

  it('still holds after replicas restart', async () => {
    const member = await bearer(Role.MEMBER);
    for (const [list, name] of [
      [organisations, 'organisations'],
      [councils, 'cohesion-councils'],
    ] as const) {
      await stopProcess(list[1]);
      list[1] = await startReplica(name, 1);
    }
    expect(await sightings(member, MEMBER, PERSON, PERSON_THROUGH_GATEWAY)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('refuses an older list offered to a copy, and keeps hiding the person', async () => {
    const url = lockdownUrl(councils[0].url);
    const current = await fetch(url, { headers: systemCallHeaders('cohesion-councils', 'GET', url, '', contextSecret()) });
    const held = (await current.json()) as { version: number; subjects: unknown[] };
    expect(held.version).toBeGreaterThanOrEqual(2);
    // What a stale organisations replica (or someone who emptied a copy) would send: an older, shorter list.
    for (const version of [0, held.version - 1]) {
      const body = JSON.stringify({ version, subjects: [] });
      const response = await fetch(url, {
        method: 'POST',
        headers: systemCallHeaders('cohesion-councils', 'POST', url, body, contextSecret()),
        body,
      });
      expect([version, response.status]).toEqual([version, 409]);
    }
    await sleep(0);
    const member = await bearer(Role.MEMBER);
    expect(await sightings(member, MEMBER, PERSON, PERSON_THROUGH_GATEWAY)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('shows the person again everywhere within a second of a custodian’s unlock (and only a custodian may)', async () => {
    // Even the editor of the person's region cannot shorten the list.
    const editor = await postGraphql(
      gateway.url,
      `mutation { unlockPerson(input: { personId: "${PERSON}" }) { subjectId userErrors { code } } }`,
      {},
      await bearer(Role.EDITOR, Region.FEDERAL_IRAQ),
    );
    expect(editor.body).toEqual({ data: { unlockPerson: { subjectId: null, userErrors: [{ code: 'FORBIDDEN' }] } } });
    const member = await bearer(Role.MEMBER);
    const since = Date.now();
    expect(await mutate(`unlockPerson(input: { personId: "${PERSON}" })`, Role.ADMIN)).toEqual({
      subjectId: PERSON,
      replicasUpdated: 3,
      userErrors: [],
    });
    const after = await within(
      since,
      () => sightings(member, MEMBER, PERSON, PERSON_THROUGH_GATEWAY),
      (counts) => counts.join() === '3,3,1,1,3,3',
    );
    expect(after).toEqual([3, 3, 1, 1, 3, 3]);
  });
});
