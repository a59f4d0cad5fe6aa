import DataLoader from 'dataloader';
import { type EntityClass, type FilterQuery, wrap } from '@mikro-orm/core';
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
  ): Promise<T[]> {
    const key = `children:${entity.name}.${foreignKey}:${JSON.stringify(where)}:${JSON.stringify(orderBy)}:${populate}`;
    return this.loader<T[]>(key, async (ids) => {
      const found = await this.em.find(entity, { $and: [{ [foreignKey]: { $in: ids } }, where] } as unknown as FilterQuery<T>, {
        orderBy: orderBy as never,
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
}
