import type { EntityManager } from '@mikro-orm/postgresql';
import { type AccessLogCommit, insertHead, insertTail } from '../../access/access-log';
import type { Principal } from '../../access/roles';

/**
 * The personal-data access log of a compiled page, written by the read's own statement (issue 11): its page's rows
 * are a CTE, and a data-modifying CTE inserts from them what `PersonalReads` would have written after the read —
 * one line per set of personal fields read (those not null), listing the records in the page's order. PostgreSQL
 * runs a data-modifying CTE exactly once, and the statement fails as a whole if its insert fails: no answer is ever
 * made of rows whose reading is not logged, and the request makes one round trip instead of two.
 *
 * Only the page's own rows are logged so: personal fields read below them (in a child list or a reference) are in
 * the statement's JSON only, which PostgreSQL would have to parse again (read b's 240 kB tree: 15 ms → 35–45 ms), so
 * such a read keeps the insert of `PersonalReads`, for the whole request (one insert per request at most).
 */
export interface PageLog {
  /** The statement with its insert (the text of `Plan.sql` with the log's CTE): its last four values are `logValues`'. */
  sql: string;
  /** The type whose personal fields it logs, and those fields (sorted): `PersonalReads.cover`. */
  entityName: string;
  fields: string[];
}

/**
 * The CTE that logs the personal fields `personal` (field → its column on the page's CTE) of the `page` rows, in
 * their `order`, its values from `$first` on (`logValues`). `neverNull`: none of those columns can be null (NOT NULL
 * columns of the table itself), so every row reads the same fields and the log is one line of every id, in order —
 * without ranking the rows and grouping them by the fields they read (read a: 0.17 → 0.09 ms of the statement).
 */
export function pageLogCte(
  em: EntityManager,
  entityName: string,
  page: string,
  id: string,
  personal: ReadonlyMap<string, string>,
  order: string,
  first: number,
  commit: AccessLogCommit,
  neverNull = false,
): string {
  // Sorted as `PersonalReads.lines` sorts them (JavaScript's order: that of the C collation for these ASCII names).
  const fields = [...personal.keys()].sort();
  const [at, actor, role, requestId] = [0, 1, 2, 3].map((i) => `$${first + i}`);
  const head = `"$logged" as (${insertHead(em)} select ${at}::timestamptz, ${actor}::text, ${role}::text, ${requestId}::text, '${entityName}', `;
  if (neverNull)
    return `${head}array_agg(${page}.${id} order by ${order}), array[${fields.map((f) => `'${f}'`).join(', ')}]::text[] from ${page} having count(*) > 0${insertTail(commit)})`;
  const read = fields.map((field) => `case when ${personal.get(field)} is not null then '${field}' end`).join(', ');
  return (
    `${head}array_agg(r.id order by r.n), r.fields from (select ${page}.${id} as id, array_remove(array[${read}], null) as fields, ` +
    `row_number() over (order by ${order}) as n from ${page}) r where cardinality(r.fields) > 0 group by r.fields order by min(r.n)${insertTail(commit)})`
  );
}

/** The values of the log's CTE, after the read's own: when, who, in which role, through which request. */
export const logValues = (principal: Principal, requestId: string): unknown[] => [new Date(), principal.subject, principal.role, requestId];
