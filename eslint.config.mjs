// Lint: the recommended sets of ESLint and typescript-eslint everywhere, React's rules of hooks in the back office.
// Run by `pnpm test` (`pnpm lint`), warnings included. Formatting is Prettier's business, not ESLint's.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['**/dist/', '**/node_modules/', '.data/', '.data-*/', 'coverage/', 'admin/src/gql/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks what is left out on purpose (a destructured field, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests read GraphQL responses as loose JSON: `any` there is the point, not a hole in a type.
    files: ['test/**/*.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['admin/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Dates and numbers are typed and shown the French way whatever the browser's language (shared/fr).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-admin',
              importNames: ['DateInput', 'DateTimeInput', 'NumberInput', 'NumberField'],
              message: 'Use the French inputs and fields of admin/src/shared/fr/ (jj/mm/aaaa, « 0,55 ») whatever the browser language.',
            },
          ],
        },
      ],
    },
  },
  {
    // The French components are built on react-admin's own.
    files: ['admin/src/shared/fr/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
]);
