import { type EntityClass, type EntityProperty, type MetadataStorage } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { columnOf, entityProperties, isStored, quote } from '../read/conditions';
import { type IsoDate, today } from '../scalars';
import { formatRange, parseRange, type Values, type Version, versionOn } from './timeline';

/**
 * Valid time for the attributes that change in a record's life (issue 17 item 1). A versioned record keeps its dated
 * versions in `<table>_version` (one entity, `spec.version`, with the record's versioned columns under the same names
 * and `valid`, a `daterange`), the main table holding the version in force today: current reads and writes are
 * unchanged, and an `asOf` read replaces the main table by `asOfRelationSql` (the record's row with the versioned
 * columns of the version in force that day), at every level of the compiled read path and in the aggregates.
 */
export interface VersionedSpec {
  /** The record (`Service`) and the entity of its versions (`ServiceVersion`). */
  record: EntityClass<object>;
  version: EntityClass<object>;
  /** The version's reference to its record (`service`). */
  key: string;
  /** The versioned properties, the same on both (`name`, `parent`…). */
  attributes: string[];
  /**
   * Properties of the record that are not versioned but copied into each of its versions by the database, the same in
   * every version (`versions.carry`, migrations `…_VersionWalks`): a list by a versioned or carried reference sorted by
   * them (the services of a department by code, the agents of a service by name, as of a day) walks an index of the
   * versions (`walksVersions`).
   */
  carried?: string[];
}

const SPECS = new Map<string, VersionedSpec>();

/** Declares a versioned record (its module does, once): the read path and the writes find it by its entity's name. */
export function versioned(spec: VersionedSpec): VersionedSpec {
  SPECS.set(spec.record.name, spec);
  return spec;
}

export const versionedSpecOf = (className: string): VersionedSpec | undefined => SPECS.get(className);

export const versionedSpecs = (): VersionedSpec[] => [...SPECS.values()];

/**
 * `rows r` joined with their version in force on `day` (`v`): exactly one, the versions covering every date. The one
 * join of every as-of read, whatever chose the rows (the whole table, or a page already sorted and cut).
 */
function versionJoin(metadata: MetadataStorage, spec: VersionedSpec, day: string, rows: string, source: (table: string) => string): string {
  const meta = metadata.get(spec.record.name);
  const vmeta = metadata.get(spec.version.name);
  const pk = quote(columnOf(meta, meta.primaryKeys[0]));
  return `${rows} r join ${source(vmeta.tableName)} v on v.${quote(columnOf(vmeta, spec.key))} = r.${pk} and v."valid" @> ${day}`;
}

/** The columns of the versioned attributes, by attribute (`parent` → `parent_id`). */
export const versionedColumns = (metadata: MetadataStorage, spec: VersionedSpec) =>
  spec.attributes.map((a) => columnOf(metadata.get(spec.record.name), a));

/** The columns of the carried properties (`code`): see `VersionedSpec.carried`. */
export const carriedColumns = (metadata: MetadataStorage, spec: VersionedSpec) =>
  (spec.carried ?? []).map((a) => columnOf(metadata.get(spec.record.name), a));

/**
 * Whether the rows of a list by `reference` (a many-to-one, versioned like a service's `department` or carried like an
 * agent's `service`) sorted by `order` (columns, then the key) can be read as of a day in the order of an index of
 * the versions, `(reference, …order)`: every column of the order is versioned or carried, or is the key (the
 * versions' own reference to it). The rows then come from the versions in force that day (`asOfRelationSql` with
 * `carried`), and "the first ten services of department D by code as of X" walks that index, as today's read walks
 * the record's. Not as recorded: the history of a version written before a column was carried does not hold it.
 */
export function walksVersions(metadata: MetadataStorage, spec: VersionedSpec, reference: string, order: string[]): boolean {
  const meta = metadata.get(spec.record.name);
  const key = columnOf(meta, meta.primaryKeys[0]);
  const walkable = new Set([...versionedColumns(metadata, spec), ...carriedColumns(metadata, spec)]);
  return walkable.has(reference) && order.every((c) => c === key || walkable.has(c));
}

/**
 * The record's table as of a day (`day`: the SQL of a `date`, a bound parameter or a checked literal): every column of
 * the record's row, the versioned ones from the version in force that day (the versions cover every date: exactly
 * one joins). `source` reads a table (the table itself, or its history as recorded at an instant).
 *
 * `carried`: the same rows read from the other side, the versions in force that day each with its record, and the
 * carried columns and the key from the version (equal to the record's), so that an order on them can walk the
 * versions' index. The record is left joined (every version has its record: the same rows), so that when a list
 * reads nothing of the record's own row (an agent's grade, by service and name), PostgreSQL drops the join and the
 * list reads the versions' index alone.
 */
export function asOfRelationSql(
  metadata: MetadataStorage,
  spec: VersionedSpec,
  day: string,
  source: (table: string) => string = quote,
  carried = false,
): string {
  const meta = metadata.get(spec.record.name);
  const own = new Set([...versionedColumns(metadata, spec), ...(carried ? carriedColumns(metadata, spec) : [])]);
  const stored = Object.values(meta.properties as Record<string, EntityProperty>).filter(isStored);
  if (carried) {
    const vmeta = metadata.get(spec.version.name);
    const pk = columnOf(meta, meta.primaryKeys[0]);
    const key = `v.${quote(columnOf(vmeta, spec.key))}`;
    const columns = stored.map((p) => {
      const column = p.fieldNames[0];
      return column === pk ? `${key} as ${quote(pk)}` : own.has(column) ? `v.${quote(column)}` : `r.${quote(column)}`;
    });
    return `(select ${columns.join(', ')} from ${source(vmeta.tableName)} v left join ${source(meta.tableName)} r on r.${quote(pk)} = ${key} where v."valid" @> ${day})`;
  }
  const columns = stored.map((p) => (own.has(p.fieldNames[0]) ? `v.${quote(p.fieldNames[0])}` : `r.${quote(p.fieldNames[0])}`));
  return `(select ${columns.join(', ')} from ${versionJoin(metadata, spec, day, source(meta.tableName), source)})`;
}

/**
 * The versions in force on a day laid over rows already chosen (`rows`: a derived table, e.g. a sorted page of the
 * record's table, exposing the record's key, its unversioned `columns` and the `passThrough` ones): each row with the
 * versioned `columns` of its version in force that day (exactly one: the versions cover every date). For a page whose
 * conditions and order read no versioned column, chosen on the record's own table and its indexes: only the rows it
 * returns look their version up, where `asOfRelationSql` would look one up for every row sorted or skipped.
 */
export function versionsOverSql(
  metadata: MetadataStorage,
  spec: VersionedSpec,
  day: string,
  rows: string,
  columns: string[],
  passThrough: string[],
  source: (table: string) => string = quote,
): string {
  const own = new Set(versionedColumns(metadata, spec));
  const select = [...columns.map((c) => (own.has(c) ? `v.${quote(c)}` : `r.${quote(c)}`)), ...passThrough.map((c) => `r.${quote(c)}`)];
  return `(select ${select.join(', ')} from ${versionJoin(metadata, spec, day, rows, source)})`;
}

/**
 * The keys of the records whose version in force on `day` has `column` = `value` (e.g. the services under a
 * department that day), as an array: a list by a versioned reference reads its rows by their primary key from it,
 * rather than joining the versions to the whole table (which the planner would hash).
 */
export function keysOnSql(
  metadata: MetadataStorage,
  spec: VersionedSpec,
  day: string,
  column: string,
  value: string,
  source: (table: string) => string = quote,
): string {
  const vmeta = metadata.get(spec.version.name);
  return `array(select v.${quote(columnOf(vmeta, spec.key))} from ${source(vmeta.tableName)} v where v.${quote(column)} = ${value} and v."valid" @> ${day})`;
}

/** A date written into SQL text (for the hand-written aggregates): checked to be one, so nothing else can be. */
export function dateLiteral(day: IsoDate): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a date: ${day}`);
  return `'${day}'::date`;
}

/**
 * `table` (e.g. `service`) as of `day` for a hand-written aggregate: the versioned relation of its record when it has
 * versions and a day is given, else the table itself (today's values).
 */
export function tableAsOf(metadata: MetadataStorage, className: string, day: IsoDate | undefined): string {
  const spec = versionedSpecOf(className);
  return spec && readsVersions(day) ? asOfRelationSql(metadata, spec, dateLiteral(day!)) : quote(metadata.get(className).tableName);
}

/** The columns of `className`'s entity for a hand-written read of its rows (`alias.col, …`), as `entitiesOn` maps them. */
export const entityColumnsSql = (metadata: MetadataStorage, className: string, alias: string): string =>
  entityProperties(metadata.get(className))
    .map((p) => `${alias}.${quote(p.fieldNames[0])}`)
    .join(', ');

/** A past day's EntityManager per request's EntityManager and day (see `entitiesOn`). */
const dayManagers = new WeakMap<EntityManager, Map<IsoDate, EntityManager>>();

/**
 * The entities of rows a hand-written read chose as of `day` (e.g. a service's ancestors in the tree of that day): in
 * the request's EntityManager for today's values; for a past day's, in an EntityManager of that day, so that the same
 * record read as of today and as of that day in one request are two objects, each with its own values (the request's
 * EntityManager keeps today's, which its writes and checks read).
 */
export function entitiesOn<T extends object>(em: EntityManager, entity: EntityClass<T>, day: IsoDate | undefined, rows: object[]): T[] {
  const target = readsVersions(day) ? dayManager(em, day!) : em;
  return rows.map((row) => target.map(entity, row as never));
}

/** The EntityManager of a past day's entities for a request's EntityManager (see `entitiesOn`), made on first use. */
export function dayManager(em: EntityManager, day: IsoDate): EntityManager {
  let byDay = dayManagers.get(em);
  if (!byDay) dayManagers.set(em, (byDay = new Map()));
  let fork = byDay.get(day);
  if (!fork) byDay.set(day, (fork = em.fork()));
  return fork;
}

/** Whether a read as of `day` needs the versions: not without a day, nor today (the main tables hold today's versions). */
export const readsVersions = (day: IsoDate | undefined): boolean => !!day && day !== today();

/** The value of a versioned attribute of an entity, as the timeline keeps it (a reference by its id). */
const plain = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : (value ?? null));

export const valuesOf = (spec: VersionedSpec, entity: object): Values =>
  Object.fromEntries(spec.attributes.map((a) => [a, plain((entity as Record<string, unknown>)[a])]));

/** A stored version entity as a timeline version. */
export function versionOf(spec: VersionedSpec, stored: object & { id: string; valid: string }): Version {
  return { id: stored.id, ...parseRange(stored.valid), values: valuesOf(spec, stored) };
}

/** The timelines of many records, in one query, with the stored version entities (to update them in place). */
export async function loadTimelines(em: EntityManager, spec: VersionedSpec, ids: string[]) {
  const stored = ids.length
    ? ((await em.find(spec.version, { [spec.key]: { $in: ids } } as never, { orderBy: { valid: 'asc' } as never })) as (object & {
        id: string;
        valid: string;
      })[])
    : [];
  const timelines = new Map<string, Version[]>();
  for (const v of stored) {
    const owner = plain((v as Record<string, unknown>)[spec.key]) as string;
    timelines.set(owner, [...(timelines.get(owner) ?? []), versionOf(spec, v)]);
  }
  // `orderBy` on a range sorts by its lower bound, the origin (null) first: sorted again here, whatever the collation.
  for (const t of timelines.values()) t.sort((a, b) => (a.from === null ? -1 : b.from === null ? 1 : a.from.localeCompare(b.from)));
  return { timelines, entities: new Map(stored.map((v) => [v.id, v])) };
}

export type Timelines = Awaited<ReturnType<typeof loadTimelines>>;

/** The versioned values of a record on a day (references by id), or undefined for a record not loaded. */
export type ValuesOn = (id: string, day: IsoDate) => Values | undefined;

/**
 * For a batch's write rules: the records' versioned values on any day, from their timelines loaded in one query, so
 * that a write effective on a day is judged against the versions in force that day (a post's kind, an agent's
 * category), not today's.
 */
export async function valuesOn(em: EntityManager, spec: VersionedSpec, ids: Iterable<string>): Promise<ValuesOn> {
  const { timelines } = await loadTimelines(em, spec, [...new Set(ids)]);
  return (id, day) => {
    const timeline = timelines.get(id);
    return timeline ? versionOn(timeline, day).values : undefined;
  };
}

/** Writes a record's new timeline: stored versions updated in place, new ones created, merged ones removed. */
export function writeTimeline(
  em: EntityManager,
  spec: VersionedSpec,
  record: object,
  changes: { update: (Version & { id: string })[]; create: Version[]; remove: string[] },
  stored: Timelines['entities'],
): void {
  for (const v of changes.update) em.assign(stored.get(v.id)!, { valid: formatRange(v.from, v.to), ...v.values } as never);
  for (const v of changes.create) em.create(spec.version, { [spec.key]: record, valid: formatRange(v.from, v.to), ...v.values } as never);
  for (const id of changes.remove) em.remove(stored.get(id)!);
}

/**
 * The rollover: a version dated in the future comes into force on its day. The main tables hold the version in force
 * today; this brings every record whose version in force changed since its last write up to date, in one statement
 * per versioned table (nothing to do on most days). Run at start and every hour (app.ts), and by the writes themselves.
 * The optimistic lock's version is bumped, so that a form opened before the rollover cannot overwrite it.
 */
export async function rollVersionsForward(em: EntityManager, day: IsoDate = today()): Promise<number> {
  const metadata = em.getMetadata();
  let rolled = 0;
  for (const spec of versionedSpecs()) {
    const meta = metadata.get(spec.record.name);
    const vmeta = metadata.get(spec.version.name);
    const columns = versionedColumns(metadata, spec).map(quote);
    const result = await em.getConnection().execute(
      `update ${quote(meta.tableName)} r set ${columns.map((c) => `${c} = v.${c}`).join(', ')}, "version" = r."version" + 1, "updated_at" = now()
         from ${quote(vmeta.tableName)} v
        where v.${quote(columnOf(vmeta, spec.key))} = r."id" and v."valid" @> ${dateLiteral(day)}
          and (${columns.map((c) => `r.${c}`).join(', ')}) is distinct from (${columns.map((c) => `v.${c}`).join(', ')})`,
      [],
      'run',
    );
    rolled += (result as { affectedRows?: number }).affectedRows ?? 0;
  }
  return rolled;
}
