import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from '../ops/logger';
import { serializeError } from '../shared/log';
import { ENTITY_IDS_INDEX } from './personal-data-access.entity';

/**
 * Keeps the pending list of the access log's GIN index (`entity_ids`: « who read this person ») short, off the
 * requests' path. PostgreSQL's GIN « fast update » appends each line's ids to a pending list and merges it into the
 * index once it passes `gin_pending_list_limit` (4 MB): the insert that crosses the limit does the merge itself,
 * and that request waits for it. Measured on the national log (63,000 lines, 12.6 million ids): an insert of
 * 2,500 ids (read b) p50 5 ms but p99 150 ms and up to 300 ms; of 50 ids (read a) p99 2.4 ms. Merged every 250 ms by
 * a connection of its own (`gin_clean_pending_list`, which also makes a request's merge give way: an insert that
 * finds the merge under way leaves it), the same inserts' p99 fall to 17 ms and 1.2 ms; the work is the same, done
 * by this loop's connection instead of by a reader's request. (Autovacuum merges it too, but at most once a minute.)
 *
 * `everyMs`: the pause between two merges (`ACCESS_LOG_UPKEEP_MS`). A merge of an empty list reads one page.
 * Returns the function that stops it (and closes its connection).
 */
const RETRY_MS = 60_000;

export function startAccessLogUpkeep(orm: MikroORM, log: Logger, everyMs: number): () => Promise<void> {
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  /** Whether the last merge failed: reported once, retried once a minute, its recovery reported. */
  let failing = false;

  const merge = async () => {
    try {
      if (!client) {
        // Its own connection, not the pool's: a merge under load takes seconds, which a pooled one would take from the readers.
        const connecting = new pg.Client({
          connectionString: orm.config.get('clientUrl'),
          application_name: 'registre: access-log upkeep',
        });
        connecting.on('error', () => undefined); // a lost connection is reported by the next merge, which opens another
        await connecting.connect();
        client = connecting;
      }
      await client.query('select gin_clean_pending_list($1::regclass)', [ENTITY_IDS_INDEX]);
      if (failing) log.info('access-log upkeep: the index pending list is merged again');
      failing = false;
    } catch (error) {
      // E.g. a role that does not own the index (the function requires it): autovacuum still merges the list.
      if (!failing)
        log.warn({ err: serializeError(error) }, 'access-log upkeep: the merge of the index pending list failed, retried every minute');
      failing = true;
      const lost = client;
      client = undefined;
      await lost?.end().catch(() => undefined);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(
      () => {
        running = merge().finally(() => {
          running = undefined;
          schedule();
        });
      },
      failing ? RETRY_MS : everyMs,
    ).unref();
  };
  schedule();

  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
    await client?.end().catch(() => undefined);
    client = undefined;
  };
}
