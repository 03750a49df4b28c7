import path from 'node:path';

/** The clients/ folder, from src/ (tests) and from dist/ (npm scripts) alike. */
export const CLIENTS_DIR = path.resolve(__dirname, '..');
export const REPO_DIR = path.resolve(CLIENTS_DIR, '..');

/** One folder of operation files per region frontend. */
export const CLIENT_FOLDERS = ['federal-iraq', 'kurdistan-region'] as const;

export const SUPERGRAPH_FILE = path.join(REPO_DIR, 'schema/supergraph.graphql');
/** The supergraph the frontends last shipped against; breaking changes are measured from it. */
export const RELEASED_SUPERGRAPH_FILE = path.join(REPO_DIR, 'schema/released/supergraph.graphql');
/** The API schema (what clients see), printed for codegen and editor plugins. */
export const API_SCHEMA_FILE = path.join(CLIENTS_DIR, 'api-schema.graphql');
export const MANIFEST_FILE = path.join(CLIENTS_DIR, 'persisted-operations.json');
export const GENERATED_TYPES_FILE = path.join(CLIENTS_DIR, 'src/generated/operations.ts');
