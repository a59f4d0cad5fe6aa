import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema, type ResponsePath } from 'graphql';
import { type Context, rootContext } from '../context';
import { fieldResolverFields, middlewareFields } from './schema-fields';

type Resolver = GraphQLFieldResolver<unknown, Context>;

const rootKey = (path: ResponsePath): string => {
  let p = path;
  while (p.prev) p = p.prev;
  return String(p.key);
};

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
  // Below the root, the fields whose resolvers read the context: plain properties, the bulk of a large page, pay nothing.
  for (const { type, name } of [...fieldResolverFields(schema), ...middlewareFields(schema)]) {
    const field = type.getFields()[name];
    const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
    field.resolve = (root, args, context, info) => resolve(root, args, rootContext(context, rootKey(info.path)), info);
  }
  return schema;
}
