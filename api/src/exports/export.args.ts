import {
  coerceInputValue,
  getNamedType,
  GraphQLEnumType,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
} from 'graphql';
import { validationFailed, violation } from '../shared/errors';
import type { SortInput } from '../shared/list';
import type { IsoDate } from '../shared/scalars';
import { checkQueryTextArguments } from '../shared/text/text-arguments';

/** The arguments of a list an export takes: those of the list field, but the page (an export has every row). */
export const EXPORT_PARAMETERS = ['filter', 'sort', 'asOf'] as const;

export interface ExportArgs {
  filter?: Record<string, unknown>;
  sort?: SortInput[];
  asOf?: IsoDate;
}

const refused = (parameter: string, message: string) =>
  validationFailed([violation(parameter, 'EXPORT_PARAMETER_INVALID', `Paramètre « ${parameter} » : ${message}`)]);

const unwrap = (type: GraphQLInputType): GraphQLInputType => (type instanceof GraphQLNonNull ? type.ofType : type);

/** The input type at `path` inside `type` (to say what was expected there). */
function typeAt(type: GraphQLInputType, path: readonly (string | number)[]): GraphQLInputType | undefined {
  let t: GraphQLInputType | undefined = type;
  for (const key of path) {
    const inner: GraphQLInputType | undefined = t && unwrap(t);
    if (inner instanceof GraphQLList) t = typeof key === 'number' ? inner.ofType : undefined;
    else if (inner instanceof GraphQLInputObjectType) t = inner.getFields()[String(key)]?.type;
    else t = undefined;
  }
  return t;
}

/** What the type at a place takes, in French: the enum's values, the fields of an input object, or the scalar. */
function expected(type: GraphQLInputType | undefined): string {
  if (!type) return '';
  const named = getNamedType(type);
  if (named instanceof GraphQLEnumType)
    return `valeurs possibles : ${named
      .getValues()
      .map((v) => v.name)
      .join(', ')}`;
  if (named instanceof GraphQLInputObjectType) return `champs possibles : ${Object.keys(named.getFields()).join(', ')}`;
  const list = unwrap(type) instanceof GraphQLList;
  const scalar: Record<string, string> = {
    String: 'un texte',
    ID: 'un identifiant',
    Int: 'un nombre entier',
    Float: 'un nombre',
    Boolean: 'true ou false',
    Date: 'une date AAAA-MM-JJ',
  };
  return `attendu : ${list ? 'une liste de valeurs, chacune ' : ''}${scalar[named.name] ?? named.name}`;
}

/** One value of a query parameter, coerced as GraphQL coerces the list field's argument, with a French refusal. */
function coerce(parameter: string, raw: string, type: GraphQLInputType, json: boolean): unknown {
  let value: unknown = raw;
  if (json) {
    try {
      value = JSON.parse(raw);
    } catch {
      throw refused(
        parameter,
        `JSON invalide (${parameter === 'sort' ? 'par exemple [{"field":"lastName","order":"ASC"}]' : 'par exemple {"status":"TITULAIRE"}'}).`,
      );
    }
  }
  return coerceInputValue(value, type, (path, invalid, error) => {
    const place = (p: readonly (string | number)[]) => (p.length ? ` en « ${[parameter, ...p].join('.')} »` : '');
    const here = typeAt(type, path);
    // graphql-js reports a field of an input object (unknown, or required and missing) on the object itself.
    const unknown = /^Field "(\w+)" is not defined by type/.exec(error.message);
    if (unknown) throw refused(parameter, `champ « ${unknown[1]} » inconnu${place(path)} (${expected(here)}).`);
    const missing = /^Field "(\w+)" of required type "[^"]+" was not provided/.exec(error.message);
    if (missing)
      throw refused(parameter, `champ « ${missing[1]} » obligatoire${place(path)} (${expected(typeAt(type, [...path, missing[1]]))}).`);
    throw refused(parameter, `valeur ${JSON.stringify(invalid)} invalide${place(path)} (${expected(here)}).`);
  });
}

/**
 * The query parameters of an export (`?filter={…}&sort=[…]&asOf=2026-01-01`) checked as the list field checks its
 * arguments: the same input types (GraphQL's coercion: unknown fields, enum values, dates) and the same text checks.
 * `filter` and `sort` are JSON, as the GraphQL variables of the list would be.
 */
export function exportArgs(listField: GraphQLField<unknown, unknown>, query: Record<string, unknown>): ExportArgs {
  const args: Record<string, unknown> = {};
  for (const [parameter, raw] of Object.entries(query)) {
    const arg = listField.args.find((a) => a.name === parameter);
    if (!arg || !(EXPORT_PARAMETERS as readonly string[]).includes(parameter)) {
      throw refused(
        parameter,
        `paramètre inconnu (paramètres possibles : ${EXPORT_PARAMETERS.filter((p) => listField.args.some((a) => a.name === p)).join(', ')}).`,
      );
    }
    if (typeof raw !== 'string') throw refused(parameter, 'donnez-le une seule fois.');
    args[parameter] = coerce(parameter, raw, arg.type, parameter !== 'asOf');
  }
  checkQueryTextArguments(listField, args);
  return args as ExportArgs;
}
