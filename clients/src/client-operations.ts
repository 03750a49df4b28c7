import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type DocumentNode, Kind, type OperationDefinitionNode, parse, print } from 'graphql';
import { CLIENT_FOLDERS, REPO_DIR } from './paths';

export interface ClientOperation {
  /** The frontend that uses it (CLIENT_FOLDERS). */
  client: string;
  /** Path relative to the repository, for messages. */
  file: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  document: DocumentNode;
  /** The normalized document text: what is persisted and sent. */
  body: string;
  /** sha256 of the body, hex: the persisted id (the APQ hash of the body). */
  id: string;
}

export function operationId(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/** Reads every `*.graphql` of every client folder: one named operation per file (fragments allowed). */
export function loadClientOperations(repoDir: string = REPO_DIR): ClientOperation[] {
  const operations: ClientOperation[] = [];
  for (const { client, folder } of CLIENT_FOLDERS) {
    for (const fileName of readdirSync(path.join(repoDir, folder))
      .filter((name) => name.endsWith('.graphql'))
      .sort()) {
      const file = path.join(folder, fileName);
      const document = parse(readFileSync(path.join(repoDir, file), 'utf8'));
      const definitions = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (definitions.length !== 1 || !definitions[0].name) {
        throw new Error(`${file}: a client file holds exactly one named operation`);
      }
      const body = print(document);
      operations.push({
        client,
        file,
        name: definitions[0].name.value,
        type: definitions[0].operation,
        document,
        body,
        id: operationId(body),
      });
    }
  }
  const seen = new Map<string, string>();
  for (const operation of operations) {
    // Names become generated type names and manifest entries: they must be unique across clients.
    const other = seen.get(operation.name);
    if (other) throw new Error(`${operation.file}: operation name ${operation.name} is already used by ${other}`);
    seen.set(operation.name, operation.file);
  }
  return operations;
}
