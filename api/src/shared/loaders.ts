import DataLoader from 'dataloader';
import { type EntityClass, type FilterQuery, raw, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

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

  /** Initialises a reference (an entity known only by its id) through one batched query per type. */
  async reference<T extends Loaded>(ref: T | null | undefined): Promise<T | null> {
    if (!ref || wrap(ref).isInitialized()) return ref ?? null;
    const entity = ref.constructor as EntityClass<T>;
    return this.loader<T | null>(`ref:${entity.name}`, async (ids) => {
      const found = await this.em.find(entity, { id: { $in: ids } } as unknown as FilterQuery<T>);
      const byId = new Map(found.map((e) => [e.id, e]));
      return ids.map((id) => byId.get(id) ?? null);
    }).load(ref.id);
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
      if (limit !== undefined) condition = { id: { $in: await this.firstChildren(entity, foreignKey, condition, order, limit) } } as unknown as FilterQuery<T>;
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
    const order = Object.entries(orderBy).map(([p, d]) => `${column(p)} ${d === 'desc' ? 'desc' : 'asc'}`).join(', ');
    const ranked = this.em
      .createQueryBuilder(entity, 'e')
      .select([raw('e."id"'), raw(`row_number() over (partition by ${column(foreignKey)} order by ${order}) as "rank"`)])
      .where(condition);
    await ranked.applyFilters(); // the caller's scope (access/scope.ts) holds for hand-built queries too
    const rows = await this.em.getConnection().execute<{ id: string }[]>(`select "id" from (${ranked.getFormattedQuery()}) as ranked where "rank" <= ?`, [limit]);
    return rows.map((r) => r.id);
  }
}
