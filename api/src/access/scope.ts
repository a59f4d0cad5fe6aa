import { type EntityName, Utils } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from './access';
import { SCOPED } from './policy';

export const SCOPE_FILTER = 'scope';

/**
 * Restricts every read of this EntityManager (find, count, populate, QueryBuilder after `applyFilters`) to the
 * principal's scope: the one read-side enforcement point. Nested fields, filters, sorts and totals go through it.
 */
export function applyScope(em: EntityManager, access: Access): void {
  if (!access.scoped) return;
  em.addFilter(
    SCOPE_FILTER,
    (_args: unknown, _type: unknown, _em: unknown, _options: unknown, entityName?: EntityName<object>) =>
      access.condition(entityName ? Utils.className(entityName) : ''),
    Object.keys(SCOPED),
    { args: false },
  );
}

/** Rows of a per-department aggregate the caller may see (rows of central services only when it sees everything). */
export async function inDepartments<T extends { department_id: string | null }>(access: Access, rows: T[]): Promise<T[]> {
  const ids = await access.visibleDepartmentIds();
  if (ids === null) return rows;
  const visible = new Set(ids);
  return rows.filter((r) => r.department_id !== null && visible.has(r.department_id));
}

/**
 * For hand-written SQL (aggregates): `and <column> in (<ids of the visible rows>)`, or '' when nothing is hidden.
 * The id list is the filtered query itself, so raw SQL obeys the same scope as the ORM.
 */
export async function scopeSql(em: EntityManager, entity: EntityName<object>, column: string): Promise<string> {
  const qb = em.createQueryBuilder(entity as never, 'visible').select('visible.id');
  await qb.applyFilters();
  const sql = qb.getFormattedQuery();
  return /\bwhere\b/i.test(sql) ? ` and ${column} in (${sql})` : '';
}
