import 'reflect-metadata';
import { GraphQLNonNull, GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../schema';
import { entities } from '../mikro-orm.config';
import { PERSONAL_FIELDS, RESTRICTED_FIELDS, SCOPED, WRITABLE } from './policy';

describe('access policy', () => {
  it('names only real types and fields, and withholds only nullable fields (a withheld field reads null)', async () => {
    const schema = await createSchema();
    for (const [type, fields] of Object.entries({ ...RESTRICTED_FIELDS, ...PERSONAL_FIELDS })) {
      const object = schema.getType(type);
      expect(object).toBeInstanceOf(GraphQLObjectType);
      for (const field of Object.keys(Array.isArray(fields) ? Object.fromEntries(fields.map((f) => [f, 1])) : fields)) {
        expect((object as GraphQLObjectType).getFields()[field], `${type}.${field}`).toBeDefined();
      }
    }
    for (const [type, fields] of Object.entries(RESTRICTED_FIELDS)) {
      for (const field of Object.keys(fields)) {
        expect((schema.getType(type) as GraphQLObjectType).getFields()[field].type, `${type}.${field}`).not.toBeInstanceOf(GraphQLNonNull);
      }
    }
  });

  it('scopes and grants writes on entities that exist', () => {
    const names = new Set(entities.map((e) => e.name));
    for (const name of Object.keys(SCOPED)) expect(names.has(name), name).toBe(true);
    for (const list of Object.values(WRITABLE)) if (list !== '*') for (const name of list) expect(names.has(name), name).toBe(true);
  });
});
