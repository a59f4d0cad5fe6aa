/**
 * Names and fields of each resource, derived from the API's committed schema
 * (`schema/schema.graphql`, emitted by `pnpm schema:emit`), so the admin keeps no copy of it.
 * The API disables introspection in production: the schema travels in the bundle instead.
 */
import sdl from '../../../schema/schema.graphql?raw';
import { allowedOf, isRequired, sortableOf as sortableNoted } from '../../../schema/notes';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';

export const schema = buildSchema(sdl);

/**
 * Each interface's implementations (`BulkRowResult` → `ServiceRowResult`…), for Apollo's cache to match the fragments
 * spread on an interface (./save.graphql).
 */
export const possibleTypes: Record<string, string[]> = Object.fromEntries(
  Object.values(schema.getTypeMap())
    .filter(isInterfaceType)
    .map((type) => [type.name, schema.getPossibleTypes(type).map((t) => t.name)]),
);

export interface ResourceShape {
  /** GraphQL type name, e.g. `ServiceSite` (also the audit trail's `entityName`). */
  type: string;
  /** `serviceSites`: the list query. */
  list: string;
  /** `serviceSite`: the single-record query. */
  one: string;
  create: string;
  update: string;
  delete: string;
  /** `saveServiceSites`: the bulk mutation. */
  save: string;
  filterType: string;
  /** Absent when the API has no mutation for the type. */
  inputType?: string;
  rowType?: string;
  /** Fields of the input type. */
  inputFields: string[];
  /** Scalar and enum fields of the type (without arguments). */
  scalarFields: string[];
  /** Object fields `x` written as `xId` (or, without an input type, every record field): read as `x { id }`, exposed as `xId`. */
  references: string[];
  /** Fields the API sorts on (the `sort` argument's description: « Champs de tri : code, name (puis id…) »). */
  sortable: string[];
  /** Input fields the API requires (their description says « Obligatoire. »): the forms mark them. */
  required: string[];
  /** The only values of scalar input fields that have a list (« Valeurs permises : 216, 307. »), as written. */
  allowed: Record<string, string[]>;
}

/** The API's schema notes (api/src/shared/schema-notes.ts), read with their one wording (schema/notes.ts). */
const sortableOf = (field: GraphQLField<unknown, unknown>): string[] =>
  sortableNoted(field.args.find((a) => a.name === 'sort')?.description);

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const camelCase = (kebab: string) => kebab.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

const argType = (field: GraphQLField<unknown, unknown> | undefined, name: string) => {
  const arg = field?.args.find((a) => a.name === name);
  return arg ? getNamedType(arg.type).name : undefined;
};

const derive = (resource: string): ResourceShape => {
  const queries = schema.getQueryType()?.getFields() ?? {};
  const mutations = schema.getMutationType()?.getFields() ?? {};
  const list = camelCase(resource);
  const listField = queries[list];
  if (!listField) throw new Error(`Ressource inconnue de l’API : ${resource} (requête ${list})`);
  const page = getNamedType(listField.type) as GraphQLObjectType;
  const item = getNamedType(page.getFields().items.type) as GraphQLObjectType;
  const type = item.name;
  const create = mutations[`create${type}`];
  const save = mutations[`save${upperFirst(list)}`];
  const inputType = argType(create, 'input');
  const input = inputType ? schema.getType(inputType) : undefined;
  const inputFields = input && 'getFields' in input ? Object.keys(input.getFields()) : [];
  const required =
    input && isInputObjectType(input)
      ? Object.values(input.getFields())
          .filter((f) => isRequired(f.description))
          .map((f) => f.name)
      : [];
  const allowed = Object.fromEntries(
    (isInputObjectType(input) ? Object.values(input.getFields()) : []).flatMap((f) => {
      const values = allowedOf(f.description);
      return values ? [[f.name, values]] : [];
    }),
  );
  const fields = Object.values(item.getFields()).filter((f) => f.args.length === 0);
  const scalarFields = fields
    .filter((f) => {
      const named = getNamedType(f.type);
      return isScalarType(named) || isEnumType(named);
    })
    .map((f) => f.name);
  // Writable references (`xId` inputs), and on records written by workflow mutations only, every record they point to.
  const references = fields
    .filter((f) => {
      const t = isNonNullType(f.type) ? f.type.ofType : f.type;
      const named = getNamedType(t);
      if (isListType(t) || !isObjectType(named)) return false;
      return inputFields.includes(`${f.name}Id`) || (!inputType && 'id' in named.getFields());
    })
    .map((f) => f.name);
  return {
    type,
    list,
    one: lowerFirst(type),
    create: `create${type}`,
    update: `update${type}`,
    delete: `delete${type}`,
    save: `save${upperFirst(list)}`,
    filterType: argType(listField, 'filter') ?? `${type}Filter`,
    inputType,
    rowType: argType(save, 'rows'),
    inputFields,
    scalarFields,
    references,
    sortable: sortableOf(listField),
    required,
    allowed,
  };
};

const shapes = new Map<string, ResourceShape>();

export const shapeOf = (resource: string): ResourceShape => {
  let shape = shapes.get(resource);
  if (!shape) {
    shape = derive(resource);
    shapes.set(resource, shape);
  }
  return shape;
};

const kebabCase = (camel: string) => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

let resourcesByType: Map<string, string> | undefined;

/**
 * The resource whose records are of GraphQL type `type` (`ServiceSite` → `service-sites`): the list query
 * (with `filter` and `sort`) whose items are of that type, next to the single-record query `serviceSite`.
 */
const byType = (): Map<string, string> => {
  if (!resourcesByType) {
    resourcesByType = new Map();
    const queries = schema.getQueryType()?.getFields() ?? {};
    for (const field of Object.values(queries)) {
      if (!field.args.some((a) => a.name === 'filter') || !field.args.some((a) => a.name === 'sort')) continue;
      const page = getNamedType(field.type);
      const items = isObjectType(page) ? page.getFields().items : undefined;
      if (!items) continue;
      const item = getNamedType(items.type).name;
      if (!resourcesByType.has(item)) resourcesByType.set(item, kebabCase(field.name));
    }
  }
  return resourcesByType;
};

export const resourceOfType = (type: string): string | undefined => byType().get(type);

/** Every resource of the API: a list query with `filter` and `sort`, next to its single-record query. */
export const resourceNames = (): string[] => [...byType().values()].sort();
