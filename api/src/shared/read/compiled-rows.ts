import { defaultFieldResolver, getNamedType, type GraphQLFieldResolver, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { Context } from '../../context';
import { noteWithheld } from '../ref-field';
import { COMPILED_TYPES, ID_FIELD, ROW_ENTITY, ROW_ID, WITHHELD_MARK } from './compile';

type Row = Record<string, unknown>;

const isCompiled = (root: unknown): root is Row => typeof root === 'object' && root !== null && ROW_ID in root;

/** The id of the record behind a resolved object, compiled row or entity. */
export const rowId = (root: unknown): unknown => (isCompiled(root) ? root[ROW_ID] : (root as { id?: unknown } | null)?.id);

const entities = new WeakMap<Row, object>();

/** The entity of a compiled row (from the stored columns it carries), made once and merged into the request's EntityManager. */
function entityOf(row: Row, typeName: string, context: Context): object {
  let entity = entities.get(row);
  if (!entity) entities.set(row, (entity = context.em.map(typeName, row[ROW_ENTITY] as Row)));
  return entity;
}

/**
 * A compiled row already holds every selected field under its response key (alias): its fields answer from it (a
 * withheld reference answers null and is noted, like the reference resolver does).
 * A field it lacks is computed by its own resolver: on the row's id for those declared `ReadsRootId`, else on the
 * row's entity. Entities (the ORM path, mutation results) go through the field's resolver as before.
 */
const fromRow =
  (resolve: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> =>
  (root, args, context, info) => {
    if (!isCompiled(root)) return resolve(root, args, context, info);
    const key = info.path.key as string;
    if (key in root) {
      const value = root[key];
      if (typeof value === 'object' && value !== null && WITHHELD_MARK in value) {
        noteWithheld(info, getNamedType(info.returnType).name);
        return null;
      }
      return value;
    }
    if (info.fieldName === ID_FIELD) return root[ROW_ID]; // not repeated in the row (compile.ts)
    return resolve(ROW_ENTITY in root ? entityOf(root, info.parentType.name, context) : { id: root[ROW_ID] }, args, context, info);
  };

/** Applied once to the built schema: the fields of the compiled types and of their pages. */
export function resolveCompiledRows(schema: GraphQLSchema): GraphQLSchema {
  for (const typeName of COMPILED_TYPES) {
    for (const name of [typeName, `${typeName}Page`]) {
      const type = schema.getType(name);
      if (!(type instanceof GraphQLObjectType)) continue;
      for (const field of Object.values(type.getFields()))
        field.resolve = fromRow((field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, Context>) as GraphQLFieldResolver<
          unknown,
          unknown
        >;
    }
  }
  return schema;
}
