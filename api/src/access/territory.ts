import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { humanKeyProperty } from '../shared/labels';

export interface Territory {
  departmentId: string | null;
  departmentCode: string | null;
  /** What people call the record (its code, registration number…), never its UUID. */
  key: string | null;
}

/**
 * For records of one type, by id, in one statement and outside any scope: the department at the end of `segments`
 * (the policy's path, e.g. `post.residence.department`; none = the record is a department), its code, and the
 * record's human key. What a write's perimeter is checked on, before the save and at the flush.
 */
export async function territories(
  em: EntityManager,
  meta: EntityMetadata,
  segments: string[],
  ids: string[],
): Promise<Map<string, Territory>> {
  if (!ids.length) return new Map();
  let from = `"${meta.tableName}" t0`;
  let alias = 't0';
  let current = meta;
  segments.slice(0, -1).forEach((segment, i) => {
    const prop = current.properties[segment as never];
    from += ` left join "${prop.targetMeta!.tableName}" t${i + 1} on t${i + 1}.id = ${alias}."${prop.fieldNames[0]}"`;
    alias = `t${i + 1}`;
    current = prop.targetMeta!;
  });
  const department = segments.length ? `${alias}."${current.properties[segments[segments.length - 1] as never].fieldNames[0]}"` : 't0.id';
  const keyProperty = humanKeyProperty(meta);
  const key = keyProperty ? `t0."${meta.properties[keyProperty as never].fieldNames[0]}"` : 'null';
  const rows = await em
    .getConnection()
    .execute<{ id: string; department_id: string | null; department_code: string | null; key: string | null }[]>(
      `select t0.id, ${department} as department_id, dep.code as department_code, ${key}::text as key
     from ${from} left join "department" dep on dep.id = ${department} where t0.id in (?)`,
      [ids],
      'all',
      em.getTransactionContext(),
    );
  return new Map(rows.map((r) => [r.id, { departmentId: r.department_id, departmentCode: r.department_code, key: r.key }]));
}
