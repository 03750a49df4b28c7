import {
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isObjectType,
} from 'graphql';
import { Region, Role, demoPersonId } from '@icssi/platform';
import { type SchemaPath, leafSelection, objectsOf, pathQueries, pathsTo, placeholderInput, reaches } from '@icssi/test-kit/schema-paths';
import { apiSchema } from '@icssi/test-kit/schema-connections';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

/**
 * Every path that reaches a person or a council seat, derived from the composed schema (issue 15):
 * run as the public, a member, a bridge analyst, an editor of each region and an admin, before and
 * after a lockdown. Before: each field of a person shows only what its class allows this viewer
 * (updatedAt and version to those who may edit the person). After: the locked-down person, their
 * seats and memberships are gone for everyone but custodians, on every path, exactly as if they
 * had never existed; every other record stays as it was. Mutations whose payload can hold a person
 * or a seat answer a locked-down id exactly as they answer an unknown one.
 */

const TARGETS = ['Person', 'CouncilMember'];
// person-1: federal Iraq, name published to the network, lead of a working group, holder of a council seat.
const PERSON = demoPersonId('person-1');
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const schema: GraphQLSchema = apiSchema();
const PATHS: SchemaPath[] = pathsTo(schema, TARGETS);

type Viewer = {
  name: string;
  headers: () => Promise<Record<string, string>>;
  network: boolean;
  custodian: boolean;
  editsRegion: Region | null;
};
const VIEWERS: Viewer[] = [
  { name: 'the public', headers: async () => ({}), network: false, custodian: false, editsRegion: null },
  { name: 'a member', headers: () => bearer(Role.MEMBER, Region.FEDERAL_IRAQ), network: true, custodian: false, editsRegion: null },
  { name: 'a bridge analyst', headers: () => bearer(Role.BRIDGE), network: true, custodian: false, editsRegion: null },
  {
    name: 'a federal Iraq editor',
    headers: () => bearer(Role.EDITOR, Region.FEDERAL_IRAQ),
    network: true,
    custodian: false,
    editsRegion: Region.FEDERAL_IRAQ,
  },
  {
    name: 'a Kurdistan Region editor',
    headers: () => bearer(Role.EDITOR, Region.KURDISTAN_REGION),
    network: true,
    custodian: false,
    editsRegion: Region.KURDISTAN_REGION,
  },
  { name: 'an admin', headers: () => bearer(Role.ADMIN), network: true, custodian: true, editsRegion: null },
];

let stack: TestStack;
/** The person's own records, which the lockdown must hide: their seats and memberships. */
const hidden = { seats: [] as string[], memberships: [] as string[] };
/** Values for required arguments: ids, slugs and names of every record around the person, so lookups and search reach them. */
const values: Record<string, unknown[]> = {};
/** Records around the person, for the other id fields of a mutation's input. */
const related: Record<string, string> = {};
/** Per viewer and path: the response before the lockdown. */
const before = new Map<string, unknown>();

const text = (localized: Record<string, { value: string } | string> | null) => {
  const en = localized?.en;
  return typeof en === 'string' ? en : en?.value;
};

beforeAll(async () => {
  // The walk sends deep queries with unpaged lists and many requests: the edge's cost and rate limits
  // are tested elsewhere (tests/security/query-limits, rate-limits); here they would only get in the way.
  stack = await startTestStack({
    gateway: {
      limits: { maxDepth: 30, maxAliases: 20, maxRootFields: 12, maxCost: Number.MAX_SAFE_INTEGER },
      rateLimit: { enabled: false },
    },
  });
  const organisations = stack.subgraphs.organisations.dataSource;
  const councils = stack.subgraphs['cohesion-councils'].dataSource;
  const campaigns = stack.subgraphs.campaigns.dataSource;
  const memberships: Array<{ id: string; working_group_id: string | null; organisation_id: string | null }> = await organisations.query(
    `SELECT id, working_group_id, organisation_id FROM membership WHERE person_id = $1`,
    [PERSON],
  );
  const groups: Array<{ id: string; slug: string; name: Record<string, { value: string }>; host_organisation_id: string | null }> =
    await organisations.query(`SELECT id, slug, name, host_organisation_id FROM working_group WHERE id = ANY($1)`, [
      memberships.map((row) => row.working_group_id).filter(Boolean),
    ]);
  const seats: Array<{ id: string; council_id: string }> = await councils.query(
    `SELECT id, council_id FROM council_member WHERE person_id = $1`,
    [PERSON],
  );
  const councilRows: Array<{ id: string; slug: string; name: Record<string, { value: string }>; governorate_code: string }> =
    await councils.query(`SELECT id, slug, name, governorate_code FROM cohesion_council WHERE id = ANY($1)`, [
      seats.map((seat) => seat.council_id),
    ]);
  const organisationIds = [...memberships.map((row) => row.organisation_id), ...groups.map((group) => group.host_organisation_id)].filter(
    (id): id is string => Boolean(id),
  );
  const organisationRows: Array<{ id: string; slug: string }> = await organisations.query(
    `SELECT id, slug FROM organisation WHERE id = ANY($1)`,
    [organisationIds],
  );
  const campaignRows: Array<{ id: string; slug: string }> = await campaigns.query(
    `SELECT id, slug FROM campaign WHERE lead_working_group_id = ANY($1)`,
    [groups.map((group) => group.id)],
  );
  expect(seats.length).toBeGreaterThan(0);
  expect(memberships.length).toBeGreaterThan(0);
  hidden.seats = seats.map((seat) => seat.id);
  hidden.memberships = memberships.map((row) => row.id);
  const meetings: Array<{ id: string }> = await councils.query(`SELECT id FROM council_meeting WHERE council_id = ANY($1)`, [
    seats.map((seat) => seat.council_id),
  ]);
  const implementations: Array<{ id: string }> = await councils.query(`SELECT id FROM implementation WHERE council_id = ANY($1)`, [
    seats.map((seat) => seat.council_id),
  ]);
  values['Person.id'] = [PERSON];
  values['CohesionCouncil.id'] = councilRows.map((row) => row.id);
  values['CohesionCouncil.slug'] = councilRows.map((row) => row.slug);
  values['WorkingGroup.id'] = groups.map((row) => row.id);
  values['WorkingGroup.slug'] = groups.map((row) => row.slug);
  values['Organisation.id'] = organisationRows.map((row) => row.id);
  values['Organisation.slug'] = organisationRows.map((row) => row.slug);
  values['Campaign.id'] = campaignRows.map((row) => row.id);
  values['Campaign.slug'] = campaignRows.map((row) => row.slug);
  values['CouncilMeeting.id'] = meetings.map((row) => row.id);
  values['Implementation.id'] = implementations.map((row) => row.id);
  // Any other lookup is tried with every id around the person.
  values.id = [
    PERSON,
    ...hidden.seats,
    ...hidden.memberships,
    ...councilRows.map((row) => row.id),
    ...groups.map((row) => row.id),
    ...organisationRows.map((row) => row.id),
    ...campaignRows.map((row) => row.id),
  ];
  values.slug = [...councilRows, ...groups, ...organisationRows, ...campaignRows].map((row) => row.slug);
  values.query = [...groups, ...councilRows].map((row) => text(row.name)).filter((name): name is string => Boolean(name));
  values.code = councilRows.map((row) => row.governorate_code);
  values.region = [Region.FEDERAL_IRAQ];
  values.period = [{ year: 2026 }] as unknown as string[];
  values.entityId = [PERSON];
  related.councilId = councilRows[0].id;
  if (groups[0]) related.workingGroupId = groups[0].id;
});

afterAll(async () => {
  await stack?.dispose();
});

async function run(viewer: Viewer, path: SchemaPath): Promise<{ data: unknown[]; errors: Array<{ extensions?: { code?: string } }> }> {
  const queries = pathQueries(schema, path, values, TARGETS);
  if (!Array.isArray(queries)) throw new Error(`cannot build ${path.name}: no values for ${queries.missing} (add them to \`values\`)`);
  const data: unknown[] = [];
  const errors: Array<{ extensions?: { code?: string } }> = [];
  const headers = await viewer.headers();
  for (const query of queries) {
    const { status, body } = await postGraphql(stack.gateway.url, query, {}, headers);
    expect({ status, query, errors: status === 200 ? undefined : body.errors }).toEqual({ status: 200, query, errors: undefined });
    data.push(body.data);
    errors.push(...((body.errors ?? []) as Array<{ extensions?: { code?: string } }>));
  }
  return { data, errors };
}

/** Only an admin-only field (the audit trail) may refuse; nothing may fail otherwise. */
function expectNoFailures(viewer: Viewer, errors: Array<{ extensions?: { code?: string } }>) {
  const codes = errors.map((error) => error.extensions?.code);
  expect(codes.filter((code) => !(code === 'FORBIDDEN' && !viewer.custodian))).toEqual([]);
}

const idsOf = (data: unknown, typename: string) => new Set(objectsOf(data, [typename]).map((record) => record.id as string));

describe('the paths to a person or a council seat', () => {
  it('are derived from the schema, and every one of them can be built', () => {
    expect(PATHS.length).toBeGreaterThan(50);
    const names = PATHS.map((path) => path.name);
    // A few it must find on its own: a lookup, nested lists, search, and a seat's holder.
    expect(names).toEqual(
      expect.arrayContaining([
        'Query.person > Person',
        'Query.people > PersonConnection.nodes > Person',
        'Query.cohesionCouncil > CohesionCouncil.members > CouncilMemberConnection.nodes > CouncilMember.person > Person',
        'Query.workingGroup > WorkingGroup.members > MembershipConnection.nodes > Membership.person > Person',
      ]),
    );
    expect(names.some((name) => name.startsWith('Query.search >'))).toBe(true);
    for (const path of PATHS)
      expect({ path: path.name, built: Array.isArray(pathQueries(schema, path, values, TARGETS)) }).toEqual({
        path: path.name,
        built: true,
      });
  });

  describe.each(VIEWERS)('before the lockdown, as $name', (viewer) => {
    it.each(PATHS.map((path) => [path.name, path]))('%s shows each field only to those it is for', async (_name, path) => {
      const { data, errors } = await run(viewer, path as SchemaPath);
      expectNoFailures(viewer, errors);
      before.set(`${viewer.name}|${(path as SchemaPath).name}`, data);
      for (const person of objectsOf(data, ['Person'])) {
        if (!('region' in person)) continue; // a seat's stub of a person, selected as id only
        const edits = viewer.custodian || viewer.editsRegion === person.region;
        const restricted = {
          version: person.version,
          updatedAt: person.updatedAt,
          gender: person.gender,
          birthYear: person.birthYear,
          contact: person.contact ?? null,
        };
        if (edits) expect(person.version).toEqual(expect.any(Number));
        else expect(restricted).toEqual({ version: null, updatedAt: null, gender: null, birthYear: null, contact: null });
        expect(person.lockedDown).toBe(viewer.custodian ? false : null);
      }
      for (const seat of objectsOf(data, ['CouncilMember'])) {
        if (!viewer.network) expect(seat.person ?? null).toBeNull();
      }
    });
  });

  describe('after the lockdown', () => {
    beforeAll(async () => {
      const { body } = await postGraphql<{ lockdownPerson: { subjectId: string; userErrors: unknown[] } }>(
        stack.gateway.url,
        `mutation($id: ID!) { lockdownPerson(input: { personId: $id }) { subjectId userErrors { code } } }`,
        { id: PERSON },
        await bearer(Role.ADMIN),
      );
      expect(body.data?.lockdownPerson).toEqual({ subjectId: PERSON, userErrors: [] });
    });

    describe.each(VIEWERS)('as $name', (viewer) => {
      it.each(PATHS.map((path) => [path.name, path]))(
        '%s shows exactly what it showed, less the person, their seats and memberships',
        async (_name, path) => {
          const { data, errors } = await run(viewer, path as SchemaPath);
          expectNoFailures(viewer, errors);
          const earlier = before.get(`${viewer.name}|${(path as SchemaPath).name}`);
          expect(earlier).toBeDefined();
          const gone = new Set([PERSON, ...hidden.seats, ...hidden.memberships]);
          // Everything else is still there (a page may take in a record the hidden one made room for).
          for (const typename of ['Person', 'CouncilMember', 'Membership']) {
            const now = idsOf(data, typename);
            const kept = [...idsOf(earlier, typename)].filter((id) => viewer.custodian || !gone.has(id));
            expect({ typename, missing: kept.filter((id) => !now.has(id)) }).toEqual({ typename, missing: [] });
          }
          if (!viewer.custodian) {
            const json = JSON.stringify(data);
            for (const id of gone) expect(json).not.toContain(id);
          }
        },
      );
    });

    it('the admin still reaches the person, their seats and memberships', async () => {
      const admin = VIEWERS.find((viewer) => viewer.custodian)!;
      const seen = new Set<string>();
      for (const path of PATHS) {
        const { data } = await run(admin, path);
        for (const typename of ['Person', 'CouncilMember', 'Membership']) idsOf(data, typename).forEach((id) => seen.add(id));
      }
      for (const id of [PERSON, ...hidden.seats, ...hidden.memberships]) expect(seen).toContain(id);
    });

    // Every mutation whose payload can hold a person or a seat, with the person's, a seat's or a membership's id in each of its id fields.
    const MUTATIONS = Object.values(schema.getMutationType()!.getFields()).filter((field) =>
      reaches(schema, getNamedType(field.type).name, TARGETS),
    );
    const cases = MUTATIONS.flatMap((mutation) => {
      const input = getNamedType(mutation.args[0].type);
      if (!isInputObjectType(input)) return [];
      const idFields = Object.values((input as GraphQLInputObjectType).getFields()).filter(
        (field) => getNamedType(field.type).name === 'ID',
      );
      return idFields.map((field) => [`${mutation.name}.${field.name}`, mutation.name, field.name] as const);
    });

    it('finds the mutations that can answer with a person or a seat', () => {
      expect(cases.map(([name]) => name)).toEqual(
        expect.arrayContaining(['updatePerson.id', 'addMembership.personId', 'addCouncilMember.personId', 'updateCouncilMember.id']),
      );
    });

    describe.each(VIEWERS.filter((viewer) => viewer.editsRegion))('as $name', (viewer) => {
      it.each(cases)('%s answers a locked-down id exactly like an unknown one', async (_name, mutationName, idField) => {
        const mutation = schema.getMutationType()!.getFields()[mutationName];
        const payload = getNamedType(mutation.type);
        const selection = Object.values((payload as GraphQLObjectType).getFields())
          .map((field) =>
            field.name === 'userErrors'
              ? 'userErrors { code field message }'
              : isObjectType(getNamedType(field.type))
                ? `${field.name} { ${leafSelection(getNamedType(field.type), TARGETS)} }`
                : field.name,
          )
          .join(' ');
        const operation = `mutation($input: ${getNamedType(mutation.args[0].type).name}!) { ${mutationName}(input: $input) { ${selection} } }`;
        const answer = async (id: string) => {
          // The other references are real records around the person, so the answer turns on the id under test.
          const input = placeholderInput(mutation.args[0].type, (field) =>
            field === idField ? id : (related[field] ?? UNKNOWN),
          ) as Record<string, unknown>;
          const fields = (getNamedType(mutation.args[0].type) as GraphQLInputObjectType).getFields();
          for (const [field, value] of Object.entries(related)) if (fields[field] && field !== idField) input[field] = value;
          input[idField] = id;
          const { body } = await postGraphql(stack.gateway.url, operation, { input }, await viewer.headers());
          return body;
        };
        const unknown = await answer(UNKNOWN);
        // A real answer of the mutation (user errors), not a refusal of the input's shape.
        expect(unknown).toEqual({ data: { [mutationName]: expect.objectContaining({ userErrors: expect.any(Array) }) } });
        for (const id of [PERSON, ...hidden.seats, ...hidden.memberships])
          expect({ id, answer: await answer(id) }).toEqual({ id, answer: unknown });
      });
    });
  });
});
