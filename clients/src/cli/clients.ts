import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { apiSchemaFromSupergraph } from '../api-schema';
import { clientBreakages, describeBreakages } from '../breaking-changes';
import { type Artifact, checkedClientOperations, generatedTypesArtifact, schemaAndManifestArtifacts } from '../client-artifacts';
import { loadClientOperations } from '../client-operations';
import { RELEASED_SUPERGRAPH_FILE, REPO_DIR, SUPERGRAPH_FILE } from '../paths';

/**
 * `npm run clients`: validate the frontends' operations against schema/supergraph.graphql, write
 * clients/api-schema.graphql, the persisted manifest and the generated types.
 * `npm run clients:check`: fail when any of them is out of date, or when a breaking change since
 * schema/released/supergraph.graphql touches an operation.
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  if (check) {
    // First what a schema change breaks, in the release's terms; then whether the operations are valid now.
    const breakages = await clientBreakages(
      apiSchemaFromSupergraph(readFileSync(RELEASED_SUPERGRAPH_FILE, 'utf8')),
      apiSchemaFromSupergraph(readFileSync(SUPERGRAPH_FILE, 'utf8')),
      loadClientOperations(),
    );
    if (breakages.length) {
      console.error(
        `Breaking changes since schema/released/supergraph.graphql that client operations use:\n${describeBreakages(breakages)}`,
      );
      process.exit(1);
    }
  }
  const operations = checkedClientOperations();
  const stale: string[] = [];
  const handle = (artifact: Artifact): void => {
    const current = existsSync(artifact.file) ? readFileSync(artifact.file, 'utf8') : '';
    if (current === artifact.content) return;
    if (check) stale.push(path.relative(REPO_DIR, artifact.file));
    else {
      mkdirSync(path.dirname(artifact.file), { recursive: true });
      writeFileSync(artifact.file, artifact.content);
    }
  };
  schemaAndManifestArtifacts(operations).forEach(handle);
  // Codegen reads the API schema file just written.
  handle(await generatedTypesArtifact());
  if (check) {
    if (stale.length) {
      console.error(`Out of date: ${stale.join(', ')}. Run \`npm run clients\` and commit the result.`);
      process.exit(1);
    }
  }
  console.log(
    check
      ? `${operations.length} client operations are valid, persisted and typed; no breaking change touches them.`
      : `${operations.length} client operations: api schema, manifest and types written.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
