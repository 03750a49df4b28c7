import { type LockdownChange, Region, Role, demoOrganisationId, demoPersonId } from '@icssi/platform';
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

// person-8: federal Iraq, consented publicly, member of a working group and holder of a council seat.
const PERSON = demoPersonId('person-8');
const PERSON_PATHS = `{
  person(id: "${PERSON}") { displayName }
  people(first: 100) { nodes { id } }
  workingGroupBySlug(slug: "fi-womens-participation") { members { nodes { person { id displayName } } } }
  cohesionCouncils(filter: { governorateCode: "IQ-BG" }) { nodes { members(first: 20) { nodes { sector person { id displayName } } } } }
}`;

// The Peace and Freedom Organization: Kurdistan Region; leads a campaign, takes part in forum seasons, sits on a council.
const ORGANISATION = demoOrganisationId('peace-and-freedom-organization');
const ORGANISATION_PATHS = `{
  organisation(id: "${ORGANISATION}") { name }
  organisations(first: 100) { nodes { id } }
  search(query: "Peace and Freedom") { organisations { nodes { id } } }
  campaignBySlug(slug: "speak-freely-kurdistan") { leadOrganisation { id name } }
  forumSeasons(first: 10) { nodes { participatingOrganisations(first: 50) { nodes { id } } } }
  cohesionCouncils(filter: { governorateCode: "IQ-SU" }) { nodes { coordinatingOrganisation { id } members { nodes { organisation { id } } } } }
  workingGroupBySlug(slug: "kr-freedom-of-expression") { hostOrganisation { id } }
}`;

async function ask(query: string, headers: Record<string, string> = {}): Promise<string> {
  const { status, body } = await postGraphql(stack.gateway.url, query, {}, headers);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return JSON.stringify(body.data);
}

describe('lockdown', () => {
  it('removes a person from every non-custodian view of every subgraph at once', async () => {
    const member = await bearer(Role.MEMBER);
    expect(await ask(PERSON_PATHS)).toContain(PERSON); // the public sees the person (by name: consented)
    expect((await ask(PERSON_PATHS, member)).split(PERSON).length - 1).toBe(3); // people, members and, for a member, the council seat

    // The hook caches use: every subgraph process reports the change.
    const seen: Array<[string, LockdownChange]> = [];
    const stopListening = Object.values(stack.subgraphs).map((subgraph) =>
      subgraph.lockdown.onChange((change) => seen.push([subgraph.name, change])),
    );
    const { body } = await postGraphql<{ lockdownPerson: { subjectId: string; replicasUpdated: number; userErrors: unknown[] } }>(
      stack.gateway.url,
      `mutation { lockdownPerson(input: { personId: "${PERSON}" }) { subjectId replicasUpdated userErrors { code } } }`,
      {},
      await bearer(Role.EDITOR, Region.FEDERAL_IRAQ),
    );
    expect(body.data).toEqual({ lockdownPerson: { subjectId: PERSON, replicasUpdated: 3, userErrors: [] } });
    stopListening.forEach((stop) => stop());
    // Written like every other mutation: an audit record (who, which subject, what changed) and a new list version.
    const audit = await stack.subgraphs.organisations.dataSource.query(
      `SELECT viewer_id, operation, entity_type, changes FROM audit_log WHERE entity_id = $1 AND operation LIKE 'lockdown%'`,
      [PERSON],
    );
    expect(audit).toEqual([
      {
        viewer_id: 'test-editor',
        operation: 'lockdownPerson',
        entity_type: 'Person',
        changes: [{ field: 'lockdown', old: false, new: true }],
      },
    ]);
    expect(stack.subgraphs.organisations.lockdown.version).toBeGreaterThan(0);
    expect(seen.map(([name, change]) => [name, change.subjectType, change.subjectId, change.locked]).sort()).toEqual(
      Object.keys(stack.subgraphs)
        .map((name) => [name, 'PERSON', PERSON, true])
        .sort(),
    );

    for (const headers of [{}, member, await bearer(Role.BRIDGE), await bearer(Role.EDITOR, Region.FEDERAL_IRAQ)]) {
      const text = await ask(PERSON_PATHS, headers);
      expect(text).not.toContain(PERSON);
      expect(text).not.toContain('Demo Person 8');
    }
    // the custodian still sees everything
    const admin = await ask(PERSON_PATHS, await bearer(Role.ADMIN));
    expect(admin.split(PERSON).length - 1).toBe(3);
  });

  it('removes an organisation from every non-custodian view of every subgraph at once', async () => {
    const before = await ask(ORGANISATION_PATHS);
    expect(before.split(ORGANISATION).length - 1).toBeGreaterThanOrEqual(7);

    const { body } = await postGraphql<{ lockdownOrganisation: { replicasUpdated: number } }>(
      stack.gateway.url,
      `mutation { lockdownOrganisation(input: { organisationId: "${ORGANISATION}" }) { replicasUpdated userErrors { code } } }`,
      {},
      await bearer(Role.ADMIN),
    );
    expect(body.data).toEqual({ lockdownOrganisation: { replicasUpdated: 3, userErrors: [] } });

    for (const headers of [{}, await bearer(Role.MEMBER), await bearer(Role.EDITOR, Region.KURDISTAN_REGION)]) {
      const text = await ask(ORGANISATION_PATHS, headers);
      expect(text).not.toContain(ORGANISATION);
      expect(text).not.toContain('Peace and Freedom');
    }
    expect((await ask(ORGANISATION_PATHS, await bearer(Role.ADMIN))).split(ORGANISATION).length - 1).toBeGreaterThanOrEqual(7);
  });

  it('keeps the lockdown in every subgraph’s own database, so it survives restarts', async () => {
    for (const subgraph of Object.values(stack.subgraphs)) {
      const rows = await subgraph.dataSource.query(`SELECT subject_type, subject_id FROM lockdown ORDER BY subject_type`);
      expect([subgraph.name, rows]).toEqual([
        subgraph.name,
        [
          { subject_type: 'ORGANISATION', subject_id: ORGANISATION },
          { subject_type: 'PERSON', subject_id: PERSON },
        ],
      ]);
    }
  });
});
