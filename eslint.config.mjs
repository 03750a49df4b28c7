// ESLint for the whole tree: typescript-eslint with type information (the program of
// tsconfig.check.json), imports checked by import-x, formatting left to Prettier.
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/generated/**',
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.artifacts/**',
      'coverage/**',
      'backups/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.d.ts',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  comments.recommended,
  // Every disabled rule says why, after `--`.
  { rules: { '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }] } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    languageOptions: {
      parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname },
    },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-duplicate-imports': 'off',
      'import-x/no-duplicates': 'error',
      'import-x/no-extraneous-dependencies': 'error',
    },
  },
  {
    // A package's own tests import it by name, as its users do (jest maps the name to src/).
    files: ['packages/*/test/**', 'services/*/test/**'],
    rules: { 'import-x/no-extraneous-dependencies': 'off' },
  },
  {
    // Tests read arbitrary JSON answers; typing each one would only restate the query.
    files: ['tests/**', '**/test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
