import DataLoader from 'dataloader';
import { type EntityClass, type FilterQuery, raw, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validOn } from './dated';
import { validOnIf } from './list';
import type { ChildList } from './read/read-fields';
import { type IsoDate, today } from './scalars';
import { validSql } from './sql';
import { readOn } from './versions/read-on';
import { dateLiteral, dayManager, readsVersions, versionedSpecOf } from './versions/versioned';

type Loaded = { id: string };

/**
 * Per-request batching: every reference or child list asked for by N parents in one GraphQL level
 * becomes one SQL statement (no N+1). Keys of child loaders include their extra condition (e.g. asOf).
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly em: EntityManager) {}

  /** A named batch: `batch` receives every id asked for in one tick and returns their values in order. */
  loader<V>(key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.cache.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch);
      this.cache.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /**
   * Initialises a reference (an entity known only by its id) through one batched query per type. With a past `day`
   * (the read's date) and a versioned record: the record as of that day, in that day's EntityManager (one batched
   * query per type and day; none when that day's entity is already read).
   */
  async reference<T extends Loaded>(ref: T | null | undefined, day?: IsoDate): Promise<T | null> {
    if (!ref) return null;
    const entity = ref.constructor as EntityClass<T>;
    if (readsVersions(day) && versionedSpecOf(entity.name)) {
      const known = dayManager(this.em, day!)
        .getUnitOfWork()
        .getById<T>(entity.name, ref.id as never);
      if (known && wrap(known).isInitialized()) return known;
      return this.loader<T | null>(`ref:${entity.name}:${day}`, async (ids) => {
        const found = await readOn(this.em, { entity, day: day!, where: 'e.id in (?)', params: [[...ids]] });
        const byId = new Map(found.map((e) => [e.id, e]));
        return ids.map((id) => byId.get(id) ?? null);
      }).load(ref.id);
    }
    if (wrap(ref).isInitialized()) return ref;
    return this.loader<T | null>(`ref:${entity.name}`, async (ids) => {
      const found = await this.em.find(entity, { id: { $in: ids } } as unknown as FilterQuery<T>);
      const byId = new Map(found.map((e) => [e.id, e]));
      return ids.map((id) => byId.get(id) ?? null);
    }).load(ref.id);
  }

  /**
   * The children of a declared child list (the compiled read path reads the same declaration), ordered then by id,
   * valid on the list's own `asOf` if given. `day` is the read's date (the list's own `asOf`, else the nearest
   * enclosing one: `readDate`): on a past day, versioned children are those whose version that day points to the
   * parent, with that day's values, as the compiled path reads them.
   */
  childList<T extends object>(
    list: ChildList<T>,
    parentId: string,
    options: { asOf?: IsoDate; limit?: number; day?: IsoDate } = {},
  ): Promise<T[]> {
    const orderBy = { ...list.orderBy, id: 'asc' as const };
    const { asOf, limit } = options;
    const day = options.day ?? asOf;
    if (asOf && list.history) return this.historyChildren(list, parentId, asOf, orderBy, limit);
    // A past day's versions, or a page per parent: one statement (the page cut by a window function in it) where
    // `children` would rank the ids first, then read their rows.
    const versions = readsVersions(day) && !!versionedSpecOf(list.entity.name);
    if (versions || limit !== undefined) return this.childrenOn(list, parentId, versions ? day! : today(), asOf, limit);
    return this.children(list.entity, list.foreignKey, parentId, validOnIf<T>(asOf), orderBy);
  }

  /**
   * The children of many parents as of `day` (see `childList`), valid on `asOf` if given (as on the compiled path, a
   * list's validity follows its own `asOf` only), a page per parent, in one statement.
   */
  private childrenOn<T extends object>(list: ChildList<T>, parentId: string, day: IsoDate, asOf?: IsoDate, limit?: number): Promise<T[]> {
    const meta = this.em.getMetadata().get(list.entity.name);
    const fk = `e."${meta.properties[list.foreignKey as never].fieldNames[0]}"`;
    const valid = asOf ? ` and ${validSql('e', dateLiteral(asOf))}` : '';
    return this.loader<T[]>(`children-on:${list.entity.name}.${list.foreignKey}:${day}:${asOf}:${limit}`, async (ids) => {
      const found = await readOn(this.em, {
        entity: list.entity,
        day,
        where: `${fk} in (?)${valid}`,
        params: [[...ids]],
        orderBy: list.orderBy as Record<string, 'asc' | 'desc'>,
        perParent: limit === undefined ? undefined : { property: list.foreignKey, limit },
      });
      const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
      for (const child of found) {
        const parent = (child as Record<string, unknown>)[list.foreignKey] as Loaded | null;
        if (parent) groups.get(parent.id)?.push(child);
      }
      return ids.map((id) => groups.get(id) ?? []);
    }).load(parentId);
  }

  /** Children linked to their parent on `asOf` through a dated history: the links of every parent, then their targets, in two statements. */
  private historyChildren<T extends object>(
    list: ChildList<T>,
    parentId: string,
    asOf: IsoDate,
    orderBy: Record<string, 'asc' | 'desc'>,
    limit?: number,
  ): Promise<T[]> {
    const history = list.history!;
    const key = `history:${list.entity.name}.${history.entity.name}.${history.foreignKey}:${asOf}:${limit}`;
    return this.loader<T[]>(key, async (ids) => {
      const links = await this.em.find(history.entity, { $and: [{ [history.foreignKey]: { $in: ids } }, validOn(asOf)] } as never);
      const link = (l: object, property: string) => (l as Record<string, Loaded>)[property].id;
      const targets = [...new Set(links.map((l) => link(l, history.target)))];
      const found = targets.length
        ? await this.em.find(list.entity, { id: { $in: targets } } as unknown as FilterQuery<T>, { orderBy: orderBy as never })
        : [];
      return ids.map((id) => {
        const mine = new Set(links.filter((l) => link(l, history.foreignKey) === id).map((l) => link(l, history.target)));
        const children = found.filter((c) => mine.has((c as unknown as Loaded).id));
        return limit === undefined ? children : children.slice(0, limit);
      });
    }).load(parentId);
  }

  /** The children of a parent through a many-to-one `foreignKey`, filtered by `where`, sorted by `orderBy`, with `populate`d references joined in. */
  children<T extends object>(
    entity: EntityClass<T>,
    foreignKey: string,
    parentId: string,
    where: FilterQuery<T> = {} as unknown as FilterQuery<T>,
    orderBy: Record<string, 'asc' | 'desc'> = { id: 'asc' },
    populate: string[] = [],
    limit?: number,
  ): Promise<T[]> {
    // Ties broken by id, as on top-level lists: agents with the same name always come back in the same order.
    const order = 'id' in orderBy ? orderBy : { ...orderBy, id: 'asc' as const };
    const key = `children:${entity.name}.${foreignKey}:${JSON.stringify(where)}:${JSON.stringify(order)}:${populate}:${limit}`;
    return this.loader<T[]>(key, async (ids) => {
      let condition = { $and: [{ [foreignKey]: { $in: ids } }, where] } as unknown as FilterQuery<T>;
      if (limit !== undefined)
        condition = { id: { $in: await this.firstChildren(entity, foreignKey, condition, order, limit) } } as unknown as FilterQuery<T>;
      const found = await this.em.find(entity, condition, {
        orderBy: order as never,
        populate: populate as never,
      });
      const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
      for (const child of found) {
        const parent = (child as Record<string, unknown>)[foreignKey] as Loaded | null;
        if (parent) groups.get(parent.id)?.push(child);
      }
      return ids.map((id) => groups.get(id) ?? []);
    }).load(parentId);
  }

  /** The ids of the first `limit` children of each parent, in one window-function query (a page per parent, not all). */
  private async firstChildren<T extends object>(
    entity: EntityClass<T>,
    foreignKey: string,
    condition: FilterQuery<T>,
    orderBy: Record<string, 'asc' | 'desc'>,
    limit: number,
  ): Promise<string[]> {
    const meta = this.em.getMetadata().get(entity.name);
    const column = (property: string) => `e."${meta.properties[property as never].fieldNames[0]}"`;
    const order = Object.entries(orderBy)
      .map(([p, d]) => `${column(p)} ${d === 'desc' ? 'desc' : 'asc'}`)
      .join(', ');
    const ranked = this.em
      .createQueryBuilder(entity, 'e')
      .select([raw('e."id"'), raw(`row_number() over (partition by ${column(foreignKey)} order by ${order}) as "rank"`)])
      .where(condition);
    await ranked.applyFilters(); // the caller's scope (access/scope.ts) holds for hand-built queries too
    const rows = await this.em
      .getConnection('read')
      .execute<{ id: string }[]>(`select "id" from (${ranked.getFormattedQuery()}) as ranked where "rank" <= ?`, [limit]);
    return rows.map((r) => r.id);
  }
}
