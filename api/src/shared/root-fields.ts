import { defaultFieldResolver, type GraphQLFieldResolver, GraphQLObjectType, type GraphQLSchema, type ResponsePath } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { type Context, rootContext } from '../context';

type Resolver = GraphQLFieldResolver<unknown, Context>;

const rootKey = (path: ResponsePath): string => {
  let p = path;
  while (p.prev) p = p.prev;
  return String(p.key);
};

/**
 * The fields below the root whose resolvers read the context (field resolvers, and fields with middlewares such as
 * references): from type-graphql's metadata, so that plain properties, the bulk of a large page, pay nothing.
 */
function contextualFields(schema: GraphQLSchema): { type: GraphQLObjectType; name: string }[] {
  const storage = getMetadataStorage();
  const typesOf = (target: Function) =>
    storage.objectTypes.filter((o) => o.target === target || o.target.prototype instanceof target).map((o) => schema.getType(o.name)).filter((t) => t instanceof GraphQLObjectType);
  const fields = [
    ...storage.fieldResolvers.flatMap((r) => (r.getObjectType ? typesOf(r.getObjectType() as Function).map((type) => ({ type, name: r.schemaName })) : [])),
    ...storage.fields.filter((f) => f.middlewares?.length).flatMap((f) => typesOf(f.target).map((type) => ({ type, name: f.schemaName }))),
  ];
  const unique = new Map(fields.filter(({ type, name }) => type.getFields()[name]).map((f) => [`${f.type.name}.${f.name}`, f]));
  return [...unique.values()];
}

/**
 * Every root field reads through its own context, dated by its `asOf` argument (`rootContext`), and so does every
 * field below it: the request state stays as it was built, and two root fields with different dates keep theirs.
 */
export function dateRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
      field.resolve = (root, args, context, info) =>
        resolve(root, args, rootContext(context, String(info.path.key), typeof args.asOf === 'string' ? args.asOf : undefined), info);
    }
  }
  for (const { type, name } of contextualFields(schema)) {
    const field = type.getFields()[name];
    const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
    field.resolve = (root, args, context, info) => resolve(root, args, rootContext(context, rootKey(info.path)), info);
  }
  return schema;
}
