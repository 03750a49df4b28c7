import type { CodegenConfig } from '@graphql-codegen/cli';
import path from 'node:path';
import { CLIENT_FOLDERS, GENERATED_TYPES_FILE, REPO_DIR } from './paths';

/**
 * graphql-codegen: TypeScript types for every client operation (`<Name>Query`,
 * `<Name>QueryVariables`) from the API schema. Run from the repository root (`npm run clients`).
 */
export const codegenConfig: CodegenConfig = {
  schema: 'clients/api-schema.graphql',
  documents: CLIENT_FOLDERS.map(({ folder }) => `${folder}/*.graphql`),
  silent: true,
  generates: {
    [path.relative(REPO_DIR, GENERATED_TYPES_FILE)]: {
      plugins: ['typescript', 'typescript-operations'],
      config: {
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTimeISO: 'string', JSON: 'unknown' },
      },
    },
  },
};
