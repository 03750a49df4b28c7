import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { SUBGRAPH_DEFAULT_PORTS } from '@icssi/platform';
import { SUBGRAPHS } from './subgraphs';

const SCHEMA_DIR = path.resolve(__dirname, '../../schema');

export interface ComposedSchemas {
  /** file name → content */
  files: Record<string, string>;
  errors: string[];
  hints: string[];
}

/** Prints each subgraph's SDL from code and composes the supergraph with @apollo/composition. */
export async function composeSchemas(): Promise<ComposedSchemas> {
  const files: Record<string, string> = {};
  const services = [];
  for (const subgraph of SUBGRAPHS) {
    const sdl = printSubgraphSchema(await subgraph.buildSchema());
    files[`${subgraph.name}.graphql`] = `${sdl.trim()}\n`;
    services.push({ name: subgraph.name, typeDefs: parse(sdl), url: `http://127.0.0.1:${SUBGRAPH_DEFAULT_PORTS[subgraph.name]}/graphql` });
  }
  const result = composeServices(services);
  const hints = (result.hints ?? []).map((hint) => hint.toString());
  if (result.errors) return { files, errors: result.errors.map((error) => error.message), hints };
  files['supergraph.graphql'] = `${result.supergraphSdl.trim()}\n`;
  return { files, errors: [], hints };
}

/** `npm run compose` writes schema/; with --check it fails when the committed files differ from the code. */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const { files, errors, hints } = await composeSchemas();
  if (errors.length) {
    console.error(`Composition failed:\n- ${errors.join('\n- ')}`);
    process.exit(1);
  }
  if (process.env.COMPOSE_HINTS) for (const hint of hints) console.log(`hint: ${hint}`);
  const stale: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(SCHEMA_DIR, name);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (current === content) continue;
    if (check) stale.push(name);
    else writeFileSync(file, content);
  }
  if (check && stale.length) {
    console.error(`schema/ is out of date with the code: ${stale.join(', ')}. Run \`npm run compose\` and commit the result.`);
    process.exit(1);
  }
  console.log(check ? 'schema/ matches the code; composition has no errors.' : `schema/ written: ${Object.keys(files).join(', ')}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
