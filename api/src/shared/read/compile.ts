import type { EntityMetadata, EntityProperty } from '@mikro-orm/core';
import { ReferenceKind } from '@mikro-orm/core';
import {
  type FieldNode,
  getNamedType,
  getNullableType,
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLID,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  GraphQLString,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Access } from '../../access/access';
import { entities } from '../../mikro-orm.config';
import { isRestricted, PERSONAL_FIELDS } from '../../access/policy';
import { Role } from '../../access/roles';
import type { Context } from '../../context';
import { validOn } from '../dated';
import { nestedLimit, type SortInput } from '../list';
import { DateScalar, type IsoDate, today } from '../scalars';
import { isFieldResolver } from '../schema-fields';
import { computedAsRecorded, hasHistory, recordedRelation } from '../history/recorded';
import {
  asOfRelationSql,
  keysOnSql,
  readsVersions,
  versionedColumns,
  versionedSpecOf,
  versionsOverSql,
  walksVersions,
} from '../versions/versioned';
import { columnOf, conditionSql, entityProperties, quote, Statement, Uncompilable } from './conditions';
import { ReplicaConnection } from '../../db/replicas/routing-driver';
import { currentRequest } from '../request-scope';
import { logValues, type PageLog, pageLogCte } from './access-log-sql';
import { answerPage, reachesPersonal, splicedAnswer, withheldMarkSql } from './answer';
import { runPrepared, runPreparedWrite } from './prepared';
import { type ChildList, READ, type ReadDeclaration } from './read-fields';

/**
 * The GraphQL types the compiled read path serves: every entity (its GraphQL type has the entity's name). What a
 * selection asks that the compiler cannot express (a condition on a collection, a many-to-many field without its
 * resolver…) makes that root field read by the ORM path as before.
 */
export const COMPILED_TYPES = new Set(entities.map((e) => e.name));

/** The key of a compiled object's own id (or 0 for a page): no GraphQL name can start with `$`. */
export const ROW_ID = '$';
/**
 * The field of a record's id (its primary key, `id` on every entity the schema shows). A compiled object does not
 * repeat it under the field's response keys: it answers from `ROW_ID` (`answer.ts`, `compiled-rows.ts`). A tree of
 * 3,000 objects was 150 kB more JSON for PostgreSQL to write and Node to decode, parse and collect (issue 11).
 */
export const ID_FIELD = 'id';
/** The key of a compiled object's database row, when a computed field of it is selected (its resolver runs on that entity). */
export const ROW_ENTITY = '$e';

/** Marks a reference the caller may not read (its foreign key is set, its row out of scope): it answers null, noted as withheld. */
export const WITHHELD_MARK = '$w';

/** json_build_object takes at most 100 arguments. */
const MAX_PAIRS = 50;

interface Env {
  q: Statement;
  /** The versioned row sources of the statement (see `Relations`). */
  relations: Relations;
  ctx: Context;
  access: Access;
  schema: GraphQLSchema;
  schemaType(name: string): GraphQLObjectType;
  /** Read as the registry recorded it at this instant (every table from its history), else as it is now. */
  recordedAt?: Date;
  /**
   * The day whose versions the rows show (a versioned record's name, tree…: shared/versions/): the nearest `asOf`
   * of the read, a nested list's own or else its parent's; none, today's values (the main tables).
   */
  asOf?: IsoDate;
  /** The personal fields the statement reads (shared by the copies of `env` made below). */
  personal: PersonalFields;
}

/**
 * The personal fields a statement reads: those of the page's own rows (field → its column on the page's row), which
 * the statement can log itself (`access-log-sql.ts`); and whether any is read elsewhere (below the page's rows, or by
 * a resolver after the statement), in which case `PersonalReads` logs the request as before.
 */
interface PersonalFields {
  page: Map<string, string>;
  elsewhere: boolean;
}

/** How a read sees the tables: as recorded at an instant (transaction time), with the versions in force on a day (valid time). */
type Time = Pick<Env, 'q' | 'ctx' | 'recordedAt' | 'asOf'> & { relations: Relations };

/**
 * The versioned row sources of a statement, decided once its text is complete (`resolveRelations`): a table is joined
 * with its versions only where the statement reads one of its versioned columns — a count or a page of ids as of a
 * day costs what it did.
 */
type Relations = Map<string, { alias: string; meta: EntityMetadata; asOf: IsoDate; recordedAt?: Date; carried?: boolean }>;

type Fields = Record<string, ResolveTree>;

const metaOf = (ctx: Context, typeName: string): EntityMetadata => {
  if (!COMPILED_TYPES.has(typeName)) throw new Uncompilable(typeName);
  return ctx.em.getMetadata().get(typeName);
};

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The policy's condition on `meta`'s rows (none for unscoped types or principals), as SQL on `alias`. */
async function scopeSql(env: Env, meta: EntityMetadata, alias: string): Promise<string> {
  return scopeOn(env.q, env.access, meta, alias);
}

const scopeOn = async (q: Statement, access: Access, meta: EntityMetadata, alias: string) =>
  conditionSql(q, meta, alias, await access.condition(meta.className, { inline: true }));

/** `table` as the read sees it: the table itself, or its history as recorded at `recordedAt` (shared/history). */
function sourceOf(q: Statement, table: string, recordedAt?: Date): string {
  if (!recordedAt) return quote(table);
  if (!hasHistory(table)) throw new Uncompilable(`${table}: no history`);
  return recordedRelation(q, table, recordedAt);
}

/**
 * The row source of `meta`'s table, read as `alias`: the table (or its history as recorded at `recordedAt`); for a
 * versioned record read as of a day, its row with the versions in force that day (shared/versions), so that every
 * column, condition, order and nested level below reads the record as it was. The latter is a placeholder until the
 * statement is complete (`resolveRelations`).
 */
function tableOf(time: Time, meta: EntityMetadata, alias: string, carried = false): string {
  const { q, recordedAt, asOf } = time;
  if (recordedAt && !hasHistory(meta.tableName)) throw new Uncompilable(`${meta.tableName}: no history`);
  if (!readsVersions(asOf) || !versionedSpecOf(meta.className)) return sourceOf(q, meta.tableName, recordedAt);
  const token = `\u0001${time.relations.size}\u0001`;
  time.relations.set(token, { alias, meta, asOf: asOf!, recordedAt, carried });
  return token;
}

/** The statement with its versioned row sources: joined with the versions where it reads a versioned column, else the table. */
function resolveRelations(sql: string, time: Time): string {
  const { q, ctx } = time;
  const metadata = ctx.em.getMetadata();
  let out = sql;
  for (const [token, { alias, meta, asOf, recordedAt, carried }] of time.relations) {
    const spec = versionedSpecOf(meta.className)!;
    const relation = readsColumns(out, alias, versionedColumns(metadata, spec))
      ? asOfRelationSql(metadata, spec, `${q.bind(asOf)}::date`, (table) => sourceOf(q, table, recordedAt), carried)
      : sourceOf(q, meta.tableName, recordedAt);
    out = out.replace(token, () => relation);
  }
  return out;
}

/** Whether `sql` reads one of `columns` of row `alias`. */
function readsColumns(sql: string, alias: string, columns: string[]): boolean {
  const names = columns.map((c) => quote(c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\w$])${alias}\\.(${names.join('|')})`).test(sql);
}

/**
 * For a page of `meta`'s rows read as `alias` (a root page or a child list) as of the read's day, whose conditions and
 * order (`choosing`, their SQL) read no versioned column while its selection (`columns`) reads some: the page is
 * chosen on the record's own table, reading only its unversioned columns there (`select`), and the versions are laid
 * over the rows it returns (`over`, `versionsOverSql`). It then costs what the current page does (its indexes, its
 * offset) plus one version looked up per returned row, where joining the versions first looks one up for every row
 * sorted or skipped. Undefined otherwise: the rows come from `tableOf`.
 */
function versionsAfter(time: Time, meta: EntityMetadata, alias: string, choosing: string[], columns: Set<string>) {
  const { q, ctx, asOf, recordedAt } = time;
  const spec = versionedSpecOf(meta.className);
  if (!spec || !readsVersions(asOf)) return undefined;
  const metadata = ctx.em.getMetadata();
  const own = versionedColumns(metadata, spec);
  if (!own.some((c) => columns.has(c)) || readsColumns(choosing.join(' '), alias, own)) return undefined;
  return {
    select: [...columns].filter((c) => !own.includes(c)),
    over: (rows: string, passThrough: string[]) =>
      versionsOverSql(metadata, spec, `${q.bind(asOf)}::date`, rows, [...columns], passThrough, (table) => sourceOf(q, table, recordedAt)),
  };
}

/** A sort key: a column, or a path through to-one references (`department.code`) as a correlated subquery. */
function sortExpr(time: Time, meta: EntityMetadata, alias: string, path: string[]): string {
  const [head, ...rest] = path;
  if (!rest.length) return `${alias}.${quote(columnOf(meta, head))}`;
  const prop = meta.properties[head as never] as EntityProperty;
  if (prop?.kind !== ReferenceKind.MANY_TO_ONE) throw new Uncompilable(path.join('.'));
  const target = prop.targetMeta!;
  const t = time.q.alias('s');
  return `(select ${sortExpr(time, target, t, rest)} from ${tableOf(time, target, t)} ${t} where ${t}.${quote(columnOf(target, target.primaryKeys[0]))} = ${alias}.${quote(columnOf(meta, head))})`;
}

/**
 * The JSON object of one row of `typeName` for the selected `fields`, reading row `alias`: the columns asked for,
 * references as correlated subqueries, child lists as correlated `json_agg` subqueries with their own order and
 * limit. Collects in `columns` what the row source must expose.
 */
async function objectSql(env: Env, typeName: string, fields: Fields, alias: string, columns: Set<string>, page = false): Promise<string> {
  const meta = metaOf(env.ctx, typeName);
  const personal = PERSONAL_FIELDS[typeName];
  const type = env.schemaType(typeName);
  const id = columnOf(meta, meta.primaryKeys[0]);
  columns.add(id);
  const pairs: string[] = [`${literal(ROW_ID)}, ${alias}.${quote(id)}`];
  let computed = false;
  for (const field of Object.values(fields)) {
    const key = literal(field.alias);
    if (field.name === '__typename') {
      pairs.push(`${key}, ${literal(typeName)}`);
      continue;
    }
    const definition = type.getFields()[field.name];
    const read = definition?.extensions?.[READ] as ReadDeclaration | undefined;
    if (read && 'rootId' in read) {
      if (env.recordedAt) throw computedAsRecorded(typeName, field.name);
      if (mayReadPersonal(env, typeName, field.name)) env.personal.elsewhere = true;
      continue; // resolved from the row's id after the statement
    }
    if (read && 'childList' in read) {
      pairs.push(`${key}, ${await childListSql(env, read.childList, field, getNamedType(definition.type).name, alias, id)}`);
      continue;
    }
    if (definition === undefined) throw new Uncompilable(`${typeName}.${field.name}`);
    const prop = meta.properties[field.name as never] as EntityProperty | undefined;
    if (
      !prop ||
      isFieldResolver(env.schema, typeName, field.name) ||
      (prop.kind !== ReferenceKind.SCALAR && prop.kind !== ReferenceKind.MANY_TO_ONE)
    ) {
      // Computed by its own resolver, after the statement, on the entity of this row (see `ROW_ENTITY`). That resolver
      // reads today's data: not what a read as recorded promises, so it is refused, naming the field.
      if (env.recordedAt) throw computedAsRecorded(typeName, field.name);
      if (mayReadPersonal(env, typeName, field.name)) env.personal.elsewhere = true;
      computed = true;
    } else if (field.name === ID_FIELD && meta.primaryKeys[0] === ID_FIELD) {
      continue; // answered from ROW_ID
    } else if (prop.kind === ReferenceKind.SCALAR) {
      const column = columnOf(meta, field.name);
      // A withheld field is not even read (the field guard answers null for it as well).
      if (isRestricted(env.access.role, typeName, field.name)) pairs.push(`${key}, null`);
      else {
        columns.add(column);
        pairs.push(`${key}, ${alias}.${quote(column)}`);
        if (personal?.includes(field.name)) {
          if (page) env.personal.page.set(field.name, `${alias}.${quote(column)}`);
          else env.personal.elsewhere = true;
        }
      }
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE) {
      const fk = columnOf(meta, field.name);
      columns.add(fk);
      pairs.push(`${key}, ${await referenceSql(env, field, getNamedType(definition.type).name, `${alias}.${quote(fk)}`)}`);
    }
  }
  if (computed) pairs.push(`${literal(ROW_ENTITY)}, ${rowSql(meta, alias, columns)}`);
  if (pairs.length > MAX_PAIRS) throw new Uncompilable(`${typeName}: ${pairs.length} fields`);
  return `json_build_object(${pairs.join(', ')})`;
}

/**
 * Whether the rows of a root page can leave as the statement's JSON text, spliced into the answer as it is
 * (`answer.ts`: no JSON parsed into objects, shaped and serialised again, issue 11). Only when every selected field
 * is one the compiled row answers with a value PostgreSQL writes exactly as graphql-js would serialise it: a
 * column of a plain scalar (a string, a boolean, a 4-byte integer, a `Date`, an enum whose names are its values,
 * the id as text), a withheld field (null), or a to-one reference whose own fields are so. A non-null field must
 * never read null (graphql-js would report it): a NOT NULL column, a reference the caller's scope cannot withhold.
 * Anything else (a computed or child list field, arguments, a personal field below the page, fragments or
 * directives) leaves the page to the shaping of `answer.ts`. Returns whether the page's rows read a personal field.
 */
async function spliceable(
  env: Env,
  typeName: string,
  set: SelectionSetNode | undefined,
  page: boolean,
): Promise<{ personal: boolean } | undefined> {
  const meta = metaOf(env.ctx, typeName);
  const type = env.schemaType(typeName);
  const fields = selected(set);
  if (!fields || fields.length > MAX_PAIRS) return undefined;
  let personal = false;
  for (const field of fields) {
    if (field.name === '__typename') continue;
    const definition = type.getFields()[field.name];
    if (!definition || definition.args.length || definition.extensions?.[READ] || isFieldResolver(env.schema, typeName, field.name))
      return undefined;
    const nonNull = definition.type instanceof GraphQLNonNull;
    if (isRestricted(env.access.role, typeName, field.name)) {
      if (nonNull) return undefined;
      continue; // null
    }
    const prop = meta.properties[field.name as never] as EntityProperty | undefined;
    if (!prop || (nonNull && prop.nullable)) return undefined;
    const leaf = getNullableType(definition.type);
    if (prop.kind === ReferenceKind.SCALAR) {
      if (field.name === ID_FIELD && meta.primaryKeys[0] === ID_FIELD) {
        if (leaf !== GraphQLID && leaf !== GraphQLString) return undefined;
        continue;
      }
      const column = (prop.columnTypes?.[0] ?? '').toLowerCase();
      const text = prop.runtimeType === 'string' && !/json/.test(column);
      const plain =
        (leaf === GraphQLString && text) ||
        (leaf === GraphQLBoolean && column === 'boolean') ||
        (leaf === GraphQLInt && /^(int|int4|integer|smallint|int2)$/.test(column)) ||
        (leaf === DateScalar && column === 'date') ||
        (leaf instanceof GraphQLEnumType && text && leaf.getValues().every((v) => v.value === v.name));
      if (!plain) return undefined;
      if (PERSONAL_FIELDS[typeName]?.includes(field.name)) {
        if (!page) return undefined;
        personal = true;
      }
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE) {
      const target = getNamedType(definition.type);
      if (!(leaf instanceof GraphQLObjectType) || !COMPILED_TYPES.has(target.name)) return undefined;
      if (nonNull && Object.keys(await env.access.condition(target.name, { inline: true })).length) return undefined;
      if (!(await spliceable(env, target.name, field.set, false))) return undefined;
    } else return undefined;
  }
  return { personal };
}

/** What decides whether a page may be spliced, besides its selection: a request collecting answers, the log in the statement. */
interface SpliceMode {
  answers: boolean;
  logs: boolean;
}

/** The selection of the page's rows when they leave as JSON text (`spliceable`), as this request reads them. */
async function spliceIn(
  env: Env,
  info: GraphQLResolveInfo,
  entityName: string,
  items: ResolveTree,
  mode: SpliceMode,
): Promise<SelectionSetNode | undefined> {
  // The page's own selection plain too: a fragment there could add fields to its rows.
  const page = info.fieldNodes.length === 1 ? info.fieldNodes[0].selectionSet : undefined;
  if (!mode.answers || !page?.selections.every((s) => s.kind === Kind.FIELD)) return undefined;
  const nodes = page.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === items.alias);
  if (nodes?.length !== 1 || nodes[0].directives?.length) return undefined;
  const check = await spliceable(env, entityName, nodes[0].selectionSet, true);
  // The personal fields of its rows are logged by the statement only: on a replica, `PersonalReads` needs the rows.
  return check !== undefined && (!check.personal || mode.logs) ? nodes[0].selectionSet : undefined;
}

/** A selected field of a spliced row: its response key, its name, what it selects below. */
interface Selected {
  alias: string;
  name: string;
  set?: SelectionSetNode;
}

/**
 * The fields of a plain selection (no fragment, no directive, no argument, each response key once), in its order:
 * graphql-js's own order for it. Undefined for any other selection.
 */
function selected(set: SelectionSetNode | undefined): Selected[] | undefined {
  if (!set) return undefined;
  const out: Selected[] = [];
  const keys = new Set<string>();
  for (const s of set.selections) {
    if (s.kind !== Kind.FIELD || s.directives?.length || s.arguments?.length) return undefined;
    const alias = s.alias?.value ?? s.name.value;
    if (keys.has(alias)) return undefined;
    keys.add(alias);
    out.push({ alias, name: s.name.value, set: s.selectionSet });
  }
  return out;
}

/**
 * The JSON object of a row as the answer shows it (`spliceable`): the selected fields under their response keys, in
 * the selection's order, the id as text, a withheld field null, a withheld reference as its mark (`answer.ts`
 * notes it and writes null). Collects in `columns` what the row source must expose, as `objectSql` does.
 */
async function splicedObjectSql(
  env: Env,
  typeName: string,
  set: SelectionSetNode | undefined,
  alias: string,
  columns: Set<string>,
  page = false,
): Promise<string> {
  const meta = metaOf(env.ctx, typeName);
  const type = env.schemaType(typeName);
  const id = columnOf(meta, meta.primaryKeys[0]);
  columns.add(id);
  const pairs: string[] = [];
  for (const field of selected(set)!) {
    const key = quote(field.alias);
    if (field.name === '__typename') pairs.push(`${literal(typeName)}::text as ${key}`);
    else if (isRestricted(env.access.role, typeName, field.name)) pairs.push(`null as ${key}`);
    else if (field.name === ID_FIELD && meta.primaryKeys[0] === ID_FIELD) pairs.push(`${alias}.${quote(id)}::text as ${key}`);
    else {
      const prop = meta.properties[field.name as never] as EntityProperty;
      const column = columnOf(meta, field.name);
      columns.add(column);
      if (prop.kind === ReferenceKind.SCALAR) {
        pairs.push(`${alias}.${quote(column)} as ${key}`);
        if (page && PERSONAL_FIELDS[typeName]?.includes(field.name)) env.personal.page.set(field.name, `${alias}.${quote(column)}`);
        continue;
      }
      const targetName = getNamedType(type.getFields()[field.name].type).name;
      const target = metaOf(env.ctx, targetName);
      const r = env.q.alias('r');
      const object = await splicedObjectSql(env, targetName, field.set, r, new Set());
      const fk = `${alias}.${quote(column)}`;
      const pk = quote(columnOf(target, target.primaryKeys[0]));
      const row = `(select ${object} from ${tableOf(env, target, r)} ${r} where ${r}.${pk} = ${fk} and ${await scopeSql(env, target, r)})`;
      pairs.push(
        `case when ${fk} is null then null else coalesce(${row}, ${withheldMarkSql(typeName, field.name, targetName)}) end as ${key}`,
      );
    }
  }
  // `row_to_json` over a row of named columns writes compact JSON (`"key":value`) in the columns' order, as graphql-js
  // serialises the answer, where `json_build_object` writes `"key" : value`.
  const j = env.q.alias('j');
  return `(select row_to_json(${j}) from (select ${pairs.join(', ')}) ${j})`;
}

/** Whether a field computed after the statement may read a personal field (itself, or below it), as the caller reads it. */
function mayReadPersonal(env: Env, typeName: string, name: string): boolean {
  if (isRestricted(env.access.role, typeName, name)) return false; // the field guard answers null
  const definition = env.schemaType(typeName).getFields()[name];
  return (
    PERSONAL_FIELDS[typeName]?.includes(name) === true ||
    (definition !== undefined && reachesPersonal(env.schema, getNamedType(definition.type)))
  );
}

/** Every stored column of the row, by column name: what the ORM reads of an entity, for `em.map`. */
function rowSql(meta: EntityMetadata, alias: string, columns: Set<string>): string {
  const stored = entityProperties(meta);
  if (stored.length > MAX_PAIRS) throw new Uncompilable(`${meta.className}: ${stored.length} columns`);
  for (const p of stored) columns.add(p.fieldNames[0]);
  return `json_build_object(${stored.map((p) => `${literal(p.fieldNames[0])}, ${alias}.${quote(p.fieldNames[0])}`).join(', ')})`;
}

/**
 * A many-to-one reference: the referenced row if the caller may see it; null when there is none; the withheld mark
 * when there is one the caller may not read (the field then answers null and the response says why, as the ORM path does).
 */
async function referenceSql(env: Env, field: ResolveTree, typeName: string, foreignKey: string): Promise<string> {
  const target = metaOf(env.ctx, typeName);
  const r = env.q.alias('r');
  const object = await objectSql(env, typeName, fieldsOf(field, typeName), r, new Set());
  const pk = quote(columnOf(target, target.primaryKeys[0]));
  const row = `(select ${object} from ${tableOf(env, target, r)} ${r} where ${r}.${pk} = ${foreignKey} and ${await scopeSql(env, target, r)})`;
  return `case when ${foreignKey} is null then null else coalesce(${row}, json_build_object(${literal(WITHHELD_MARK)}, true)) end`;
}

/** A child list: one page of the children of row `alias`, ordered then by id, as a JSON array. */
async function childListSql(
  env: Env,
  list: ChildList,
  field: ResolveTree,
  typeName: string,
  parent: string,
  parentId: string,
): Promise<string> {
  const args = field.args as { asOf?: IsoDate; limit?: number; offset?: number };
  // Its own date, if it has one, for the versions of its rows and of everything below them.
  if (args.asOf) env = { ...env, asOf: args.asOf };
  const { q, ctx } = env;
  const meta = metaOf(ctx, typeName);
  const c = q.alias('l');
  const source = `${c}_`;
  const columns = new Set<string>();
  const object = await objectSql(env, typeName, fieldsOf(field, typeName), c, columns);
  const order = [
    ...Object.entries(list.orderBy).map(([p, d]) => [columnOf(meta, p), d] as const),
    [columnOf(meta, meta.primaryKeys[0]), 'asc' as const],
  ];
  for (const [column] of order) columns.add(column);
  const where: string[] = [];
  const parentKey = `${parent}.${quote(parentId)}`;
  // Read in the order of an index of the versions (see `walksVersions`).
  let walk = false;
  if (args.asOf && list.history) {
    const history = ctx.em.getMetadata().get(list.history.entity.name);
    const h = q.alias('h');
    where.push(
      `exists (select 1 from ${tableOf(env, history, h)} ${h} where ${h}.${quote(columnOf(history, list.history.target))} = ${source}.${quote(columnOf(meta, meta.primaryKeys[0]))}` +
        ` and ${h}.${quote(columnOf(history, list.history.foreignKey))} = ${parentKey} and ${conditionSql(q, history, h, validOn(args.asOf))})`,
    );
  } else {
    const fk = columnOf(meta, list.foreignKey);
    const spec = versionedSpecOf(meta.className);
    const metadata = ctx.em.getMetadata();
    walk =
      !!spec &&
      readsVersions(env.asOf) &&
      !env.recordedAt &&
      walksVersions(
        metadata,
        spec,
        fk,
        order.map(([column]) => column),
      );
    if (walk) {
      // A versioned reference sorted as an index of the versions is (the services of a department by code, the
      // children of a service by name): the rows whose version in force that day points to the parent, read in
      // that index's order, up to the page's limit.
      where.push(`${source}.${quote(fk)} = ${parentKey}`);
    } else if (spec && readsVersions(env.asOf) && versionedColumns(metadata, spec).includes(fk)) {
      // A versioned reference (the services of a department, the children of a service): the rows whose version in
      // force that day points to the parent, read by their key.
      const keys = keysOnSql(ctx.em.getMetadata(), spec, `${q.bind(env.asOf)}::date`, fk, parentKey, (table) =>
        sourceOf(q, table, env.recordedAt),
      );
      where.push(`${source}.${quote(columnOf(meta, meta.primaryKeys[0]))} = any(${keys})`);
    } else where.push(`${source}.${quote(fk)} = ${parentKey}`);
    if (args.asOf) where.push(conditionSql(q, meta, source, validOn(args.asOf)));
  }
  where.push(await scopeSql(env, meta, source));
  const page = args.limit === undefined ? '' : pagingSql(q, nestedLimit(args.limit, ctx.config.maxPageSize), args.offset);
  const offset = args.limit === undefined && args.offset ? ` offset ${q.bind(args.offset)}` : '';
  const orderIn = (a: string) => order.map(([column, d]) => `${a}.${quote(column)} ${d}`).join(', ');
  // Walked, the rows come with their versions: none to lay over them.
  const after = walk ? undefined : versionsAfter(env, meta, source, [...where, orderIn(source)], columns);
  const select = (after?.select ?? [...columns]).map((col) => `${source}.${quote(col)}`).join(', ');
  const table = after ? sourceOf(q, meta.tableName, env.recordedAt) : tableOf(env, meta, source, walk);
  const rows = `(select ${select} from ${table} ${source} where ${where.join(' and ')} order by ${orderIn(source)}${page}${offset})`;
  return `(select coalesce(json_agg(${object} order by ${orderIn(c)}), '[]'::json) from ${after ? after.over(rows, []) : rows} ${c})`;
}

/** The selected fields of a field's object type (fragments and aliases merged by graphql-parse-resolve-info). */
const fieldsOf = (field: ResolveTree, typeName: string): Fields => field.fieldsByTypeName[typeName] ?? {};

/** The sort keys of a root list: the requested ones (columns or to-one paths), then the id. */
function sortKeys(time: Time, meta: EntityMetadata, alias: string, sort: SortInput[] | undefined) {
  return [
    ...(sort ?? []).map((s) => ({ expr: sortExpr(time, meta, alias, s.field.split('.')), order: s.order.toLowerCase() })),
    { expr: `${alias}.${quote(columnOf(meta, meta.primaryKeys[0]))}`, order: 'asc' },
  ];
}

export interface CompiledListArgs {
  offset: number;
  limit: number;
  sort?: SortInput[];
  /** The conditions hold a text search its indexes serve: its matches are read first, then sorted (`search.ts`). */
  matchesFirst?: boolean;
  /** Every condition of the list (filter, asOf), scope apart. */
  conditions: object[];
  /** Read as the registry recorded it at this instant (national administration only: checked by the caller). */
  recordedAt?: Date;
  /** The list's `asOf`: its rows' versioned attributes as in force that day (the validity condition is in `conditions`). */
  asOf?: IsoDate;
}

/**
 * A root list (`items`, `totalCount`) read in ONE statement shaped by the selection: the page's rows with only the
 * selected columns, their references and child lists inside, and the count only when `totalCount` is selected.
 * Returns null when the selection has something the compiled path does not serve (the ORM path reads it then).
 */
export async function compiledList(
  ctx: Context,
  info: GraphQLResolveInfo,
  entityName: string,
  args: CompiledListArgs,
): Promise<Record<string, unknown> | null> {
  const q = new Statement();
  try {
    return await compileAndRun(q, ctx, info, entityName, args);
  } catch (error) {
    if (error instanceof Uncompilable) return null;
    throw error;
  } finally {
    q.release();
  }
}

/** A root list's statement, as compiled for one selection: its text, its values and the page's response keys. */
interface Plan {
  sql: string;
  params: unknown[];
  keys: string[];
  /**
   * Whether it may run as a named prepared statement (planned once per connection). Not a text search: its text is
   * the same for every `q`, so after five runs on a connection PostgreSQL may keep one generic plan for all, in which
   * the pattern is unknown. That plan guesses how many rows match (1,500 per column instead of 10,795 for « mar » on
   * the national data), runs in parallel workers (new processes, each reading its pages for the first time) and
   * unaccents the pattern again for every row it checks: about 330 ms instead of 45 ms, from the sixth search of a
   * connection on (random_page_cost 1.1 made it look the cheaper plan). Unnamed, a search is planned with its text
   * every time (about 1 ms).
   */
  named: boolean;
  /** The same statement logging the page's personal fields itself, when nothing else of the request reads any. */
  log?: PageLog;
  /** The response key of the page's rows when they come as JSON text, spliced into the answer (`spliceable`). */
  spliced?: string;
}

/** Plans kept per selection (one per set of variables and caller: the pages of a scrolled list differ by their offset). */
const MAX_PLANS_PER_SELECTION = 64;
const plans = new WeakMap<FieldNode, Map<string, Plan>>();

/**
 * What a plan depends on besides the selection (the document's own field node, the same object for every request of
 * a document: Apollo keeps the parsed documents): the variables, the list, who reads and the days that decide which
 * rows and versions are read (the access's day, today). Who reads is the whole principal, not the parts today's
 * policy reads (role, perimeter): a scope that comes to depend on another of its attributes cannot then serve one
 * caller's plan to another (a plan per account instead of per role and perimeter: a few more compilations). None
 * when the statement depends on more: a partner's scope (its conventions, read from the database) or a text search
 * (its raw fragment, made per request).
 */
function planKey(ctx: Context, info: GraphQLResolveInfo, entityName: string): string | undefined {
  const { principal, asOf } = ctx.access;
  if (principal.role === Role.PARTNER_MINISTRY || info.fieldNodes.length !== 1) return undefined;
  const variables = JSON.stringify(info.variableValues);
  if (variables.length > 2_000) return undefined;
  return [entityName, JSON.stringify(principal), asOf, today(), ctx.config.maxPageSize, variables].join('|');
}

async function compileAndRun(
  q: Statement,
  ctx: Context,
  info: GraphQLResolveInfo,
  entityName: string,
  args: CompiledListArgs,
): Promise<Record<string, unknown>> {
  // Inside a transaction the ORM's connection is the one to read on: the ORM path reads there.
  if (ctx.em.isInTransaction()) throw new Uncompilable('transaction');
  // The same selection, variables and caller make the same statement: compiled once, then reused (issue 11: compiling
  // it was a tenth of a small read's CPU).
  // The statement that logs what it reads is a write: on the primary. A request reading on a replica (read-only, as a
  // hot standby is) reads there, and its personal reads are written after it by `PersonalReads`, on the primary.
  const request = currentRequest();
  const reads = request?.personalReads;
  const logs = reads !== undefined && !(ctx.em.getConnection('read') instanceof ReplicaConnection);
  const spliceMode: SpliceMode = { answers: request?.answers !== undefined, logs };
  const planned = planKey(ctx, info, entityName);
  const key = planned === undefined ? undefined : `${Number(spliceMode.answers)}${Number(logs)}|${planned}`;
  const byKey = key === undefined ? undefined : plans.get(info.fieldNodes[0]);
  let plan = key === undefined ? undefined : byKey?.get(key);
  if (!plan) {
    plan = await compilePlan(q, ctx, info, entityName, args, spliceMode);
    if (key !== undefined && !q.usedFragments) {
      let kept = byKey;
      if (!kept) plans.set(info.fieldNodes[0], (kept = new Map()));
      if (kept.size >= MAX_PLANS_PER_SELECTION) kept.clear();
      kept.set(key, plan);
    }
  }
  const named = plan.named && ctx.config.preparedStatements !== false;
  const log = logs ? plan.log : undefined;
  const [row] = log
    ? await runPreparedWrite(ctx.em, log.sql, [...plan.params, ...logValues(ctx.principal, ctx.requestId)], { named })
    : await runPrepared(ctx.em, plan.sql, plan.params, { named });
  // Written with the rows: graphql-js noting them again (a row it resolves itself) writes nothing more.
  if (log) reads!.cover(log.entityName, log.fields);
  const page: Record<string, unknown> = { [ROW_ID]: 0 };
  for (const alias of plan.keys) page[alias] = row[alias];
  if (plan.spliced !== undefined) {
    splicedAnswer(request!, [String(info.path.key), plan.spliced], row[plan.spliced] as string);
    page[plan.spliced] = [];
  }
  return answerPage(info, page, ctx);
}

/** The statement of a root list for this selection (see `compiledList`). */
async function compilePlan(
  q: Statement,
  ctx: Context,
  info: GraphQLResolveInfo,
  entityName: string,
  args: CompiledListArgs,
  spliceMode: SpliceMode,
): Promise<Plan> {
  const pageType = getNamedType(info.returnType) as GraphQLObjectType;
  const tree = parseResolveInfo(info) as ResolveTree | null;
  if (!tree) throw new Uncompilable('selection');
  const env: Env = {
    q,
    ctx,
    access: ctx.access,
    schema: info.schema,
    schemaType: (name) => info.schema.getType(name) as GraphQLObjectType,
    recordedAt: args.recordedAt,
    asOf: args.asOf,
    relations: new Map(),
    personal: { page: new Map(), elsewhere: false },
  };
  const meta = metaOf(ctx, entityName);
  const where = (alias: string) => listWhereSql(q, ctx, meta, alias, args.conditions);
  // One column per field of the page rather than one JSON object: wrapping the page's JSON (a tree's hundreds of
  // kilobytes) into another object costs PostgreSQL a quarter of read b's statement.
  const columns: string[] = [];
  const pageFields = Object.values(tree.fieldsByTypeName[pageType.name] ?? {});
  const pages = pageFields.filter((field) => field.name === 'items');
  // The page's rows as a CTE, when the statement can log what it reads of them (`access-log-sql.ts`).
  let logged: { cte: string; order: string; alias: string } | undefined;
  let spliced: string | undefined;
  for (const field of pageFields) {
    const key = quote(field.alias);
    if (field.name === '__typename') columns.push(`${literal(pageType.name)} as ${key}`);
    else if (field.name === 'totalCount') {
      const t = q.alias('t');
      columns.push(`(select count(*)::int from ${tableOf(env, meta, t)} ${t} where ${await where(t)}) as ${key}`);
    } else if (field.name === 'items') {
      const splice = pages.length === 1 && logsItself(info) ? await spliceIn(env, info, meta.className, field, spliceMode) : undefined;
      if (splice) spliced = field.alias;
      const page = await pageSql(env, meta, field, args, where, splice);
      if (pages.length === 1 && env.personal.page.size && !env.personal.elsewhere && logsItself(info)) {
        logged = { cte: `with ${page.alias} as ${page.rows}`, order: page.order, alias: page.alias };
        columns.push(`${page.json(page.alias)} as ${key}`);
      } else columns.push(`${page.json(`${page.rows} ${page.alias}`)} as ${key}`);
    } else throw new Uncompilable(`${pageType.name}.${field.name}`);
  }
  const select = `select ${columns.length ? columns.join(', ') : '1'}`;
  // One text to resolve (its versioned row sources bound once), parted again: the CTE of the rows, the select.
  const [head, sql] = logged ? resolveRelations(`${logged.cte}\u0002${select}`, env).split('\u0002') : ['', resolveRelations(select, env)];
  const plan: Plan = {
    sql: logged ? `${head} ${sql}` : sql,
    params: q.params,
    keys: pageFields.map((field) => field.alias),
    // The raw fragments the statement takes in are the text search's (`searchCondition`).
    named: !q.usedFragments,
    spliced,
  };
  if (logged) {
    const id = quote(columnOf(meta, meta.primaryKeys[0]));
    // Read from the table itself (not as of a day or as recorded, whose versions and history rows are other tables).
    const neverNull =
      !args.asOf &&
      !args.recordedAt &&
      [...env.personal.page.keys()].every((f) => (meta.properties[f as never] as EntityProperty).nullable !== true);
    const first = q.params.length + 1;
    const cte = pageLogCte(
      ctx.em,
      meta.className,
      logged.alias,
      id,
      env.personal.page,
      logged.order,
      first,
      ctx.config.accessLogCommit,
      neverNull,
    );
    plan.log = { sql: `${head}, ${cte} ${sql}`, entityName: meta.className, fields: [...env.personal.page.keys()].sort() };
  }
  return plan;
}

/**
 * Whether the statement of this root field may write the request's access log: the only field of a query (with more,
 * each would write its own line, where `PersonalReads` writes one insert for the request).
 */
function logsItself(info: GraphQLResolveInfo): boolean {
  const roots = info.operation.selectionSet.selections;
  return info.operation.operation === 'query' && info.path.prev === undefined && roots.length === 1 && roots[0].kind === Kind.FIELD;
}

/**
 * ` limit N offset $k` with the limit written in the text, not bound: PostgreSQL plans a limit it cannot read (a
 * parameter) for a tenth of the rows (planner.c, `preprocess_limit`), so the generic plan of a page of a few rows
 * read in an index's order cost more than a custom one, and every execution was planned again (peer bench read a at
 * 10 connections, its statement alone: 960 → 1,310 per second once planned once). With a written limit, PostgreSQL
 * keeps the generic plan after its five custom ones when it costs no more than they did. The offset, unbounded, stays a parameter, written only past the first page:
 * the first page of a shape is planned once; the next ones, fewer, are planned per execution as before. A limit is a
 * validated integer (at most `maxPageSize`): a statement per shape and page size.
 */
function pagingSql(q: Statement, limit: number, offset: number | undefined): string {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Uncompilable(`limit ${limit}`);
  return ` limit ${limit}${offset ? ` offset ${q.bind(offset)}` : ''}`;
}

/** The rows of the page: filtered, scoped, sorted (then by id), limited, then turned into JSON in that order. */
async function pageSql(
  env: Env,
  meta: EntityMetadata,
  field: ResolveTree,
  args: CompiledListArgs,
  where: (alias: string) => Promise<string>,
  spliced?: SelectionSetNode,
): Promise<{ rows: string; alias: string; order: string; json: (from: string) => string }> {
  const { q } = env;
  const e = q.alias('p');
  const source = `${e}_`;
  const columns = new Set<string>();
  const fields = fieldsOf(field, meta.className);
  const object = spliced
    ? await splicedObjectSql(env, meta.className, spliced, e, columns, true)
    : await objectSql(env, meta.className, fields, e, columns, true);
  const keys = sortKeys(env, meta, source, args.sort);
  const exposed = keys.map((k, i) => `${k.expr} as "$o${i}"`);
  const filter = await where(source);
  const order = (a: string, byName: boolean) => keys.map((k, i) => `${byName ? `${a}."$o${i}"` : k.expr} ${k.order}`).join(', ');
  const after = versionsAfter(env, meta, source, [filter, order(source, false)], columns);
  const select = [...(after?.select ?? [...columns]).map((col) => `${source}.${quote(col)}`), ...exposed].join(', ');
  const table = after ? sourceOf(q, meta.tableName, env.recordedAt) : tableOf(env, meta, source);
  // `offset 0` keeps the matches a subquery of their own, read before the sort (see CompiledListArgs.matchesFirst).
  const rows = args.matchesFirst
    ? `(select * from ${table} ${source} where ${filter} offset 0) ${source}`
    : `${table} ${source} where ${filter}`;
  const paged = `(select ${select} from ${rows} order by ${order(source, false)}${pagingSql(q, args.limit, args.offset)})`;
  const exposedNames = keys.map((_, i) => `$o${i}`);
  return {
    rows: after ? after.over(paged, exposedNames) : paged,
    alias: e,
    order: order(e, true),
    // `from`: the rows as a subquery named `e`, or the CTE `e`.
    json: spliced
      ? (from) => `(select coalesce(json_agg(${object} order by ${order(e, true)})::text, '[]') from ${from})`
      : (from) => `(select coalesce(json_agg(${object} order by ${order(e, true)}), '[]'::json) from ${from})`,
  };
}

/** The predicate of a root list's rows on `alias`: its conditions (filter, asOf) and the caller's scope, as SQL. */
export async function listWhereSql(q: Statement, ctx: Context, meta: EntityMetadata, alias: string, conditions: object[]): Promise<string> {
  return conditionSql(q, meta, alias, { $and: [...conditions, await ctx.access.condition(meta.className, { inline: true })] });
}

/** A column of a flat row: a stored field of the listed record, or of the record one of its references points to. */
export interface FlatColumn {
  /** `['lastName']`, or `['service', 'code']`. */
  path: [string] | [string, string];
  /** The SQL of the value from the column's (e.g. a date as text); the column itself by default. */
  as?: (column: string) => string;
}

/**
 * Every row of a root list as plain columns, in `columns`' order (no JSON: for a file of 300,000 rows, building and
 * parsing a JSON object per row costs more than the rest of the export): the same conditions, scope and order as
 * the list, a withheld field read as null, and each reference joined once (left join on the referenced row, which
 * only matches when the caller may see it). Throws `Uncompilable` for a path it cannot express.
 */
export async function compiledFlatRowsSql(
  q: Statement,
  ctx: Context,
  entityName: string,
  columns: FlatColumn[],
  args: { sort?: SortInput[]; conditions: object[]; asOf?: IsoDate },
): Promise<string> {
  const meta = metaOf(ctx, entityName);
  const time: Time = { q, ctx, asOf: args.asOf, relations: new Map() };
  const role = ctx.access.role;
  const e = q.alias('p');
  const joins = new Map<string, { alias: string; sql: string }>();
  const select: string[] = [];
  for (const { path, as = (c: string) => c } of columns) {
    const [head, sub] = path;
    if (isRestricted(role, entityName, head)) {
      select.push('null');
      continue;
    }
    if (sub === undefined) {
      select.push(as(`${e}.${quote(columnOf(meta, head))}`));
      continue;
    }
    const prop = meta.properties[head as never] as EntityProperty | undefined;
    if (prop?.kind !== ReferenceKind.MANY_TO_ONE) throw new Uncompilable(`${entityName}.${head}`);
    const target = metaOf(ctx, prop.type);
    let join = joins.get(head);
    if (!join) {
      const r = q.alias('r');
      const on = `${r}.${quote(columnOf(target, target.primaryKeys[0]))} = ${e}.${quote(columnOf(meta, head))} and ${await scopeOn(q, ctx.access, target, r)}`;
      join = { alias: r, sql: `left join ${tableOf(time, target, r)} ${r} on ${on}` };
      joins.set(head, join);
    }
    select.push(isRestricted(role, target.className, sub) ? 'null' : as(`${join.alias}.${quote(columnOf(target, sub))}`));
  }
  const where = await listWhereSql(q, ctx, meta, e, args.conditions);
  const order = sortKeys(time, meta, e, args.sort)
    .map((k) => `${k.expr} ${k.order}`)
    .join(', ');
  return resolveRelations(
    `select ${select.join(', ')} from ${tableOf(time, meta, e)} ${e} ${[...joins.values()].map((j) => j.sql).join(' ')} where ${where} order by ${order}`,
    time,
  );
}
