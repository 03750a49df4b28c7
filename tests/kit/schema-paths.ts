import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** One step of a path: a field of an object type. */
export interface PathStep {
  parentType: string;
  field: GraphQLField<unknown, unknown>;
}

/** A way from the query root to a field whose type is one of the targets (`Query.cohesionCouncils.nodes.members.nodes`, …). */
export interface SchemaPath {
  steps: PathStep[];
  /** `Query.cohesionCouncils > CohesionCouncil.members > CouncilMember` */
  name: string;
  target: string;
}

const required = (args: readonly GraphQLArgument[]) => args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

/**
 * Every way into a target, derived from the schema: each field whose type is a target, each field
 * that yields the record holding it, and each that yields that one (`levels` edges), prefixed with
 * the shortest route from the query root (connections count as their `nodes`).
 * A field added anywhere that leads to a person or a seat, or a new way to reach the record that
 * holds one, adds its path here by itself.
 */
export function pathsTo(schema: GraphQLSchema, targets: readonly string[], levels = 3): SchemaPath[] {
  const query = schema.getQueryType()!;
  // A field and what it yields: a connection counts as the records in its `nodes`.
  const yields = (parentType: string, field: GraphQLField<unknown, unknown>): { type: GraphQLObjectType; steps: PathStep[] } | null => {
    const named = getNamedType(field.type);
    if (!isObjectType(named) || field.name === 'edges' || field.name === 'pageInfo') return null;
    const nodes = named.getFields().nodes;
    if (named.getFields().edges && nodes && isObjectType(getNamedType(nodes.type))) {
      return {
        type: getNamedType(nodes.type) as GraphQLObjectType,
        steps: [
          { parentType, field },
          { parentType: named.name, field: nodes },
        ],
      };
    }
    return { type: named, steps: [{ parentType, field }] };
  };
  const edgesOf = (type: GraphQLObjectType) =>
    Object.values(type.getFields())
      .map((field) => yields(type.name, field))
      .filter((edge): edge is { type: GraphQLObjectType; steps: PathStep[] } => edge !== null);
  // Shortest routes from the root to every object type (breadth first).
  const routes = new Map<string, PathStep[]>([[query.name, []]]);
  const queue: GraphQLObjectType[] = [query];
  while (queue.length) {
    const type = queue.shift()!;
    for (const edge of edgesOf(type)) {
      if (routes.has(edge.type.name)) continue;
      routes.set(edge.type.name, [...routes.get(type.name)!, ...edge.steps]);
      queue.push(edge.type);
    }
  }
  const found = new Map<string, SchemaPath>();
  const add = (steps: PathStep[], target: string) => {
    const name = `${steps.map((step) => `${step.parentType}.${step.field.name}`).join(' > ')} > ${target}`;
    found.set(name, { steps, target, name });
  };
  const objectTypes = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
  );
  // Suffixes ending in a target, grown backwards one edge at a time: every way into a target, every way into what holds it, …
  type Suffix = { from: GraphQLObjectType; steps: PathStep[]; target: string };
  let suffixes: Suffix[] = [];
  for (const type of objectTypes) {
    for (const into of edgesOf(type))
      if (targets.includes(into.type.name)) suffixes.push({ from: type, steps: into.steps, target: into.type.name });
  }
  for (let level = 1; level <= levels && suffixes.length; level++) {
    const longer: Suffix[] = [];
    for (const suffix of suffixes) {
      const route = routes.get(suffix.from.name);
      if (route) add([...route, ...suffix.steps], suffix.target);
      if (suffix.from === query || level === levels) continue;
      for (const parent of objectTypes) {
        for (const via of edgesOf(parent)) {
          const seen = suffix.steps.some((step) => step.parentType === parent.name);
          if (via.type === suffix.from && !seen)
            longer.push({ from: parent, steps: [...via.steps, ...suffix.steps], target: suffix.target });
        }
      }
    }
    suffixes = longer;
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Values for required arguments, by `Type.argument` (the type the field returns) or by argument name: each is tried in turn. */
export type ArgumentValues = Record<string, readonly unknown[]>;

/** A literal of a value for a GraphQL argument of this type. */
export function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, named as GraphQLInputType)).join(', ')}]`;
  if (isEnumType(named)) return String(value);
  if (isInputObjectType(named) && typeof value === 'object') {
    const fields = (named as GraphQLInputObjectType).getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${key}: ${literal(item, fields[key].type)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** Every leaf field of a type without required arguments, and one level of the objects it holds (not the targets). */
export function leafSelection(type: GraphQLNamedType, targets: readonly string[], depth = 1): string {
  if (!isObjectType(type)) return '__typename';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (required(field.args).length) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth > 0 && !named.name.endsWith('Connection')) {
      parts.push(`${field.name} { ${leafSelection(named, targets, targets.includes(named.name) ? 0 : depth - 1)} }`);
    }
  }
  return parts.join(' ');
}

/**
 * The queries of a path: every list field gets `first: 100`; a required argument takes each value in
 * `values` in turn (one query each). An argument with no values listed makes the path unbuildable,
 * so a new kind of argument is noticed rather than skipped.
 */
export function pathQueries(
  schema: GraphQLSchema,
  path: SchemaPath,
  values: ArgumentValues,
  targets: readonly string[],
): string[] | { missing: string } {
  const build = (index: number): string[] | { missing: string } => {
    if (index === path.steps.length) return [leafSelection(schema.getType(path.target)!, targets)];
    const { field, parentType } = path.steps[index];
    const inner = build(index + 1);
    if (!Array.isArray(inner)) return inner;
    // Intermediate records are named by id too, so what a viewer sees of them can be compared.
    const parent = schema.getType(parentType);
    const own =
      isObjectType(parent) && parent.getFields().id && isLeafType(getNamedType(parent.getFields().id.type))
        ? '__typename id'
        : '__typename';
    const paging = field.args.find((arg) => arg.name === 'first') ? ['first: 100'] : [];
    const needed = required(field.args);
    // Every combination of the values of the required arguments.
    let argumentLists: string[][] = [paging];
    for (const arg of needed) {
      const candidates = values[`${getNamedType(field.type).name}.${arg.name}`] ?? values[arg.name];
      if (!candidates?.length) return { missing: `${parentType}.${field.name}(${arg.name})` };
      argumentLists = argumentLists.flatMap((args) => candidates.map((value) => [`${arg.name}: ${literal(value, arg.type)}`, ...args]));
    }
    return argumentLists.flatMap((args) =>
      inner.map((selection) => `${own} ${field.name}${args.length ? `(${args.join(', ')})` : ''} { ${selection} }`),
    );
  };
  const bodies = build(0);
  return Array.isArray(bodies) ? bodies.map((body) => `{ ${body} }`) : bodies;
}

/** Every object in a response with one of these typenames, wherever it is. */
export function objectsOf(
  value: unknown,
  typenames: readonly string[],
  into: Array<Record<string, unknown>> = [],
): Array<Record<string, unknown>> {
  if (Array.isArray(value)) value.forEach((item) => objectsOf(item, typenames, into));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typenames.includes(record.__typename as string)) into.push(record);
    Object.values(record).forEach((item) => objectsOf(item, typenames, into));
  }
  return into;
}

/** A value of an input type good enough to reach the checks of a mutation (required fields only). */
export function placeholderInput(type: GraphQLInputType, id: (field: string) => string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      if (!isNonNullType(field.type) || field.defaultValue !== undefined) continue;
      value[field.name] = getNamedType(field.type).name === 'ID' ? id(field.name) : placeholderInput(field.type, id);
    }
    return value;
  }
  switch (named.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2026-11-01';
    case 'DateTimeISO':
      return '2026-11-01T10:00:00Z';
    default:
      return 'x';
  }
}

/** Whether a type holds one of the targets within `depth` fields (a payload's record, or the record's person). */
export function reaches(schema: GraphQLSchema, typeName: string, targets: readonly string[], depth = 2): boolean {
  if (targets.includes(typeName)) return true;
  const type = schema.getType(typeName);
  if (!isObjectType(type) || depth === 0) return false;
  return Object.values(type.getFields()).some((field) => reaches(schema, getNamedType(field.type).name, targets, depth - 1));
}
