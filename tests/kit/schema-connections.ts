import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import {
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { SUPERGRAPH_FILE } from './test-stack';

/** The API schema clients see (the composed supergraph without federation's machinery). */
export function apiSchema(): GraphQLSchema {
  return Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
}

/** One way to order a connection: null for its default order, else an `orderBy` input literal. */
export interface Ordering {
  name: string;
  literal: string | null;
}

/** A connection field somewhere in the schema, with what is needed to page it. */
export interface ConnectionField {
  /** `Query.campaigns`, `Organisation.campaigns`, … */
  path: string;
  parentType: string;
  field: string;
  nodeType: string;
  /** A field of the node that identifies it (`id`, or the first `ID!` field such as a governorate's `code`). */
  nodeKey: string;
  orderings: Ordering[];
  /** Required arguments other than paging ones (a connection that needs input can only be paged with it). */
  requiredArgs: string[];
}

function isConnectionType(type: unknown): type is GraphQLObjectType {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return Boolean(fields.edges && fields.nodes && fields.pageInfo && fields.totalCount);
}

/** Every orderBy value of a field: the default order, then each field of its order enum in both directions. */
function orderingsOf(field: GraphQLField<unknown, unknown>): Ordering[] {
  const orderings: Ordering[] = [{ name: 'default', literal: null }];
  const orderBy = field.args.find((arg) => arg.name === 'orderBy');
  if (!orderBy) return orderings;
  const input = getNamedType(orderBy.type);
  if (!isInputObjectType(input)) throw new Error(`${field.name}: orderBy is not an input object`);
  const fields = (input as GraphQLInputObjectType).getFields();
  const sortField = getNamedType(fields.field?.type);
  const direction = getNamedType(fields.direction?.type);
  if (!isEnumType(sortField) || !isEnumType(direction)) throw new Error(`${field.name}: orderBy needs an enum field and direction`);
  for (const value of (sortField as GraphQLEnumType).getValues()) {
    for (const dir of (direction as GraphQLEnumType).getValues()) {
      orderings.push({ name: `${value.name} ${dir.name}`, literal: `{ field: ${value.name}, direction: ${dir.name} }` });
    }
  }
  return orderings;
}

function nodeKeyOf(node: GraphQLObjectType): string {
  const fields = Object.values(node.getFields());
  const key =
    fields.find((field) => field.name === 'id') ??
    fields.find((field) => isNonNullType(field.type) && getNamedType(field.type).name === 'ID');
  if (!key) throw new Error(`${node.name} has no id field to tell its items apart`);
  return key.name;
}

/** Every connection field of the schema, root and nested, found by the shape of its type. */
export function connectionFields(schema: GraphQLSchema): ConnectionField[] {
  const found: ConnectionField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const connection = getNamedType(field.type);
      if (!isConnectionType(connection)) continue;
      const node = getNamedType(connection.getFields().nodes.type) as GraphQLObjectType;
      found.push({
        path: `${type.name}.${field.name}`,
        parentType: type.name,
        field: field.name,
        nodeType: node.name,
        nodeKey: nodeKeyOf(node),
        orderings: orderingsOf(field),
        requiredArgs: field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined).map((arg) => arg.name),
      });
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** How to reach one record of a type from the root: a lookup field taking one key argument the type exposes as a field. */
export interface Lookup {
  field: string;
  arg: string;
  argType: string;
}

export function lookupOf(schema: GraphQLSchema, typeName: string): Lookup | null {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return null;
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    if (getNamedType(field.type) !== type) continue;
    const required = field.args.filter((arg) => isNonNullType(arg.type));
    if (required.length === 1 && type.getFields()[required[0].name]) {
      return { field: field.name, arg: required[0].name, argType: String(required[0].type) };
    }
  }
  return null;
}

/** A root connection listing every record of a type, needing no input. */
export function rootListOf(schema: GraphQLSchema, typeName: string): string | null {
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const connection = getNamedType(field.type);
    if (!isConnectionType(connection) || getNamedType(connection.getFields().nodes.type).name !== typeName) continue;
    if (field.args.every((arg) => !isNonNullType(arg.type))) return field.name;
  }
  return null;
}
