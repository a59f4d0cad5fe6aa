import { Readable } from 'node:stream';
import type { EntityMetadata } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import QueryStream from 'pg-query-stream';
import { insertHead, insertTail } from '../access/access-log';
import type { Context } from '../context';
import { DomainError, violation } from '../shared/errors';
import { checkedSort, listConditions } from '../shared/list';
import type { ListedResource } from '../shared/list-registry';
import { compiledFlatRowsSql, listWhereSql } from '../shared/read/compile';
import { columnOf, quote, Statement, Uncompilable } from '../shared/read/conditions';
import type { ExportArgs } from './export.args';
import { type ExportPlan, exportPlan, flatColumns, type PersonalRead } from './export.columns';

interface PgClient {
  query(text: string, values?: unknown[]): Promise<unknown>;
  query<T extends Readable>(stream: T): T;
}

/** Rows fetched from the cursor at a time: enough to keep PostgreSQL busy, few enough to keep the memory flat. */
const BATCH = 500;

export interface OpenExport {
  plan: ExportPlan;
  /** The rows, one array of the columns' values each, read through a cursor as the consumer asks for them. */
  rows: Readable;
  /** Ends the export's transaction (after the last row, or when the client went away) and gives the connection back. */
  close(): Promise<void>;
}

const meta = (ctx: Context) => (name: string) => ctx.em.getMetadata().get(name);

/**
 * The personal-data access log of an export, written once, by PostgreSQL itself: one line per set of personal fields
 * read, listing every person concerned (the exported rows, or the people the rows name), computed from the same
 * predicate as the export's rows and in its snapshot, so that Node never holds the list and the log matches the file.
 */
async function accessLogSql(
  q: Statement,
  ctx: Context,
  list: EntityMetadata,
  reads: PersonalRead[],
  conditions: object[],
): Promise<string | null> {
  if (!reads.length) return null;
  const selects: string[] = [];
  for (const read of reads) {
    const p = q.alias('x');
    const where = await listWhereSql(q, ctx, list, p, conditions);
    let ids = `${p}.${quote(columnOf(list, list.primaryKeys[0]))}`;
    let visible = '';
    if (read.via) {
      // A person named by a reference is read only when the caller may see them (else the cell is empty).
      const target = ctx.em.getMetadata().get(read.entityName);
      const t = q.alias('v');
      ids = `${p}.${quote(columnOf(list, read.via))}`;
      visible =
        ` and exists (select 1 from ${quote(target.tableName)} ${t} where ${t}.${quote(columnOf(target, target.primaryKeys[0]))} = ${ids}` +
        ` and ${await listWhereSql(q, ctx, target, t, [])})`;
    }
    selects.push(
      `select ${q.bind(read.entityName)}::text as e, ${q.bind([...read.fields].sort())}::text[] as f, array_agg(${read.via ? 'distinct ' : ''}${ids}::uuid) as ids` +
        ` from ${quote(list.tableName)} ${p} where ${where}${visible}`,
    );
  }
  const { principal, requestId } = ctx;
  // Committed as every access-log line is (`insertTail`, ACCESS_LOG_COMMIT): the export's transaction writes nothing
  // else, its rows being read through a cursor (a plain select) in the same snapshot.
  return (
    `${insertHead(ctx.em)} select now(), ${q.bind(principal.subject)}, ${q.bind(principal.role)}, ${q.bind(requestId)}, e, ids, f` +
    ` from (${selects.join(' union all ')}) read where ids is not null${insertTail(ctx.config.accessLogCommit)}`
  );
}

const notExportable = (label: string) =>
  new DomainError('VALIDATION_FAILED', [
    violation(
      'filter',
      'EXPORT_FILTER_UNSUPPORTED',
      `La liste « ${label} » ne peut pas être exportée avec ce filtre : retirez-le ou exportez sans lui.`,
    ),
  ]);

/**
 * Opens the export of a whole list for the caller of `ctx` (its scope dated by `asOf`): the list's own checks of
 * its arguments (`listConditions`: fields the role may filter on, sortable fields, identifiers), its rows compiled
 * into one statement by the read path (policy as SQL, withheld fields never read, plain columns), then, on one pooled connection
 * in one REPEATABLE READ transaction, the access log (one statement) and a cursor over the rows.
 */
export async function openExport(ctx: Context, schema: GraphQLSchema, list: ListedResource, args: ExportArgs): Promise<OpenExport> {
  const { em } = ctx;
  const listArgs = { offset: 0, limit: 0, sort: args.sort, asOf: args.asOf };
  const conditions = listConditions(em, list.entity, listArgs, args.filter, list.spec, ctx.config.maxPageSize) as object[];
  const sort = checkedSort(listArgs, list.spec);
  const plan = exportPlan(schema, meta(ctx), list.type, ctx.access.role);
  const rowsQ = new Statement();
  const logQ = new Statement();
  let rowsSql: string;
  let logSql: string | null;
  try {
    rowsSql = await compiledFlatRowsSql(rowsQ, ctx, list.type, flatColumns(plan.columns), { sort, conditions, asOf: args.asOf });
    logSql = await accessLogSql(logQ, ctx, em.getMetadata().get(list.type), plan.personal, conditions);
  } catch (error) {
    if (error instanceof Uncompilable) throw notExportable(list.plural);
    throw error;
  } finally {
    rowsQ.release();
    logQ.release();
  }

  const knex = em.getConnection().getKnex();
  const client = (await knex.client.acquireConnection()) as PgClient;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      // The log stays written even when the client went away mid-file: what was sent was read.
      await client.query('commit');
    } catch (error) {
      // A transaction the database aborted (a failed fetch) does not go back to the pool as it is.
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      await knex.client.releaseConnection(client);
    }
  };
  try {
    await client.query('begin isolation level repeatable read');
    // Before the first row leaves: an export whose log cannot be written sends nothing.
    if (logSql) await client.query(logSql, logQ.params);
    const rows = client.query(new QueryStream(rowsSql, rowsQ.params, { batchSize: BATCH, highWaterMark: BATCH, rowMode: 'array' }));
    em.config.getLogger().logQuery({ query: rowsSql, level: 'info' });
    return { plan, rows, close };
  } catch (error) {
    closed = true;
    await client.query('rollback').catch(() => undefined);
    await knex.client.releaseConnection(client);
    if (error instanceof Error) error.message = `${rowsSql} - ${error.message}`;
    throw em.getDriver().convertException(error as Error);
  }
}
