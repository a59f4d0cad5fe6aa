import {
  defaultFieldResolver,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';
import { validationFailed, type Violation } from '../errors';
import { TEXT_LIMITS } from './limits';
import { type TextRule, textViolations } from './text.rules';

/**
 * Input types whose texts a resource checks row by row against its columns (`XInput`, `XRow`): a bulk save reports
 * them on their row, so the argument check leaves them alone.
 */
const CHECKED_BY_ROWS = new Set<string>();
export const checkedByRows = (...typeNames: string[]) => typeNames.forEach((name) => CHECKED_BY_ROWS.add(name));

/** A filter's or a query's text: one line; the free-text search `q` is shorter still. */
const QUERY_TEXT: TextRule = { maxLength: TEXT_LIMITS.argument, multiline: false };
const SEARCH_TEXT: TextRule = { maxLength: TEXT_LIMITS.search, multiline: false };
/** A workflow step's text (reasons, an arrêté's number…): the column it lands in gives the exact rule at the flush. */
const MUTATION_TEXT: TextRule = { maxLength: TEXT_LIMITS.freeText, multiline: true };

type Walk = (value: unknown, path: string[], out: Violation[]) => void;

const unwrap = (type: GraphQLInputType): GraphQLInputType => (type instanceof GraphQLNonNull ? unwrap(type.ofType) : type);

/** A walker for the values of one input type, or null when no text can be in it (so that most fields pay nothing). */
function walker(type: GraphQLInputType, rule: TextRule, seen = new Map<GraphQLInputType, Walk | null>()): Walk | null {
  const inner = unwrap(type);
  if (seen.has(inner)) return seen.get(inner)!;
  if (inner instanceof GraphQLList) {
    const item = walker(inner.ofType, rule, seen);
    return item && ((value, path, out) => Array.isArray(value) && value.forEach((v) => item(v, path, out)));
  }
  if (inner instanceof GraphQLScalarType) {
    // Every scalar a caller may send as a string (String, ID, and the custom ones, before or after their parsing).
    return (value, path, out) => {
      if (typeof value !== 'string') return;
      const field = path.join('.');
      out.push(...textViolations(field, field, value, path[path.length - 1] === 'q' ? SEARCH_TEXT : rule));
    };
  }
  if (!(inner instanceof GraphQLInputObjectType) || CHECKED_BY_ROWS.has(inner.name)) return null;
  seen.set(inner, null); // a recursive input type: its own walker, once built
  const fields = Object.values(inner.getFields())
    .map((f) => [f.name, walker(f.type, rule, seen)] as const)
    .filter(([, w]) => w);
  const walk: Walk | null = fields.length
    ? (value, path, out) => {
        if (!value || typeof value !== 'object') return;
        for (const [name, w] of fields) w!((value as Record<string, unknown>)[name], [...path, name], out);
      }
    : null;
  seen.set(inner, walk);
  return walk;
}

/** The path of an argument in messages: a mutation's `input` is the form itself (`reasons`), others keep their name (`filter.q`). */
const root = (arg: GraphQLArgument) => (arg.name === 'input' ? [] : [arg.name]);

/** The check of a field's text arguments, or null when none of them can hold a text. */
function argumentsCheck(field: GraphQLField<unknown, unknown>, rule: TextRule): ((values: Record<string, unknown>) => void) | null {
  const args = field.args.map((arg) => [arg, walker(arg.type, rule)] as const).filter(([, w]) => w);
  if (!args.length) return null;
  return (values) => {
    const out: Violation[] = [];
    for (const [arg, walk] of args) walk!(values[arg.name], root(arg), out);
    if (out.length) throw validationFailed(out);
  };
}

/** The texts of a query field's arguments checked as the schema checks them (for the same arguments sent outside GraphQL: exports). */
export const checkQueryTextArguments = (field: GraphQLField<unknown, unknown>, values: Record<string, unknown>): void =>
  argumentsCheck(field, QUERY_TEXT)?.(values);

function guardField(field: GraphQLField<unknown, unknown>, rule: TextRule): void {
  const check = argumentsCheck(field, rule);
  if (!check) return;
  const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>;
  field.resolve = (source, values, context, info) => {
    check(values);
    return resolve(source, values, context, info);
  };
}

/**
 * Every text argument of every field, applied once to the built schema: no control character, valid Unicode, and a
 * length cap, before a resolver reads it (a NUL byte in a filter otherwise reaches PostgreSQL, a 1 MB search holds a
 * connection for seconds). The inputs of the resources are left to their row checks (`checkedByRows`).
 */
export function guardTextArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const name of CHECKED_BY_ROWS) {
    if (!(schema.getType(name) instanceof GraphQLInputObjectType)) throw new Error(`Contrôle des textes : type d’entrée inconnu ${name}`);
  }
  const mutation = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) guardField(field, type === mutation ? MUTATION_TEXT : QUERY_TEXT);
  }
  return schema;
}
