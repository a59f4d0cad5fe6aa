import { createHash } from 'node:crypto';
import type { AbstractSqlConnection, EntityManager } from '@mikro-orm/postgresql';
import { connectionLogContext, onReadConnection } from '../../db/replicas/routing-driver';

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * Runs a compiled read as a named prepared statement on one of the ORM's pooled connections: the text depends only on
 * the shape of the request, so each connection plans it once (as PostGraphile does). Logged as the ORM logs its queries.
 * The connection is the request's read connection: a replica for a query when replicas are configured (falling back to
 * the primary if it fails), else the primary. `named: false`: an unnamed statement, planned each time (for poolers in
 * transaction mode that do not carry named statements: PREPARED_STATEMENTS=false).
 */
export function runPrepared(em: EntityManager, text: string, values: unknown[], { named = true } = {}): Promise<Record<string, unknown>[]> {
  return onReadConnection(em.getConnection('read'), (connection) => runOn(connection, em, text, values, named));
}

/** The same for a write outside the unit of work (an insert the ORM would only have to build): on the primary. */
export function runPreparedWrite(
  em: EntityManager,
  text: string,
  values: unknown[],
  { named = true } = {},
): Promise<Record<string, unknown>[]> {
  return runOn(em.getConnection('write'), em, text, values, named);
}

const names = new Map<string, string>();
/** Statement texts named so far (one per shape of request): past this many, the map starts again. */
const MAX_NAMES = 1_000;

/** A statement's name, from its text: hashed once per text (the text of a read is the same for every request of its shape). */
function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_NAMES) names.clear();
    names.set(text, (name = `read_${createHash('sha1').update(text).digest('base64url')}`));
  }
  return name;
}

async function runOn(
  connection: AbstractSqlConnection,
  em: EntityManager,
  text: string,
  values: unknown[],
  named: boolean,
): Promise<Record<string, unknown>[]> {
  const knex = connection.getKnex();
  const name = named ? statementName(text) : undefined;
  const started = Date.now();
  const client = (await knex.client.acquireConnection()) as PgClient;
  try {
    const { rows } = await client.query(name ? { name, text, values } : { text, values });
    em.config
      .getLogger()
      .logQuery({ query: text, took: Date.now() - started, results: rows.length, level: 'info', ...connectionLogContext(connection) });
    return rows;
  } catch (error) {
    em.config.getLogger().logQuery({ query: text, took: Date.now() - started, level: 'error', ...connectionLogContext(connection) });
    // As the ORM reports its statements' errors: the statement (its shape only: values are parameters) and the message.
    if (error instanceof Error) error.message = `${text} - ${error.message}`;
    throw em.getDriver().convertException(error as Error);
  } finally {
    await knex.client.releaseConnection(client);
  }
}
