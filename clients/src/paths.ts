import path from 'node:path';

/** The clients/ folder, from src/ (tests) and from dist/ (npm scripts) alike. */
export const CLIENTS_DIR = path.resolve(__dirname, '..');
export const REPO_DIR = path.resolve(CLIENTS_DIR, '..');

/**
 * Where each frontend keeps the operations it sends (one `.graphql` file per operation), relative
 * to the repository. The two region sites are one code base, so they share one folder.
 */
export const CLIENT_FOLDERS = [{ client: 'sites', folder: 'sites/operations' }] as const;

export const SUPERGRAPH_FILE = path.join(REPO_DIR, 'schema/supergraph.graphql');
/** The supergraph the frontends last shipped against; breaking changes are measured from it. */
export const RELEASED_SUPERGRAPH_FILE = path.join(REPO_DIR, 'schema/released/supergraph.graphql');
/** The API schema (what clients see), printed for codegen and editor plugins. */
export const API_SCHEMA_FILE = path.join(CLIENTS_DIR, 'api-schema.graphql');
export const MANIFEST_FILE = path.join(CLIENTS_DIR, 'persisted-operations.json');
/** graphql-codegen's types for the operations, beside the code that sends them. */
export const GENERATED_TYPES_FILE = path.join(REPO_DIR, 'sites/src/graph/generated/operations.ts');
