import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // esbuild drops decorator metadata, which type-graphql and MikroORM read: compile with SWC instead.
        plugins: [
          swc.vite({
            jsc: {
              parser: { syntax: 'typescript', decorators: true },
              transform: { legacyDecorator: true, decoratorMetadata: true },
              target: 'es2022',
            },
          }),
        ],
        // graphql ships CJS and ESM builds: one realm for our sources and the libraries (STACK.md); graphql-query-complexity's
        // ESM build imports graphql's ESM one, so its CJS build is taken.
        // (Exact names: graphql's own deep imports, e.g. graphql/execution/collectFields.js, are CJS already.)
        resolve: {
          alias: [
            { find: /^graphql$/, replacement: 'graphql/index.js' },
            { find: /^graphql-query-complexity$/, replacement: 'graphql-query-complexity/cjs' },
          ],
        },
        test: {
          name: 'api',
          include: ['api/src/**/*.test.ts', 'test/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      'admin/vitest.config.ts',
    ],
  },
});
