import { Kind, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../gql/graphql';
import { schema } from './schema';

// Every operation of src/**/*.graphql, as `pnpm codegen` compiled it (with the fragments it spreads).
const documents = Object.entries(generated).filter(
  ([name, value]) => name.endsWith('Document') && (value as DocumentNode).definitions?.[0]?.kind === Kind.OPERATION_DEFINITION,
) as [string, DocumentNode][];

describe('hand-written documents of the back office', () => {
  it('are all compiled', () => {
    expect(documents.map(([name]) => name)).toEqual(
      expect.arrayContaining(['IndicatorsDocument', 'AppointmentNoticeDocument', 'MeDocument']),
    );
  });

  it.each(documents)('%s is valid against the schema the back office loads', (_, document) => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
