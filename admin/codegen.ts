/**
 * graphql-codegen (`pnpm codegen`): the types of the back office's hand-written documents (`src/**\/*.graphql`) and
 * the values of every enum, from the API's committed schema. The output (`src/gql/`) is committed, like the schema it
 * is made from; `pnpm codegen:check` (run by `pnpm test`) fails when it is not what the schema and documents give.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const SCHEMA = '../schema/schema.graphql';

const config: CodegenConfig = {
  schema: SCHEMA,
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // The API's scalars travel as JSON: dates as ISO strings, JSONObject as an object.
        scalars: {
          Date: 'string',
          DateTime: 'string',
          EmailAddress: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
    // Read from the file itself: codegen sorts the schema it loads, and the choices keep each enum's declared order.
    'src/gql/enums.ts': { plugins: [{ './codegen/enums.mjs': { sdl: SCHEMA } }] },
  },
};

export default config;
