import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { apiSchemaFromSupergraph, printApiSchema } from './api-schema';
import { type ClientOperation, loadClientOperations } from './client-operations';
import { codegenConfig } from './codegen-config';
import { API_SCHEMA_FILE, GENERATED_TYPES_FILE, MANIFEST_FILE, REPO_DIR, SUPERGRAPH_FILE } from './paths';
import { manifestText } from './persisted-manifest';
import { validateClientOperations } from './validate-operations';

/** A generated file the repository commits, with what the code now produces for it. */
export interface Artifact {
  file: string;
  content: string;
}

/** The client operations, checked against the current supergraph's API schema (throws on an invalid one). */
export function checkedClientOperations(): ClientOperation[] {
  const schema = apiSchemaFromSupergraph(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  const operations = loadClientOperations();
  const problems = validateClientOperations(schema, operations);
  if (problems.length) throw new Error(`Client operations do not match schema/supergraph.graphql:\n${problems.join('\n')}`);
  return operations;
}

/** api-schema.graphql and the persisted manifest: derived from the supergraph and the operation files. */
export function schemaAndManifestArtifacts(operations: ClientOperation[]): Artifact[] {
  const schema = apiSchemaFromSupergraph(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  return [
    { file: API_SCHEMA_FILE, content: printApiSchema(schema) },
    { file: MANIFEST_FILE, content: manifestText(operations) },
  ];
}

/** The TypeScript types graphql-codegen produces (reads clients/api-schema.graphql, so write that first). */
export async function generatedTypesArtifact(): Promise<Artifact> {
  const outputs = await generate({ ...codegenConfig, cwd: REPO_DIR }, false);
  const output = (outputs as Array<{ filename: string; content: string }>).find(
    (candidate) => path.resolve(REPO_DIR, candidate.filename) === GENERATED_TYPES_FILE,
  );
  if (!output) throw new Error(`graphql-codegen produced no ${path.relative(REPO_DIR, GENERATED_TYPES_FILE)}`);
  return { file: GENERATED_TYPES_FILE, content: output.content };
}
