import { type FieldNode, getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
// graphql-js's own field collection (not in its main entry point): the enclosing fields exactly as its execution
// collected them (fragments, aliases, @skip/@include); their `asOf` coerced by graphql-js too (variables included).
import { collectFields, collectSubfields } from 'graphql/execution/collectFields.js';
import { createParameterDecorator } from 'type-graphql';
import { DateScalar, type IsoDate } from '../scalars';

/**
 * The day a computed field reads (issue 17 item 1: « every asOf read returns the version in force on that date, at
 * every level of a nested query and in every indicator and aggregate »): its own `asOf` when given, else the nearest
 * `asOf` of the fields enclosing it (`services(asOf: D) { items { ancestors { name } } }` reads the tree of D, as the
 * compiled read does for the rows and child lists below an as-of list), else none (today).
 */
export function readDate(info: GraphQLResolveInfo, own: IsoDate | undefined): IsoDate | undefined {
  return own ?? enclosingAsOf(info);
}

/** The enclosing `asOf` of each field position (response keys from the root), per request (its variables object). */
const known = new WeakMap<object, Map<string, IsoDate | null>>();

/** The nearest `asOf` given to a field enclosing the resolved one (the same for every row of a list: computed once). */
export function enclosingAsOf(info: GraphQLResolveInfo): IsoDate | undefined {
  const steps: { key: string; typename: string }[] = [];
  for (let p = info.path.prev; p; p = p.prev)
    if (typeof p.key === 'string' && p.typename) steps.unshift({ key: p.key, typename: p.typename });
  const position = steps.map((s) => `${s.typename}.${s.key}`).join('/');
  let cache = known.get(info.variableValues);
  if (!cache) known.set(info.variableValues, (cache = new Map()));
  let found = cache.get(position);
  if (found === undefined) cache.set(position, (found = walk(info, steps) ?? null));
  return found ?? undefined;
}

/** Down the operation from its root, along the response keys: the last `asOf` given on the way. */
function walk(info: GraphQLResolveInfo, steps: { key: string; typename: string }[]): IsoDate | undefined {
  let nodes: readonly FieldNode[] | undefined;
  let asOf: IsoDate | undefined;
  for (const { key, typename } of steps) {
    const type = info.schema.getType(typename) as GraphQLObjectType | undefined;
    if (!type) return asOf;
    const fields = nodes
      ? collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes)
      : collectFields(info.schema, info.fragments, info.variableValues, type, info.operation.selectionSet);
    nodes = fields.get(key);
    if (!nodes) return asOf;
    const definition = type.getFields()[nodes[0].name.value];
    if (definition?.args.some((a) => a.name === 'asOf')) {
      const given = getArgumentValues(definition, nodes[0], info.variableValues).asOf;
      if (typeof given === 'string') asOf = given as IsoDate;
    }
  }
  return asOf;
}

/**
 * The `asOf` argument of a computed field that reads dated or versioned data (the tree, the headcounts, a ratio…):
 * the day given, else that of the read enclosing it (`readDate`), else undefined (today).
 */
export const ReadDate = () =>
  createParameterDecorator<object>(({ args, info }) => readDate(info, (args as { asOf?: IsoDate }).asOf), {
    arg: {
      name: 'asOf',
      typeFunc: () => DateScalar,
      options: {
        nullable: true,
        description: 'Date de lecture (AAAA-MM-JJ) ; par défaut celle de la liste ou du champ qui contient celui-ci, sinon aujourd’hui.',
      },
    },
  });
