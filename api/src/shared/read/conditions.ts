import { type EntityMetadata, type EntityProperty, RawQueryFragment, ReferenceKind } from '@mikro-orm/core';

/** A selection, filter or condition the compiled read path cannot express: the request falls back to the ORM path. */
export class Uncompilable extends Error {}

/**
 * The text of one SQL statement being built and its bound values (`$n` placeholders; a list is one array value),
 * so that the text depends on the shape of the request only and PostgreSQL can keep its plan (prepared statement).
 */
export class Statement {
  readonly params: unknown[] = [];
  /** The ORM's raw fragments the statement took in (`raw()` keys are registered until used; see `release`). */
  private readonly fragments = new Set<string>();
  private aliases = 0;

  /** A raw fragment of a condition (MikroORM `raw()`, e.g. the search `q`), on the row `alias`, its `?` bound here. */
  fragment(key: string, alias: string): string {
    const fragment = RawQueryFragment.getKnownFragment(key, false);
    if (!fragment) throw new Uncompilable('raw fragment');
    this.fragments.add(key);
    let next = 0;
    return fragment.sql.replaceAll(ALIAS, alias).replace(/\?/g, () => this.bind(fragment.params[next++]));
  }

  /** Whether the statement took in a raw fragment (made for one request: its text is not to be reused). */
  get usedFragments(): boolean {
    return this.fragments.size > 0;
  }

  /** Forgets the raw fragments taken in (the ORM forgets those it uses). */
  release(): void {
    for (const key of this.fragments) RawQueryFragment.remove(key);
  }

  bind(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  alias(prefix: string): string {
    return `${prefix}${++this.aliases}`;
  }
}

/** A set of values given as SQL (e.g. the caller's departments), for `$in` in conditions rendered by the compiled read path. */
export class SqlSet {
  constructor(readonly render: (q: Statement) => string) {}
}

/** Where MikroORM's raw fragments made with an alias callback put the alias. */
const ALIAS = '[::alias::]';

export const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** The column of a scalar or owning to-one property (its foreign key). */
export function columnOf(meta: EntityMetadata, property: string): string {
  const prop = meta.properties[property as never] as EntityProperty | undefined;
  if (!prop?.fieldNames?.length || prop.persist === false || prop.formula) throw new Uncompilable(`${meta.className}.${property}`);
  return prop.fieldNames[0];
}

/** A property stored in a column of its entity's own table (a scalar, or an owning to-one's foreign key). */
export const isStored = (p: EntityProperty) =>
  (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)) &&
  p.persist !== false &&
  !p.formula &&
  p.fieldNames?.length === 1;

/** The stored properties the ORM reads of an entity (not the lazy ones, the stored search copies): what `em.map` takes. */
export const entityProperties = (meta: EntityMetadata): EntityProperty[] =>
  Object.values(meta.properties as Record<string, EntityProperty>).filter((p) => isStored(p) && !p.lazy);

const isToOne = (prop: EntityProperty) => prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner);
const isOperatorObject = (value: object) => Object.keys(value).some((k) => k.startsWith('$'));
const plain = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
/** An entity given as a value stands for its primary key. */
const scalar = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && 'id' in value ? (value as { id: unknown }).id : value;

function inList(q: Statement, column: string, values: unknown[], negate = false): string {
  if (!values.length) return negate ? 'true' : 'false';
  return negate ? `${column} <> all(${q.bind(values.map(scalar))})` : `${column} = any(${q.bind(values.map(scalar))})`;
}

const COMPARISONS: Record<string, string> = { $lt: '<', $lte: '<=', $gt: '>', $gte: '>=', $like: 'like', $ilike: 'ilike' };

/** `column` compared with a condition value: a scalar, null, an array (IN) or an operator object. */
function valueSql(q: Statement, column: string, value: unknown): string {
  if (value === null) return `${column} is null`;
  if (Array.isArray(value)) return inList(q, column, value);
  if (!plain(value)) return `${column} = ${q.bind(scalar(value))}`;
  const parts = Object.entries(value as Record<string, unknown>).map(([op, operand]) => {
    if (op === '$eq') return valueSql(q, column, operand);
    if (op === '$ne') return operand === null ? `${column} is not null` : `${column} is distinct from ${q.bind(scalar(operand))}`;
    if (op === '$in') return operand instanceof SqlSet ? `${column} in (${operand.render(q)})` : inList(q, column, operand as unknown[]);
    if (op === '$nin') return inList(q, column, operand as unknown[], true);
    if (COMPARISONS[op]) return `${column} ${COMPARISONS[op]} ${q.bind(scalar(operand))}`;
    throw new Uncompilable(op);
  });
  return parts.length === 1 ? parts[0] : `(${parts.join(' and ') || 'true'})`;
}

/**
 * A MikroORM condition (the shape of `FilterQuery`: properties, `$and`/`$or`/`$not`, operators, nested to-one
 * relations) as an SQL predicate on the row `alias` of `meta`'s table. The same condition objects drive the ORM
 * (filters, `find`) and the compiled read path, so the access policy and the list filters exist once.
 */
export function conditionSql(q: Statement, meta: EntityMetadata, alias: string, condition: unknown): string {
  if (condition === undefined || condition === null) return 'true';
  if (!plain(condition)) throw new Uncompilable('condition');
  const parts: string[] = [];
  for (const [key, value] of Object.entries(condition as Record<string, unknown>)) {
    if (RawQueryFragment.isKnownFragment(key)) {
      // A raw condition with no value compared (`{ [raw(...)]: [] }`): the fragment is the predicate.
      if (!Array.isArray(value) || value.length) throw new Uncompilable('raw fragment with a value');
      parts.push(q.fragment(key, alias));
      continue;
    }
    if (key.includes('.')) {
      // A dotted path (`department.code`) is the nested form of the same condition.
      const [head, ...rest] = key.split('.');
      parts.push(conditionSql(q, meta, alias, { [head]: { [rest.join('.')]: value } }));
      continue;
    }
    if (key === '$and' || key === '$or') {
      const list = (value as unknown[]).map((c) => conditionSql(q, meta, alias, c));
      parts.push(list.length ? `(${list.join(key === '$and' ? ' and ' : ' or ')})` : key === '$and' ? 'true' : 'false');
      continue;
    }
    if (key === '$not') {
      parts.push(`not (${conditionSql(q, meta, alias, value)})`);
      continue;
    }
    const prop = meta.properties[key as never] as EntityProperty | undefined;
    if (!prop) throw new Uncompilable(`${meta.className}.${key}`);
    if (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.EMBEDDED) {
      parts.push(valueSql(q, `${alias}.${quote(columnOf(meta, key))}`, value));
    } else if (isToOne(prop)) {
      const fk = `${alias}.${quote(columnOf(meta, key))}`;
      if (plain(value) && !isOperatorObject(value as object)) {
        // A condition on the referenced row: it must exist and meet it.
        const target = prop.targetMeta!;
        const t = q.alias('c');
        parts.push(
          `exists (select 1 from ${quote(target.tableName)} ${t} where ${t}.${quote(columnOf(target, target.primaryKeys[0]))} = ${fk} and ${conditionSql(q, target, t, value)})`,
        );
      } else {
        parts.push(valueSql(q, fk, value));
      }
    } else {
      throw new Uncompilable(`${meta.className}.${key}`);
    }
  }
  return parts.length ? parts.join(' and ') : 'true';
}
