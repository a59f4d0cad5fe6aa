import type { PostgreSqlConnection } from '@mikro-orm/postgresql';

/**
 * Read-your-writes across replicas, kept in PostgreSQL (so any instance knows it, and none keeps it): after each
 * mutation, the primary's WAL position is stored for the caller (`write_position`, one row per actor). Taken after
 * the mutation's transactions committed, it is at or past their commit records; a replica that has replayed it
 * holds every write of that caller. `greatest`: two instances writing for one caller never move it back.
 */
export async function recordWrite(primary: PostgreSqlConnection, actor: string): Promise<void> {
  await primary.execute(
    `insert into write_position (actor, lsn, written_at) values (?, pg_current_wal_lsn(), now())
     on conflict (actor) do update set lsn = greatest(write_position.lsn, excluded.lsn), written_at = excluded.written_at`,
    [actor],
    'run',
  );
}

/** The caller's last write position (`pg_lsn` as text), read on the primary; undefined if it never wrote. */
export async function lastWrite(primary: PostgreSqlConnection, actor: string): Promise<string | undefined> {
  const rows = await primary.execute<{ lsn: string }[]>('select lsn::text as lsn from write_position where actor = ?', [actor]);
  return rows[0]?.lsn;
}

/** Whether `replica` has applied the WAL up to `lsn` (on the replica itself: `pg_last_wal_replay_lsn()`). */
export async function hasReplayed(replica: PostgreSqlConnection, lsn: string): Promise<boolean> {
  const rows = await replica.execute<{ replayed: boolean | null }[]>('select pg_last_wal_replay_lsn() >= ?::pg_lsn as replayed', [lsn]);
  return rows[0]?.replayed === true;
}
