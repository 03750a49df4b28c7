import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import {
  type GraphQLEnumType,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { demoCampaignId } from '@icssi/campaigns';
import { demoCouncilId, demoImplementationId } from '@icssi/cohesion-councils';
import { demoForumId, demoSeasonId, demoSessionId } from '@icssi/forum-seasons';
import { Role, demoId, demoOrganisationId, demoPersonId, demoRecommendationId, demoWorkingGroupId } from '@icssi/platform';
import { SUPERGRAPH_FILE, type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

/**
 * Every mutation of the supergraph, fuzzed through the gateway as an admin (issue 15, point 12):
 * each field of its input, one at a time, gets odd values of its type (control characters, bidi
 * overrides, very long strings, integers at and beyond 32 bits, extreme floats, impossible dates,
 * unknown enum values). Whatever comes back must be a 200 (data or user errors) or a 4xx: never a
 * 5xx, never INTERNAL_SERVER_ERROR or SUBGRAPH_UNAVAILABLE, never a leak. The inputs are built from the schema, so a new
 * mutation or input field is fuzzed without anyone adding it here.
 */
let stack: TestStack;
let admin: Record<string, string>;

beforeAll(async () => {
  stack = await startTestStack();
  admin = await bearer(Role.ADMIN);
});

afterAll(async () => {
  await stack?.dispose();
});

const LEAKS =
  /SELECT |INSERT |UPDATE [a-z_]+ SET|constraint|QueryFailedError|ECONNREFUSED|127\.0\.0\.1|at [\w.]+ \(|stacktrace|invalid byte sequence|violates/i;
const api = Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
const mutations = Object.values(api.getMutationType()!.getFields());
const queries = Object.values(api.getQueryType()!.getFields()).filter((field) => field.args.length > 0);

// Demo records, so that a fuzzed value reaches the domain and the database, not only "not found".
const ENTITY_IDS: Record<string, string> = {
  Campaign: demoCampaignId('open-budgets-baghdad'),
  CampaignAction: demoId('campaign-action', 'open-budgets-baghdad#launch'),
  Implementation: demoImplementationId('baghdad-council', 'isf3-civil-peace-councils'),
  CohesionCouncil: demoCouncilId('baghdad-council'),
  Council: demoCouncilId('baghdad-council'),
  CouncilMember: demoId('council-member', 'baghdad-council#cso'),
  CouncilMeeting: demoId('council-meeting', 'baghdad-council#founding'),
  Forum: demoForumId('iraqi-social-forum'),
  ForumSeason: demoSeasonId('iraqi-social-forum', 4),
  Season: demoSeasonId('iraqi-social-forum', 4),
  ForumSession: demoSessionId('iraqi-social-forum', 4, 'opening'),
  Recommendation: demoRecommendationId('isf3-women-in-councils'),
  Person: demoPersonId('person-1'),
  Organisation: demoOrganisationId('iraqi-social-forum-secretariat'),
  Partner: demoOrganisationId('european-commission'),
  Partnership: demoId('partnership', 'iraqi-social-forum-secretariat>icssi'),
  Membership: demoId('membership', 'person-1'),
  WorkingGroup: demoWorkingGroupId('fi-transparency'),
  Target: demoOrganisationId('european-commission'),
};
const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
/** The demo id an `id` or `…Id` field of this mutation most likely means. */
function idFor(mutation: string, field: string): string {
  if (field !== 'id') return ENTITY_IDS[capitalised(field.replace(/Id$/, ''))] ?? ENTITY_IDS.Organisation;
  const entity = Object.keys(ENTITY_IDS)
    .sort((a, b) => b.length - a.length)
    .find((name) => mutation.endsWith(name));
  return ENTITY_IDS[entity ?? 'Organisation'];
}

let serial = 0;
/** A plausible value of a type, for the fields that are not being fuzzed. */
function plausible(type: GraphQLInputType, mutation: string, field: string): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [plausible(nullable.ofType, mutation, field)];
  const named = getNamedType(nullable) as GraphQLNamedType;
  if (isEnumType(named)) return (named as GraphQLEnumType).getValues()[0].value;
  if (isInputObjectType(named)) return baseInput(named, mutation);
  if (named.name === 'ID' || field === 'id' || field.endsWith('Id')) return idFor(mutation, field);
  if (/governorateCode$/i.test(field)) return 'IQ-BG';
  if (field === 'slug') return `fuzz-${(serial += 1)}`;
  if (field === 'locale') return 'en';
  switch (named.name) {
    case 'Int':
      return field === 'version' ? 1 : field === 'year' ? 2026 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Date':
      return '2026-11-20';
    default:
      return 'Fuzz';
  }
}

/** The required fields of an input type (a localized text gets English). */
function baseInput(type: GraphQLInputObjectType, mutation: string): Record<string, unknown> {
  if (type.name === 'LocalizedTextInput') return { en: 'Fuzz' };
  return Object.fromEntries(
    Object.values(type.getFields())
      .filter((field) => isNonNullType(field.type))
      .map((field) => [field.name, plausible(field.type, mutation, field.name)]),
  );
}

const HOSTILE: Record<string, unknown[]> = {
  String: ['a\u0000b', '\u202Eevil\u202C\u200B', 'x'.repeat(20_000), 'lone \uD800 surrogate', ''],
  ID: ['not-a-uuid', 'a\u0000', '1'.repeat(5000)],
  Int: [2147483647, -2147483648, 2147483648, -1],
  Float: [1e308, -1e308, 5e-324, 'NaN'],
  Boolean: ['true'],
  Date: ['2026-02-30', '0000-01-01', '9999-12-31', '2026-1-1'],
  enum: ['NOT_A_VALUE'],
};

/** Every leaf of an input type, with the odd values of its kind. */
function leaves(type: GraphQLInputObjectType, path: string[] = [], seen = new Set<string>()): Array<{ path: string[]; values: unknown[] }> {
  if (seen.has(type.name)) return [];
  const inner = new Set([...seen, type.name]);
  return Object.values(type.getFields()).flatMap((field) => {
    if (field.name === 'idempotencyKey') return [{ path: [...path, field.name], values: HOSTILE.String.slice(0, 2) }];
    const named = getNamedType(field.type) as GraphQLNamedType;
    if (isInputObjectType(named)) return leaves(named, [...path, field.name], inner);
    const kind = isEnumType(named) ? 'enum' : named.name;
    return [{ path: [...path, field.name], values: HOSTILE[kind] ?? HOSTILE.String }];
  });
}

/** Every leaf of a field's arguments, as paths from the argument name. */
function argumentLeaves(field: GraphQLField<unknown, unknown>): Array<{ path: string[]; values: unknown[] }> {
  return field.args.flatMap((argument) => {
    const named = getNamedType(argument.type) as GraphQLNamedType;
    if (isInputObjectType(named)) return leaves(named, [argument.name]);
    const kind = isEnumType(named) ? 'enum' : named.name;
    return [{ path: [argument.name], values: HOSTILE[kind] ?? HOSTILE.String }];
  });
}

/** The base input with one leaf set (lists get the value as their one item). */
function withLeaf(
  base: Record<string, unknown>,
  type: GraphQLInputObjectType,
  path: string[],
  value: unknown,
  mutation: string,
): Record<string, unknown> {
  const [head, ...rest] = path;
  const field = type.getFields()[head];
  const list = isListType(getNullableType(field.type));
  const named = getNamedType(field.type);
  if (!rest.length) return { ...base, [head]: list ? [value] : value };
  const current = (base[head] as Record<string, unknown> | undefined) ?? baseInput(named as GraphQLInputObjectType, mutation);
  const nested = withLeaf(Array.isArray(current) ? current[0] : current, named as GraphQLInputObjectType, rest, value, mutation);
  return { ...base, [head]: list ? [nested] : nested };
}

describe('every mutation input field with odd values', () => {
  it('the schema has mutations to fuzz', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(48);
  });

  it.each(mutations.map((mutation) => [mutation.name]))('%s answers 200 or 4xx, never a 5xx or INTERNAL_SERVER_ERROR', async (name) => {
    const mutation = mutations.find((field) => field.name === name)!;
    const inputType = getNamedType(mutation.args[0].type) as GraphQLInputObjectType;
    const query = `mutation($input: ${inputType.name}!) { ${name}(input: $input) { userErrors { code field message } } }`;
    const failures: string[] = [];
    const cases = leaves(inputType).flatMap((leaf) => leaf.values.map((value) => ({ path: leaf.path, value })));
    for (const { path, value } of cases) {
      const input = withLeaf(baseInput(inputType, name), inputType, path, value, name);
      const response = await fetch(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...admin },
        body: JSON.stringify({ query, variables: { input } }),
      });
      const text = await response.text();
      const codes = [...text.matchAll(/"code":"([A-Z_]+)"/g)].map((match) => match[1]);
      const shown = `${path.join('.')} = ${JSON.stringify(value).slice(0, 40)}`;
      if (response.status >= 500 || ![200, 400].includes(response.status))
        failures.push(`${shown}: HTTP ${response.status} ${text.slice(0, 200)}`);
      // A client's bad value must not look like an outage either (nor feed a circuit breaker).
      else if (codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('SUBGRAPH_UNAVAILABLE'))
        failures.push(`${shown}: ${text.slice(0, 300)}`);
      else if (LEAKS.test(text)) failures.push(`${shown}: leaks ${text.slice(0, 300)}`);
    }
    expect(cases.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});

describe('every query argument with odd values', () => {
  it('the schema has queries with arguments to fuzz', () => {
    expect(queries.length).toBeGreaterThanOrEqual(20);
  });

  it.each(queries.map((query) => [query.name]))(
    '%s answers 200 or 4xx, never a 5xx, INTERNAL_SERVER_ERROR or SUBGRAPH_UNAVAILABLE',
    async (name) => {
      const field = queries.find((query) => query.name === name)!;
      // Arguments as one input object, so the base values and the fuzzed leaf are built as for mutations.
      const argumentsType = new GraphQLInputObjectType({
        name: `${name}Arguments`,
        fields: Object.fromEntries(field.args.map((argument) => [argument.name, { type: argument.type }])),
      });
      const definitions = field.args.map((argument) => `$${argument.name}: ${argument.type.toString()}`).join(', ');
      const passed = field.args.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
      const selection = isObjectType(getNamedType(field.type)) ? '{ __typename }' : '';
      const query = `query(${definitions}) { ${name}(${passed}) ${selection} }`;
      const failures: string[] = [];
      const cases = argumentLeaves(field).flatMap((leaf) => leaf.values.map((value) => ({ path: leaf.path, value })));
      for (const { path, value } of cases) {
        const variables = withLeaf(baseInput(argumentsType, name), argumentsType, path, value, name);
        const response = await fetch(stack.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...admin },
          body: JSON.stringify({ query, variables }),
        });
        const text = await response.text();
        const codes = [...text.matchAll(/"code":"([A-Z_]+)"/g)].map((match) => match[1]);
        const shown = `${path.join('.')} = ${JSON.stringify(value).slice(0, 40)}`;
        if (![200, 400].includes(response.status)) failures.push(`${shown}: HTTP ${response.status} ${text.slice(0, 200)}`);
        else if (codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('SUBGRAPH_UNAVAILABLE'))
          failures.push(`${shown}: ${text.slice(0, 300)}`);
        else if (LEAKS.test(text)) failures.push(`${shown}: leaks ${text.slice(0, 300)}`);
      }
      expect(cases.length).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    },
  );
});
