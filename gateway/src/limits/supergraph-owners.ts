import { type DirectiveNode, Kind, type StringValueNode, parse } from 'graphql';

/**
 * What the cost estimate needs from the supergraph that the API schema no longer says: which
 * subgraph resolves each field, and which types are reports (entities keyed by a period, whose
 * every field is an aggregation in the subgraph that owns it).
 */
export interface SupergraphOwners {
  /** `Type.field` → the subgraphs that resolve it (none for key fields every subgraph knows). */
  fieldOwners: Map<string, readonly string[]>;
  /** Entity types with `period` in a key: RegionReport, GovernorateReport. */
  reportTypes: ReadonlySet<string>;
}

export const NO_OWNERS: SupergraphOwners = { fieldOwners: new Map(), reportTypes: new Set() };

const argument = (directive: DirectiveNode, name: string) => directive.arguments?.find((arg) => arg.name.value === name)?.value;

/** Reads the join directives of a core supergraph SDL (as Apollo Gateway hands it to plugins). */
export function supergraphOwners(coreSupergraphSdl: string | undefined): SupergraphOwners {
  if (!coreSupergraphSdl) return NO_OWNERS;
  const fieldOwners = new Map<string, string[]>();
  const reportTypes = new Set<string>();
  for (const definition of parse(coreSupergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const typeName = definition.name.value;
    for (const directive of definition.directives ?? []) {
      const key = directive.name.value === 'join__type' ? argument(directive, 'key') : undefined;
      if (key?.kind === Kind.STRING && /\bperiod\b/.test((key as StringValueNode).value)) reportTypes.add(typeName);
    }
    for (const field of definition.fields ?? []) {
      const graphs = (field.directives ?? [])
        .filter((directive) => directive.name.value === 'join__field')
        .map((directive) => argument(directive, 'graph'))
        .flatMap((graph) => (graph?.kind === Kind.ENUM ? [graph.value] : []));
      if (graphs.length) fieldOwners.set(`${typeName}.${field.name.value}`, [...new Set(graphs)]);
    }
  }
  return { fieldOwners, reportTypes };
}
