/**
 * What an audit entry changed, in words a civil servant reads: the kind of each field comes from the
 * schema (a reference to a `Service`, a `Population` enum, a `Date`…), so that a value is shown as the
 * referenced record's name, the enum's French label or a French date, never as a UUID or a code.
 */
import { getNamedType, isEnumType, isObjectType, type GraphQLField } from 'graphql';
import type { AuditEntry } from '../dataProvider/audit';
import { schema } from '../dataProvider/schema';
import { frDate, frDateTime, frNumber } from '../shared/french';

export type FieldKind =
  | { kind: 'reference'; type: string }
  | { kind: 'enum'; enumName: string }
  | { kind: 'date' | 'datetime' | 'boolean' | 'number' | 'text' | 'json' };

/** Bookkeeping the trail keeps but nobody reads. */
const IGNORED = new Set(['id', 'version', 'createdAt', 'updatedAt']);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const fieldOf = (type: string, key: string): GraphQLField<unknown, unknown> | undefined => {
  const t = schema.getType(type);
  return isObjectType(t) ? t.getFields()[key] : undefined;
};

/** The kind of `type.key` in the schema; a property the schema does not expose is read as text (dates recognised by shape). */
export const fieldKind = (type: string, key: string): FieldKind => {
  const field = fieldOf(type, key);
  if (!field) return { kind: 'text' };
  const named = getNamedType(field.type);
  if (isEnumType(named)) return { kind: 'enum', enumName: named.name };
  if (isObjectType(named)) return 'id' in named.getFields() ? { kind: 'reference', type: named.name } : { kind: 'json' };
  switch (named.name) {
    case 'Date':
      return { kind: 'date' };
    case 'DateTime':
      return { kind: 'datetime' };
    case 'Boolean':
      return { kind: 'boolean' };
    case 'Int':
    case 'Float':
      return { kind: 'number' };
    case 'JSONObject':
      return { kind: 'json' };
    default:
      return { kind: 'text' };
  }
};

export interface Change {
  key: string;
  kind: FieldKind;
  before: unknown;
  after: unknown;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields an entry changed. A creation lists the values given (not the empty ones), a deletion the
 * values the record had, an update every field whose value differs.
 */
export const changesOf = (type: string, entry: Pick<AuditEntry, 'action' | 'before' | 'after'>): Change[] => {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !IGNORED.has(key));
  return keys
    .filter((key) => {
      if (entry.action === 'CREATE') return !isEmpty(after[key]);
      if (entry.action === 'DELETE') return !isEmpty(before[key]);
      return !same(before[key], after[key]);
    })
    .map((key) => ({ key, kind: fieldKind(type, key), before: before[key], after: after[key] }));
};

/**
 * A list column of enums or references as older trail entries hold it: PostgreSQL's array literal
 * (`{OTHER_ADMINISTRATION,POLICE_ACTIVE}`), read back as the list it is. Elements are codes and UUIDs: no quoting to undo.
 */
const PG_ARRAY = /^\{(.*)\}$/;
const asList = (kind: FieldKind, value: unknown): unknown => {
  if (typeof value !== 'string' || (kind.kind !== 'enum' && kind.kind !== 'reference')) return value;
  const literal = PG_ARRAY.exec(value);
  return literal ? literal[1].split(',').filter(Boolean) : value;
};

const idsOf = (kind: FieldKind, raw: unknown): string[] => {
  const value = asList(kind, raw);
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
};

/** The records the entries point to, by GraphQL type: what one request must read to name them. */
export const referencesOf = (type: string, entries: Pick<AuditEntry, 'action' | 'before' | 'after'>[]): Map<string, string[]> => {
  const wanted = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const change of changesOf(type, entry)) {
      if (change.kind.kind !== 'reference') continue;
      const ids = wanted.get(change.kind.type) ?? new Set<string>();
      for (const id of [...idsOf(change.kind, change.before), ...idsOf(change.kind, change.after)]) ids.add(id);
      wanted.set(change.kind.type, ids);
    }
  }
  return new Map([...wanted].filter(([, ids]) => ids.size > 0).map(([t, ids]) => [t, [...ids].sort()]));
};

export interface ValueWords {
  translate: (key: string, options?: Record<string, unknown>) => string;
  /** The human name of a referenced record, or undefined when the caller cannot read it (deleted, out of scope). */
  nameOf: (type: string, id: string) => string | undefined;
}

/** One value of a change, in French. */
export const formatValue = (kind: FieldKind, raw: unknown, words: ValueWords): string => {
  const value = asList(kind, raw);
  if (isEmpty(value)) return words.translate('app.audit.emptyValue');
  if (Array.isArray(value)) return value.map((v) => formatValue(kind, v, words)).join(', ');
  switch (kind.kind) {
    case 'reference':
      return words.nameOf(kind.type, String(value)) ?? words.translate('app.audit.unreadableRecord');
    case 'enum':
      return words.translate(`enums.${kind.enumName}.${String(value)}`, { _: String(value) });
    case 'boolean':
      return words.translate(value ? 'app.audit.yes' : 'app.audit.no');
    case 'number':
      return typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(String(value)) ? frNumber(Number(value)) : String(value);
    case 'date':
      return frDate(String(value).slice(0, 10));
    case 'datetime':
      return frDateTime(String(value));
    case 'json':
      return typeof value === 'object'
        ? Object.entries(value as Record<string, unknown>)
            .map(([k, v]) => `${k} : ${formatValue({ kind: 'text' }, v, words)}`)
            .join(', ')
        : String(value);
    default: {
      if (typeof value === 'boolean') return formatValue({ kind: 'boolean' }, value, words);
      if (typeof value === 'number') return frNumber(value);
      const text = String(value);
      if (ISO_DAY.test(text)) return frDate(text);
      if (ISO_TIME.test(text)) return frDateTime(text);
      return text;
    }
  }
};

/**
 * The French label of a field of `resource`: its own label (`resources.<resource>.fields.<key>`, or the
 * `<key>Id` input's label for a reference), else the trail's labels of fields no form shows.
 */
export const fieldLabel = (resource: string, key: string, translate: ValueWords['translate']): string => {
  for (const candidate of [`resources.${resource}.fields.${key}`, `resources.${resource}.fields.${key}Id`, `app.audit.fields.${key}`]) {
    const text = translate(candidate, { _: '' });
    if (text && text !== candidate) return text;
  }
  return translate('app.audit.otherField');
};
