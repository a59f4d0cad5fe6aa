import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

export interface SchemaField {
  type: GraphQLObjectType;
  name: string;
}

/** A decorated class, as type-graphql's metadata holds it. */
type ClassTarget = abstract new (...args: never[]) => unknown;

const keyOf = (f: SchemaField) => `${f.type.name}.${f.name}`;

/** The GraphQL object types of a class and of its subclasses (fields declared on a base class reach them all). */
function typesOf(schema: GraphQLSchema, target: ClassTarget): GraphQLObjectType[] {
  return getMetadataStorage()
    .objectTypes.filter((o) => o.target === target || o.target.prototype instanceof target)
    .map((o) => schema.getType(o.name))
    .filter((t): t is GraphQLObjectType => t instanceof GraphQLObjectType);
}

function unique(fields: SchemaField[]): SchemaField[] {
  return [...new Map(fields.filter((f) => f.type.getFields()[f.name]).map((f) => [keyOf(f), f])).values()];
}

/** The fields computed by a type-graphql `@FieldResolver` (they read their record, and usually the context). */
export function fieldResolverFields(schema: GraphQLSchema): SchemaField[] {
  return unique(
    getMetadataStorage().fieldResolvers.flatMap((r) =>
      r.getObjectType ? typesOf(schema, r.getObjectType() as ClassTarget).map((type) => ({ type, name: r.schemaName })) : [],
    ),
  );
}

/** The fields with middlewares (references: `RefField`), which read the context. */
export function middlewareFields(schema: GraphQLSchema): SchemaField[] {
  return unique(
    getMetadataStorage()
      .fields.filter((f) => f.middlewares?.length)
      .flatMap((f) => typesOf(schema, f.target as ClassTarget).map((type) => ({ type, name: f.schemaName }))),
  );
}

const computed = new WeakMap<GraphQLSchema, Set<string>>();

/** Whether a type's field is computed by a field resolver (not read from a column), for this schema. */
export function isFieldResolver(schema: GraphQLSchema, typeName: string, field: string): boolean {
  let keys = computed.get(schema);
  if (!keys) computed.set(schema, (keys = new Set(fieldResolverFields(schema).map(keyOf))));
  return keys.has(`${typeName}.${field}`);
}
