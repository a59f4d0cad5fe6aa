import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from '../ops/logger';
import { serializeError } from '../shared/log';
import { ENTITY_IDS_INDEX } from './personal-data-access.entity';

const RETRY_MS = 60_000;

/**
 * Keeps the pending list of the access log's GIN index (`entity_ids`: « who read this person ») merged off the
 * requests' path. PostgreSQL's GIN « fast update » appends each line's ids to a pending list and merges it into the
 * index once it passes `gin_pending_list_limit`: the insert that crosses the limit does the merge itself, and that
 * request waits for it. Measured on the national log (63,000 lines, 12.6 million ids), one connection inserting: a
 * line of 2,500 ids (read b) p50 5 ms but p99 150 ms and up to 300 ms with the default 4 MB limit; a line of 50 ids
 * (read a) p99 2.4 ms. Here a connection of its own merges the list every `everyMs` (`ACCESS_LOG_UPKEEP_MS`, 2 s)
 * with `gin_clean_pending_list`, and the index lets 64 MB wait (migration `…_AccessLogPendingList`), so that no
 * reader crosses the limit between two merges; an insert that finds a merge under way leaves it to that merge.
 * Merging seldom keeps the batches large (a merge's cost grows with the index pages its ids touch, not with their
 * number): in alternated runs of the peer bench's reads, every 2 s with 64 MB gave read a (10 connections) 526–665
 * req/s and p99 32–40 ms, every 250 ms 409–554 and 39–51 ms, none 426–513 and 43–51 ms; read b (1 connection) p99
 * 44–48 ms, 38–53 ms and 73–80 ms. (Autovacuum merges the list too, but at most once a minute.)
 * Returns the function that stops it (and closes its connection).
 */
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
