import { type EntityManager, type EntityName, type FilterQuery, type QueryOrderMap, raw, Utils } from '@mikro-orm/postgresql';
import { DateTimeResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { validOn } from './dated';
import { validationFailed, violation } from './errors';
import { isUuid } from './ids';
import { currentRequest } from './request-scope';
import { searchableFields, searchColumn, searchSql } from './search';
import { DateScalar, type IsoDate } from './scalars';
import { pageOn } from './versions/read-on';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, {
  name: 'SortOrder',
  description: 'Sens du tri.',
  valuesConfig: { ASC: { description: 'Croissant.' }, DESC: { description: 'Décroissant.' } },
});

@InputType({ description: 'Un critère de tri : un champ et un sens.' })
export class SortInput {
  /** A field of the listed type, or a dotted path through a reference (`department.name`). */
  @Field({ description: 'Un champ du type listé, ou un chemin par une référence (department.name).' }) field!: string;
  @Field(() => SortOrder, { description: 'Sens du tri (croissant par défaut).', defaultValue: SortOrder.ASC }) order: SortOrder =
    SortOrder.ASC;
}

/** The list arguments every list query takes: page (offset/limit), sort and the date of the state. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { defaultValue: 0 }) offset = 0;
  @Field(() => Int, { defaultValue: 25 }) limit = 25;
  @Field(() => [SortInput], { nullable: true }) sort?: SortInput[];
  /** The state as of this date: only the records valid on that day. Omitted: every record, current or ended. */
  @Field(() => DateScalar, { nullable: true }) asOf?: IsoDate;
  /**
   * The registry as it was recorded at this instant (transaction time: what a report sent that day read), from the
   * history PostgreSQL keeps of every table; with `asOf`, the records valid on that date as known at that instant.
   * National administration only; stored fields, references and child lists (not the computed ones).
   */
  @Field(() => DateTimeResolver, { nullable: true }) recordedAt?: Date;
}

export interface ListSpec {
  /** The fields `q` searches are the entity's own declaration (`@Searchable`, shared/search.ts), with their indexes. */
  sortable: string[];
  dated: boolean;
  /** Filter fields that the naming convention does not cover, each turned into a condition. */
  custom?: Record<string, (value: never, args: ListArgs) => object>;
}

/** Refuses, in French, a filter by identifier given something that is not one (a code, a name, a typo). */
export function checkIds(field: string, values: unknown[]): void {
  const bad = values.find((v) => !isUuid(v));
  if (bad !== undefined)
    throw validationFailed([violation(`filter.${field}`, 'ID_INVALID', `Filtre « ${field} » : identifiant invalide « ${String(bad)} ».`)]);
}

/** The condition of the free-text search `q` on an entity's searchable fields (shared/search.ts: one SQL fragment). */
export function searchCondition<T>(em: EntityManager, entity: EntityName<T>, text: string): FilterQuery<T> {
  const meta = em.getMetadata().get(Utils.className(entity));
  const columns = searchableFields(meta.class).map((p) => searchColumn(meta.properties[p as never].fieldNames[0]));
  return {
    [raw(
      (alias) =>
        searchSql(
          columns.map((c) => `${alias}."${c}"`),
          text,
        ).sql,
      searchSql(columns, text).params,
    )]: [],
  } as FilterQuery<T>;
}

/** Turns a filter input into a MikroORM condition, by convention: `q` → search, `xId` → reference x, arrays → IN. */
export function whereFrom<T>(
  em: EntityManager,
  entity: EntityName<T>,
  filter: object | undefined,
  spec: ListSpec,
  args: ListArgs,
): FilterQuery<T>[] {
  const where: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined || value === null) continue;
    if (key === 'ids' || key.endsWith('Id') || key.endsWith('Ids')) checkIds(key, Array.isArray(value) ? value : [value]);
    const custom = spec.custom?.[key];
    if (custom) where.push(custom(value as never, args) as Record<string, unknown>);
    else if (key === 'q') where.push(searchCondition(em, entity, String(value)) as Record<string, unknown>);
    else if (key === 'ids') where.push({ id: { $in: value } });
    else if (key.endsWith('Ids')) where.push({ [key.slice(0, -3)]: { $in: value } });
    else if (key.endsWith('Id')) where.push({ [key.slice(0, -2)]: value });
    else if (Array.isArray(value)) where.push({ [key]: { $in: value } });
    else where.push({ [key]: value });
  }
  return where as FilterQuery<T>[];
}

function orderFrom(sort: SortInput[] | undefined, spec: ListSpec): QueryOrderMap<object>[] {
  const orders: QueryOrderMap<object>[] = [];
  for (const { field, order } of sort ?? []) {
    if (!spec.sortable.includes(field)) {
      throw validationFailed([
        violation('sort', 'SORT_FIELD_UNKNOWN', `Tri impossible sur « ${field} » : champs triables : ${spec.sortable.join(', ')}.`),
      ]);
    }
    const path = field.split('.');
    orders.push(
      path.reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), order.toLowerCase() as never) as QueryOrderMap<object>,
    );
  }
  orders.push({ id: 'asc' }); // a stable order, so pages never overlap
  return orders;
}

export function checkPage(args: ListArgs, maxPageSize: number): void {
  if (args.limit < 0 || args.limit > maxPageSize) {
    throw validationFailed([violation('limit', 'PAGE_SIZE', `La taille de page doit être comprise entre 0 et ${maxPageSize}.`)]);
  }
  if (args.offset < 0) throw validationFailed([violation('offset', 'PAGE_OFFSET', 'Le décalage ne peut pas être négatif.')]);
}

/** Every condition of a list but the caller's scope (filter, asOf), after checking the page and the fields used. */
export function listConditions<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  args: ListArgs,
  filter: object | undefined,
  spec: ListSpec,
  maxPageSize: number,
  extra: FilterQuery<T>[] = [],
): FilterQuery<T>[] {
  checkPage(args, maxPageSize);
  // Filters and sorts may not reveal a field the caller's role does not see.
  currentRequest()?.access?.assertReadable(Utils.className(entity), [
    ...Object.keys(filter ?? {}).filter((k) => (filter as Record<string, unknown>)[k] != null),
    ...(args.sort ?? []).map((s) => s.field.split('.')[0]),
    ...(filter && (filter as { q?: unknown }).q != null ? searchableFields(em.getMetadata().get(Utils.className(entity)).class) : []),
  ]);
  const conditions = [...whereFrom<T>(em, entity, filter, spec, args), ...extra];
  if (spec.dated && args.asOf) conditions.push(validOn<T>(args.asOf));
  return conditions;
}

/** The sort, checked against the sortable fields; the compiled read path appends the id itself. */
export function checkedSort(args: ListArgs, spec: ListSpec): SortInput[] {
  orderFrom(args.sort, spec);
  return args.sort ?? [];
}

/** One page and the total count: two SQL statements whatever the page size (the ORM path). */
export async function listPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  args: ListArgs,
  filter: object | undefined,
  spec: ListSpec,
  maxPageSize: number,
  extra: FilterQuery<T>[] = [],
): Promise<{ items: T[]; totalCount: number }> {
  const conditions = listConditions(em, entity, args, filter, spec, maxPageSize, extra);
  const where = (conditions.length ? { $and: conditions } : {}) as FilterQuery<T>;
  const [items, totalCount] = await em.findAndCount(entity, where, {
    limit: args.limit,
    offset: args.offset,
    orderBy: orderFrom(args.sort, spec) as never,
  });
  // As of a past day, the page's rows with that day's versions (issue 17: the ORM path answered today's names).
  return { items: await pageOn(em, Utils.className(entity), items, args.asOf), totalCount };
}

/** A nested list's `limit`, checked like a page's (the loader reads only that page per parent). */
export function nestedLimit(limit: number, maxPageSize: number): number {
  checkPage({ offset: 0, limit }, maxPageSize);
  return limit;
}

/** The condition of a nested list's optional `asOf`. */
export const validOnIf = <T>(asOf?: IsoDate): FilterQuery<T> => (asOf ? validOn<T>(asOf) : ({} as FilterQuery<T>));
