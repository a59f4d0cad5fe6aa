import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Named parameters (`:asOf`) for raw SQL run through MikroORM's positional `?` bindings (arrays expand for `in (:ids)`):
 * aggregate queries repeat the same date many times.
 */
export function named(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const params: unknown[] = [];
  const text = sql.replace(/(?<!:):([a-zA-Z]\w*)/g, (_match, name: string) => {
    if (!(name in values)) throw new Error(`Paramètre SQL manquant : ${name}`);
    params.push(values[name]);
    return '?';
  });
  return [text, params];
}

/** The condition "valid on `day`" of a dated table alias (periods inclusive at both ends); `day` an SQL expression, `:asOf` by default. */
export const validSql = (alias: string, day = ':asOf') =>
  `${alias}.valid_from <= ${day} and (${alias}.valid_to is null or ${alias}.valid_to >= ${day})`;

/**
 * Where a hand-written read runs: on the read connection (a replica when there is one), or inside the transaction the
 * `em` is in (a read as recorded, `asRecorded`, sets its `search_path` there; a write reads what it has written).
 */
export function readSql(em: EntityManager): <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]> {
  if (em.isInTransaction()) return (sql, params = []) => em.execute(sql, params);
  const connection = em.getConnection('read');
  return (sql, params = []) => connection.execute(sql, params);
}
