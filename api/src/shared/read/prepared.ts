import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * Runs a compiled read as a named prepared statement on one of the ORM's pooled connections: the text depends only on
 * the shape of the request, so each connection plans it once (as PostGraphile does). Logged as the ORM logs its queries.
 */
export async function runPrepared(em: EntityManager, text: string, values: unknown[]): Promise<Record<string, unknown>[]> {
  const knex = em.getConnection().getKnex();
  const name = `read_${createHash('sha1').update(text).digest('base64url')}`;
  const started = Date.now();
  const client = (await knex.client.acquireConnection()) as PgClient;
  try {
    const { rows } = await client.query({ name, text, values });
    em.config.getLogger().logQuery({ query: text, took: Date.now() - started, results: rows.length, level: 'info' });
    return rows;
  } catch (error) {
    em.config.getLogger().logQuery({ query: text, took: Date.now() - started, level: 'error' });
    // As the ORM reports its statements' errors: the statement (its shape only: values are parameters) and the message.
    if (error instanceof Error) error.message = `${text} - ${error.message}`;
    throw em.getDriver().convertException(error as Error);
  } finally {
    await knex.client.releaseConnection(client);
  }
}
