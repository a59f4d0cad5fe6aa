import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../root';
import { createSchema } from '../schema';
import { undocumented } from './schema-docs';

describe('the schema documented in French', () => {
  it('describes every type, field, argument and enum value of the schema the API serves', async () => {
    expect(undocumented(await createSchema())).toEqual([]);
  });

  it('describes every element of the committed schema/schema.graphql (what the explorer shows)', () => {
    const committed = buildSchema(readFileSync(path.join(repoRoot(), 'schema', 'schema.graphql'), 'utf8'));
    expect(undocumented(committed)).toEqual([]);
  });

  it('names each element left without a description', () => {
    const schema = buildSchema(`
      """Les lectures."""
      type Query {
        """Une liste."""
        services(limit: Int): [Service!]!
      }
      type Service {
        code: String
        """The service's name."""
        name: String
      }
      """Sens."""
      enum Direction { """Croissant.""" ASC DESC }
    `);
    expect(undocumented(schema)).toEqual(['Direction.DESC', 'Query.services(limit)', 'Service', 'Service.code', 'Service.name (anglais)']);
  });
});
