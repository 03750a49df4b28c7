import { type Change, ChangeType, CriticalityLevel, diff } from '@graphql-inspector/core';
import { type GraphQLSchema, isInputObjectType } from 'graphql';
import { type ClientOperation } from './client-operations';
import { usedCoordinates } from './schema-usage';

export interface ClientBreakage {
  operation: string;
  file: string;
  change: string;
  path: string;
}

/**
 * Breaking changes between two API schemas that touch something a client operation uses. A change
 * nobody's operation uses is not reported: the frontends decide what "breaking" means for them.
 */
export async function clientBreakages(
  oldSchema: GraphQLSchema,
  newSchema: GraphQLSchema,
  operations: ClientOperation[],
): Promise<ClientBreakage[]> {
  const breaking = (await diff(oldSchema, newSchema)).filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  const breakages: ClientBreakage[] = [];
  for (const operation of operations) {
    const used = usedCoordinates(oldSchema, operation.document);
    for (const change of breaking) {
      if (touches(change, used, oldSchema)) {
        breakages.push({ operation: operation.name, file: operation.file, change: change.message, path: change.path ?? '' });
      }
    }
  }
  return breakages;
}

function touches(change: Change, used: Set<string>, oldSchema: GraphQLSchema): boolean {
  const path = change.path;
  if (!path) return false;
  if (used.has(path)) return true;
  const [typeName, fieldName] = path.split('.');
  // A new required argument (Type.field.arg) breaks every call of the field.
  if (fieldName !== undefined && path.split('.').length === 3 && used.has(`${typeName}.${fieldName}`)) return true;
  // A new required input field breaks every client that sends the input type; a change to a field
  // the client does not send (e.g. a wider type) does not, and one it sends is matched above.
  return change.type === ChangeType.InputFieldAdded && isInputObjectType(oldSchema.getType(typeName)) && used.has(typeName);
}

export function describeBreakages(breakages: ClientBreakage[]): string {
  return breakages.map((b) => `${b.operation} (${b.file}) breaks: ${b.change} [${b.path}]`).join('\n');
}
