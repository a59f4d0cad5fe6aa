import { defaultFieldResolver, type GraphQLFieldResolver, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { Context } from '../context';
import { rowId } from '../shared/read/compiled-rows';
import { currentRequest } from '../shared/request-scope';
import { isRestricted, PERSONAL_FIELDS, RESTRICTED_FIELDS } from './policy';

type Resolver = GraphQLFieldResolver<unknown, Context>;

/**
 * A withheld field resolves to null, wherever it appears; a personal field that is read is noted for the access log.
 * A value already at hand (a compiled row's) stays synchronous: no promise per field of a large page.
 */
const guarded = (type: string, field: string, resolve: Resolver): Resolver => {
  const personal = PERSONAL_FIELDS[type]?.includes(field) ?? false;
  const noted = (root: unknown, value: unknown) => {
    if (personal && value !== null && value !== undefined) currentRequest()?.personalReads.note(type, String(rowId(root)), field);
    return value;
  };
  return (root, args, context, info) => {
    if (context.access && isRestricted(context.access.role, type, field)) return null;
    const value = resolve(root, args, context, info);
    return value instanceof Promise ? value.then((v) => noted(root, v)) : noted(root, value);
  };
};

/**
 * Field-level access, applied once to the built schema: only the fields the policy names are wrapped (so the
 * thousands of other field resolutions of a large page pay nothing).
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const typeName of new Set([...Object.keys(RESTRICTED_FIELDS), ...Object.keys(PERSONAL_FIELDS)])) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`Politique d’accès : type inconnu ${typeName}`);
    const names = new Set([...Object.keys(RESTRICTED_FIELDS[typeName] ?? {}), ...(PERSONAL_FIELDS[typeName] ?? [])]);
    for (const name of names) {
      const field = type.getFields()[name];
      if (!field) throw new Error(`Politique d’accès : champ inconnu ${typeName}.${name}`);
      field.resolve = guarded(typeName, name, (field.resolve ?? defaultFieldResolver) as Resolver);
    }
  }
  return schema;
}
