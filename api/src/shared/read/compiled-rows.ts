import { defaultFieldResolver, type GraphQLFieldResolver, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { COMPILED_TYPES, ROW_ID } from './compile';

type Row = Record<string, unknown>;

const isCompiled = (root: unknown): root is Row => typeof root === 'object' && root !== null && ROW_ID in root;

/** The id of the record behind a resolved object, compiled row or entity. */
export const rowId = (root: unknown): unknown => (isCompiled(root) ? root[ROW_ID] : (root as { id?: unknown } | null)?.id);

/**
 * A compiled row already holds every selected field under its response key (alias): its fields answer from it.
 * A field it lacks is a computed field declared `ReadsRootId`: its own resolver runs, on the row's id.
 * Entities (the ORM path, mutation results) go through the field's resolver as before.
 */
const fromRow = (resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> => (root, args, context, info) => {
  if (!isCompiled(root)) return resolve(root, args, context, info);
  const key = info.path.key as string;
  return key in root ? root[key] : resolve({ id: root[ROW_ID] }, args, context, info);
};

/** Applied once to the built schema: the fields of the compiled types and of their pages. */
export function resolveCompiledRows(schema: GraphQLSchema): GraphQLSchema {
  for (const typeName of COMPILED_TYPES) {
    for (const name of [typeName, `${typeName}Page`]) {
      const type = schema.getType(name);
      if (!(type instanceof GraphQLObjectType)) continue;
      for (const field of Object.values(type.getFields())) field.resolve = fromRow(field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}
