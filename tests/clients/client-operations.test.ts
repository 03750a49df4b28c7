import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type GraphQLSchema, Kind, type ObjectTypeDefinitionNode, buildASTSchema, parse, print, visit } from 'graphql';
import { apiSchemaFromSupergraph, printApiSchema } from '../../clients/src/api-schema';
import { clientBreakages, describeBreakages } from '../../clients/src/breaking-changes';
import { generatedTypesArtifact, schemaAndManifestArtifacts } from '../../clients/src/client-artifacts';
import { type ClientOperation, loadClientOperations, operationId } from '../../clients/src/client-operations';
import { RELEASED_SUPERGRAPH_FILE, REPO_DIR, SUPERGRAPH_FILE } from '../../clients/src/paths';
import { validateClientOperations } from '../../clients/src/validate-operations';

const current = apiSchemaFromSupergraph(readFileSync(SUPERGRAPH_FILE, 'utf8'));
const released = apiSchemaFromSupergraph(readFileSync(RELEASED_SUPERGRAPH_FILE, 'utf8'));
const operations = loadClientOperations();

/** A variant of the current API schema edited as SDL: how a subgraph change would reach the supergraph. */
function variant(edit: (sdl: ReturnType<typeof parse>) => ReturnType<typeof parse>): GraphQLSchema {
  return buildASTSchema(edit(parse(printApiSchema(current))));
}

function withoutField(typeName: string, fieldName: string): GraphQLSchema {
  return variant((sdl) =>
    visit(sdl, {
      [Kind.OBJECT_TYPE_DEFINITION](node) {
        if (node.name.value !== typeName) return undefined;
        return { ...node, fields: node.fields?.filter((field) => field.name.value !== fieldName) };
      },
    }),
  );
}

function names(found: Array<{ operation: string }>): string[] {
  return [...new Set(found.map((b) => b.operation))].sort();
}

describe('region sites’ operations (sites/operations, built into clients/)', () => {
  it('live with the sites that send them: one named operation per file, one per page, names unique', () => {
    expect(operations.map((operation) => [operation.client, operation.file])).toEqual(
      ['campaign', 'forum-season', 'governorate', 'home', 'labels', 'search', 'working-group', 'working-groups'].map((file) => [
        'sites',
        `sites/operations/${file}.graphql`,
      ]),
    );
    expect(operations.map((operation) => operation.name).sort()).toEqual([
      'SiteCampaign',
      'SiteForumSeason',
      'SiteGovernorate',
      'SiteHome',
      'SiteLabels',
      'SiteSearch',
      'SiteWorkingGroup',
      'SiteWorkingGroups',
    ]);
  });

  it('are valid against the API schema of schema/supergraph.graphql', () => {
    expect(validateClientOperations(current, operations)).toEqual([]);
  });

  it('an operation that no longer matches the schema is reported with its file and name', () => {
    const [first] = operations;
    const broken: ClientOperation = { ...first, document: parse('query Broken { workingGroups { nodes { nickname } } }') };
    const problems = validateClientOperations(current, [broken]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${first.file} (${first.name}): Cannot query field "nickname" on type "WorkingGroup"`);
  });

  it('the API schema file, the persisted manifest and the generated types are up to date (else run `npm run clients`)', async () => {
    const artifacts = [...schemaAndManifestArtifacts(operations), await generatedTypesArtifact()];
    expect(path.relative(REPO_DIR, artifacts[2].file)).toBe('sites/src/graph/generated/operations.ts');
    expect(artifacts[2].content).toContain('export type SiteWorkingGroupsQuery =');
    const stale = artifacts.filter((artifact) => !existsSync(artifact.file) || readFileSync(artifact.file, 'utf8') !== artifact.content);
    expect(stale.map((artifact) => `${path.relative(REPO_DIR, artifact.file)} is out of date: run npm run clients`)).toEqual([]);
  });

  it('the manifest maps sha256(body) to each operation in Apollo’s manifest format', () => {
    const manifest = JSON.parse(readFileSync(schemaAndManifestArtifacts(operations)[1].file, 'utf8'));
    expect(manifest.format).toBe('apollo-persisted-query-manifest');
    expect(manifest.operations).toHaveLength(operations.length);
    for (const entry of manifest.operations) {
      expect(entry.id).toBe(operationId(entry.body));
      expect(entry.type).toBe('query');
    }
  });
});

describe('schema-change check against schema/released/supergraph.graphql', () => {
  it('no breaking change since the release touches a client operation', async () => {
    expect(await clientBreakages(released, current, operations)).toEqual([]);
  });

  it('a removed field fails naming every operation that selects it', async () => {
    const breakages = await clientBreakages(current, withoutField('Campaign', 'startDate'), operations);
    expect(names(breakages)).toEqual(['SiteCampaign', 'SiteGovernorate', 'SiteHome', 'SiteWorkingGroup']);
    expect(breakages[0].change).toContain("Field 'startDate' was removed from object type 'Campaign'");
    expect(breakages[0].path).toBe('Campaign.startDate');
  });

  it('a broken supergraph file (a subgraph dropped a field) fails with a message naming the operation', async () => {
    const supergraph = visit(parse(readFileSync(SUPERGRAPH_FILE, 'utf8')), {
      [Kind.OBJECT_TYPE_DEFINITION](node) {
        if (node.name.value !== 'Governorate') return undefined;
        return { ...node, fields: node.fields?.filter((field) => field.name.value !== 'ochaPcode') };
      },
    });
    const broken = apiSchemaFromSupergraph(print(supergraph));
    const breakages = await clientBreakages(released, broken, operations);
    expect(names(breakages)).toEqual([]); // no frontend reads ochaPcode
    const withoutRegion = apiSchemaFromSupergraph(
      print(
        visit(parse(readFileSync(SUPERGRAPH_FILE, 'utf8')), {
          [Kind.OBJECT_TYPE_DEFINITION](node) {
            if (node.name.value !== 'Governorate') return undefined;
            return { ...node, fields: node.fields?.filter((field) => field.name.value !== 'region') };
          },
        }),
      ),
    );
    const found = await clientBreakages(released, withoutRegion, operations);
    expect(describeBreakages(found)).toBe(
      [
        "SiteGovernorate (sites/operations/governorate.graphql) breaks: Field 'region' was removed from object type 'Governorate' [Governorate.region]",
        "SiteSearch (sites/operations/search.graphql) breaks: Field 'region' was removed from object type 'Governorate' [Governorate.region]",
      ].join('\n'),
    );
  });

  it('a breaking change no operation uses is not reported', async () => {
    expect(await clientBreakages(current, withoutField('Organisation', 'website'), operations)).toEqual([]);
  });

  it('a removed enum value fails the operations that send it', async () => {
    const schema = variant((sdl) =>
      visit(sdl, {
        [Kind.ENUM_VALUE_DEFINITION](node) {
          return node.name.value === 'KURDISTAN_REGION' ? null : undefined;
        },
      }),
    );
    // The sites send the region as a variable: every operation that takes a Region breaks.
    expect(names(await clientBreakages(current, schema, operations))).toEqual(expect.arrayContaining(['SiteHome', 'SiteWorkingGroups']));
  });

  it('a changed input field type fails the operations that send the field, not those that send other fields of the input', async () => {
    const changeType = (field: string) =>
      variant((sdl) =>
        visit(sdl, {
          [Kind.INPUT_VALUE_DEFINITION](node, _key, _parent, _path, ancestors) {
            const owner = ancestors[ancestors.length - 1] as { name?: { value: string } };
            if (owner?.name?.value !== 'CampaignFilter' || node.name.value !== field) return undefined;
            return { ...node, type: { kind: Kind.LIST_TYPE, type: node.type } };
          },
        }),
      );
    // SiteHome sends CampaignFilter { region } (the latest campaigns of the region).
    expect(names(await clientBreakages(current, changeType('region'), operations))).toEqual(['SiteHome']);
    expect(names(await clientBreakages(current, changeType('period'), operations))).toEqual([]);
  });

  it('a new required argument fails the operations that call the field', async () => {
    const schema = variant((sdl) =>
      visit(sdl, {
        [Kind.FIELD_DEFINITION](node, _key, _parent, _path, ancestors) {
          const owner = ancestors[ancestors.length - 1] as { name?: { value: string } };
          if (owner?.name?.value !== 'Query' || node.name.value !== 'governorate') return undefined;
          const required = parse('type T { f(locale: String!): String }').definitions[0] as ObjectTypeDefinitionNode;
          return { ...node, arguments: [...(node.arguments ?? []), ...(required.fields?.[0].arguments ?? [])] };
        },
      }),
    );
    const breakages = await clientBreakages(current, schema, operations);
    expect(names(breakages)).toEqual(['SiteGovernorate']);
    expect(breakages[0].path).toBe('Query.governorate.locale');
  });
});
