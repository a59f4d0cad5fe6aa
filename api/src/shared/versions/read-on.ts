import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeSql } from '../../access/scope';
import { columnOf, quote } from '../read/conditions';
import type { IsoDate } from '../scalars';
import { readSql } from '../sql';
import { entitiesOn, entityColumnsSql, readsVersions, tableAsOf, versionedSpecOf } from './versioned';

/**
 * The entities of a versioned record as of a past day, chosen by a hand-written condition, for the ORM path's
 * batching loaders (`Loaders.reference`, `Loaders.childList`): what a computed field's objects (a service's
 * ancestors, an agent's service on a day…) reach below them is read as of the read's date too, in one statement per
 * level. The rows come from the record's relation as of that day (`tableAsOf`), in the caller's scope, as entities of
 * that day's EntityManager (`entitiesOn`).
 */
export interface ReadOn<T> {
  entity: EntityClass<T>;
  day: IsoDate;
  /** A condition on alias `e` (the record as of the day), with `?` for `params`. */
  where: string;
  params: unknown[];
  /** Properties, in order (the id is added last, as on every list). */
  orderBy?: Record<string, 'asc' | 'desc'>;
  /** At most `limit` rows per value of the column of `property` (a page of children per parent). */
  perParent?: { property: string; limit: number };
}

export async function readOn<T extends object>(em: EntityManager, read: ReadOn<T>): Promise<T[]> {
  const metadata = em.getMetadata();
  const meta = metadata.get(read.entity.name);
  const order = (alias: string) =>
    Object.entries<'asc' | 'desc'>({ ...read.orderBy, id: 'asc' })
      .map(([p, d]) => `${alias}.${quote(columnOf(meta, p))} ${d === 'desc' ? 'desc' : 'asc'}`)
      .join(', ');
  const rows = `${tableAsOf(metadata, read.entity.name, read.day)} e where ${read.where}${await scopeSql(em, read.entity, 'e.id')}`;
  const params = [...read.params];
  let sql: string;
  if (read.perParent) {
    const parent = quote(columnOf(meta, read.perParent.property));
    sql = `select ${entityColumnsSql(metadata, read.entity.name, 'x')} from (select e.*, row_number() over (partition by e.${parent} order by ${order('e')}) as "$rank" from ${rows}) x
            where x."$rank" <= ? order by ${order('x')}`;
    params.push(read.perParent.limit);
  } else sql = `select ${entityColumnsSql(metadata, read.entity.name, 'e')} from ${rows} order by ${order('e')}`;
  // On the read connection, or inside the transaction `em` is in (a read as recorded sets its search_path there).
  const found = await readSql(em)<object>(sql, params);
  return entitiesOn(em, read.entity, read.day, found);
}

/**
 * A page the ORM path chose, read again as of a past day: each row with the versions in force that day (names,
 * parents, grades…), in the page's order, in one statement, as the compiled path answers it. The ORM chose the rows
 * on the record's own columns: a filter or sort on a versioned attribute follows today's value on that path (the
 * compiled path, which serves all but a few shapes of request, reads them as of the day). Today's reads, records
 * without versions and empty pages are returned as they are.
 */
export async function pageOn<T extends object>(em: EntityManager, entityName: string, items: T[], day?: IsoDate): Promise<T[]> {
  if (!items.length || !readsVersions(day) || !versionedSpecOf(entityName)) return items;
  const entity = em.getMetadata().get(entityName).class as EntityClass<T>;
  const ids = items.map((item) => (item as { id: string }).id);
  const found = await readOn(em, { entity, day: day!, where: 'e.id in (?)', params: [ids] });
  const byId = new Map(found.map((e) => [(e as { id: string }).id, e]));
  return items.map((item) => byId.get((item as { id: string }).id) ?? item);
}
