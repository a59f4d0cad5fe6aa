import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

// ra-data-graphql publishes source maps without their sources, and Vite warns about each of them
// ("points to missing source files") when the tests inline the package: load it without the maps.
const withoutSourceMaps: Plugin = {
  name: 'ra-data-graphql-without-source-maps',
  enforce: 'pre',
  load(id) {
    const file = id.split('?')[0];
    if (!/[\\/]ra-data-graphql[\\/]dist[\\/].*\.js$/.test(file)) return null;
    return readFileSync(file, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
  },
};

// Unit tests of the admin (the data provider); the browser tests live in test/admin/.
export default defineConfig({
  plugins: [withoutSourceMaps],
  test: {
    include: ['src/**/*.test.ts'],
    name: 'admin',
    environment: 'node',
    sequence: { groupOrder: 1 },
    // ra-data-graphql imports @apollo/client by named ESM imports that Node cannot take from its CJS build.
    server: { deps: { inline: [/ra-data-graphql/, /@apollo\/client/] } },
  },
});
