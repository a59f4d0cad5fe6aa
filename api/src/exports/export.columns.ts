import { type EntityMetadata, type EntityProperty, ReferenceKind } from '@mikro-orm/core';
import {
  getNamedType,
  GraphQLEnumType,
  type GraphQLField,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { isRestricted, PERSONAL_FIELDS } from '../access/policy';
import type { Role } from '../access/roles';
import type { FlatColumn } from '../shared/read/compile';
import { isFieldResolver } from '../shared/schema-fields';
import { humanKeyProperty } from '../shared/labels';
import { columnLabel } from './labels';

/** How a column's values are written: the GraphQL type of the field, as a reader of a spreadsheet expects it. */
export type ValueKind = 'text' | 'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'enum' | 'json';

export interface ExportColumn {
  /** French header: the back office's label of the field. */
  header: string;
  /** The field, or the reference and the referenced record's field. */
  path: FlatColumn['path'];
  kind: ValueKind;
  enumName?: string;
  /** A value list (e.g. a text[] column): its items joined. */
  list: boolean;
}

/** A personal field the export reads (for the access log): on the listed record, or on the record a reference names. */
export interface PersonalRead {
  entityName: string;
  fields: string[];
  /** The listed record's reference whose target is read; absent when it is the listed record itself. */
  via?: string;
}

export interface ExportPlan {
  columns: ExportColumn[];
  personal: PersonalRead[];
}

/** Shown beside the naming field when the target has it too (« PREF-75 » and « Préfecture de police »). */
const DESCRIBING_FIELDS = ['name', 'title', 'label'];

function kindOf(type: GraphQLType): { kind: ValueKind; enumName?: string; list: boolean } {
  const inner = type instanceof GraphQLNonNull ? type.ofType : type;
  const list = inner instanceof GraphQLList;
  const named = getNamedType(type);
  if (named instanceof GraphQLEnumType) return { kind: 'enum', enumName: named.name, list };
  const byScalar: Record<string, ValueKind> = {
    Int: 'integer',
    Float: 'decimal',
    Boolean: 'boolean',
    Date: 'date',
    DateTime: 'datetime',
    JSONObject: 'json',
    JSON: 'json',
  };
  return { kind: byScalar[named.name] ?? 'text', list };
}

/** A field stored in a column of the entity's table (not computed), with no arguments. */
function storedProperty(
  schema: GraphQLSchema,
  meta: EntityMetadata,
  typeName: string,
  field: GraphQLField<unknown, unknown>,
): EntityProperty | undefined {
  if (field.args.length || isFieldResolver(schema, typeName, field.name)) return undefined;
  const prop = meta.properties[field.name as never] as EntityProperty | undefined;
  if (!prop || prop.persist === false || prop.formula || prop.fieldNames?.length !== 1) return undefined;
  return prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE ? prop : undefined;
}

/** The record's id first, its own fields in the type's order, the technical ones (version, timestamps) last. */
const TECHNICAL = ['version', 'createdAt', 'updatedAt'];
const rank = (name: string) => (name === 'id' ? 0 : TECHNICAL.includes(name) ? 2 : 1);
const inFileOrder = <F extends { name: string }>(fields: F[]) =>
  fields
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f.name) - rank(b.f.name) || a.i - b.i)
    .map(({ f }) => f);

const isPersonal = (typeName: string, field: string) => PERSONAL_FIELDS[typeName]?.includes(field) ?? false;

/**
 * The columns of an export of `typeName` for `role`: every stored field of the type the role may read (a withheld
 * field is left out), in the type's order (id first, version and timestamps last), and each reference as the referenced record's code (or reference,
 * registration number…) and name. Computed fields (indicators, child lists) are for the API, not the file.
 */
export function exportPlan(schema: GraphQLSchema, meta: (typeName: string) => EntityMetadata, typeName: string, role: Role): ExportPlan {
  const type = schema.getType(typeName) as GraphQLObjectType;
  const columns: ExportColumn[] = [];
  const personal = new Map<string, PersonalRead>();
  const readPersonal = (entityName: string, field: string, via?: string) => {
    const key = `${entityName}:${via ?? ''}`;
    const read = personal.get(key) ?? { entityName, fields: [], via };
    read.fields.push(field);
    personal.set(key, read);
  };
  for (const field of inFileOrder(Object.values(type.getFields()))) {
    const prop = storedProperty(schema, meta(typeName), typeName, field);
    if (!prop || isRestricted(role, typeName, field.name)) continue;
    const header = columnLabel(typeName, field.name);
    const target = getNamedType(field.type);
    if (prop.kind === ReferenceKind.SCALAR) {
      columns.push({ header, path: [field.name], ...kindOf(field.type) });
      if (isPersonal(typeName, field.name)) readPersonal(typeName, field.name);
      continue;
    }
    if (!(target instanceof GraphQLObjectType)) continue;
    const readable = (name: string) => {
      const f = target.getFields()[name];
      return f &&
        getNamedType(f.type) instanceof GraphQLScalarType &&
        !isRestricted(role, target.name, name) &&
        storedProperty(schema, meta(target.name), target.name, f)
        ? f
        : undefined;
    };
    const human = humanKeyProperty(meta(target.name));
    const naming = human && readable(human) ? human : 'id';
    const describing = DESCRIBING_FIELDS.find((name) => name !== naming && readable(name));
    columns.push({ header, path: [field.name, naming], kind: 'text', list: false });
    if (isPersonal(target.name, naming)) readPersonal(target.name, naming, field.name);
    if (describing) {
      columns.push({
        header: `${header} (${columnLabel(target.name, describing).toLowerCase()})`,
        path: [field.name, describing],
        kind: 'text',
        list: false,
      });
      if (isPersonal(target.name, describing)) readPersonal(target.name, describing, field.name);
    }
  }
  return { columns, personal: [...personal.values()] };
}

/**
 * The columns as the read path compiles them: dates as ISO text, times as Paris wall-clock text (PostgreSQL formats
 * them faster than Node, and no time zone is left to guess), everything else as stored.
 */
export const flatColumns = (columns: ExportColumn[]): FlatColumn[] =>
  columns.map(({ path, kind }) => ({
    path,
    as:
      kind === 'date'
        ? (c) => `${c}::text`
        : kind === 'datetime'
          ? (c) => `to_char(${c} at time zone 'Europe/Paris', 'YYYY-MM-DD HH24:MI:SS')`
          : undefined,
  }));
