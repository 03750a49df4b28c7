import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLUnionType,
  buildSchema,
  isSpecifiedScalarType,
} from 'graphql';
import { SUPERGRAPH_FILE } from '@icssi/test-kit/test-stack';

const API_SCHEMA_FILE = path.resolve(__dirname, '../../clients/api-schema.graphql');

/** Names that belong to federation's machinery, not to the API. */
const MACHINERY = /^(__|_Any$|_Entity$|_Service$|join__|link__|federation__)/;

/** Every type, field, argument, input field and enum value of the composed API has a description. */
describe('schema documentation', () => {
  const schema = buildSchema(readFileSync(SUPERGRAPH_FILE, 'utf8'), { assumeValidSDL: true });
  const missing: string[] = [];
  const check = (described: { description?: string | null }, path: string) => {
    if (!described.description?.trim()) missing.push(path);
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (MACHINERY.test(type.name) || (type instanceof GraphQLScalarType && isSpecifiedScalarType(type))) continue;
    check(type, type.name);
    if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType) {
      for (const field of Object.values(type.getFields())) {
        if (MACHINERY.test(field.name)) continue;
        check(field, `${type.name}.${field.name}`);
        for (const arg of field.args) check(arg, `${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (type instanceof GraphQLInputObjectType) {
      for (const field of Object.values(type.getFields())) check(field, `${type.name}.${field.name}`);
    }
    if (type instanceof GraphQLEnumType) {
      for (const value of type.getValues()) check(value, `${type.name}.${value.name}`);
    }
    if (type instanceof GraphQLUnionType) check(type, type.name);
  }

  it('has a description everywhere', () => {
    expect(missing).toEqual([]);
  });

  it('describes the root types, in the supergraph and in the API schema clients and the IDE see', () => {
    const api = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
    for (const described of [schema, api]) {
      expect(described.getQueryType()!.description).toMatch(/^Reading the ICSSI graph: lists as Relay connections/);
      expect(described.getMutationType()!.description).toMatch(/^Changing the ICSSI graph .*`userErrors`/);
    }
  });

  it('documents a substantial API (sanity check of the walk itself)', () => {
    const query = schema.getQueryType()!;
    expect(Object.keys(query.getFields()).length).toBeGreaterThan(25);
    expect(schema.getType('CampaignConnection')).toBeDefined();
  });
});
