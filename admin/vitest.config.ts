import { defineConfig } from 'vitest/config';

// Unit tests of the admin (the data provider); the browser tests live in test/admin/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    name: 'admin',
    environment: 'node',
    sequence: { groupOrder: 1 },
    // ra-data-graphql imports @apollo/client by named ESM imports that Node cannot take from its CJS build.
    server: { deps: { inline: [/ra-data-graphql/, /@apollo\/client/] } },
  },
});
