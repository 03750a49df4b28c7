import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * graphql-codegen: TypeScript types for every client operation (`<Name>Query`,
 * `<Name>QueryVariables`) from the API schema. Run from the repository root (`npm run clients`).
 */
export const codegenConfig: CodegenConfig = {
  schema: 'clients/api-schema.graphql',
  documents: ['clients/federal-iraq/*.graphql', 'clients/kurdistan-region/*.graphql'],
  silent: true,
  generates: {
    'clients/src/generated/operations.ts': {
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
