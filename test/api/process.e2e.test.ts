import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../../api/src/access/token';
import { NATIONAL } from '../support/app';
import { accepts, ensureBuilt, installation, type Installation, type ServerProcess, startServer, until } from '../support/process';

/**
 * The built server as `pnpm start` runs it, in a process of its own with its own embedded PostgreSQL: a crash
 * (`kill -9`) and a restart, a SIGTERM with a request in flight, production mode and the listening address.
 */

const embeddedUrl = (inst: Installation) => `postgresql://postgres:postgres@127.0.0.1:${inst.pgPort}/registre`;

async function sql<T extends pg.QueryResultRow>(inst: Installation, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: embeddedUrl(inst) });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function gql(server: ServerProcess, inst: Installation, query: string, variables: Record<string, unknown> = {}) {
  const token = await mintToken(path.join(inst.dataDir, 'auth', 'local-signing-key.json'), NATIONAL);
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any>; errors?: unknown[] } };
}

const postmasterPid = (inst: Installation) => {
  const file = path.join(inst.dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
};
/** Running (a zombie waiting for a parent that does not reap it, as some init processes do, has stopped). */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
};

// Each test starts real processes (a cluster, migrations, the referential), up to twice: minutes under load.
const SLOW = 660_000;

beforeAll(() => ensureBuilt(), 300_000);

describe('a development installation', () => {
  let inst: Installation;
  const started: ServerProcess[] = [];
  const start = (env: Record<string, string> = {}) => {
    const server = startServer(inst, env);
    started.push(server);
    return server;
  };
  beforeAll(async () => {
    inst = await installation();
  });
  afterAll(async () => {
    for (const server of started) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    const pid = postmasterPid(inst);
    if (pid && alive(pid)) process.kill(pid, 'SIGINT');
    await until(() => !pid || !alive(pid), 'the test cluster to stop');
    inst.remove();
  }, SLOW);

  it(
    'listens on loopback only by default, and starts again after kill -9 with the data written before',
    async () => {
      const first = start();
      await first.ready();
      expect(await first.log((l) => l.port === inst.port, 'the start line')).toMatchObject({ host: '127.0.0.1' });
      // Another loopback address of the same machine: a server on 0.0.0.0 would accept it.
      expect(await accepts('127.0.0.1', inst.port)).toBe(true);
      expect(await accepts('127.0.0.2', inst.port)).toBe(false);
      const created = await gql(
        first,
        inst,
        'mutation { createMinistry(input: { code: "CRASH", name: "Ministère du redémarrage" }) { id } }',
      );
      expect(created.body.errors).toBeUndefined();
      first.child.kill('SIGKILL');
      expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
      // The cluster the API had started is still running, holding postmaster.pid: the situation of the crash.
      const orphan = postmasterPid(inst)!;
      expect(alive(orphan)).toBe(true);

      const second = start();
      await second.ready();
      expect(second.lines.some((l) => l.level === 'warn' && l.msg.includes(`pid ${orphan}`))).toBe(true);
      expect(alive(orphan)).toBe(false);
      const read = await gql(second, inst, '{ ministries(filter: { q: "CRASH" }) { items { id code name } } }');
      expect(read.body.data!.ministries.items).toEqual([
        { id: created.body.data!.createMinistry.id, code: 'CRASH', name: 'Ministère du redémarrage' },
      ]);
      second.child.kill('SIGTERM');
      expect(await second.exited).toEqual({ code: 0, signal: null });
    },
    SLOW,
  );

  it(
    'finishes the request in flight on SIGTERM, then stops the pool and the embedded cluster',
    async () => {
      const server = start();
      await server.ready();
      // A slow request: it waits for a lock this test holds, until the test lets it go.
      const locker = new pg.Client({ connectionString: embeddedUrl(inst) });
      await locker.connect();
      await locker.query('begin');
      await locker.query('lock table ministry in access exclusive mode');
      const slow = gql(server, inst, 'query SlowCount { ministries { totalCount } }');
      await until(async () => {
        const { rows } = await locker.query(`select 1 from pg_stat_activity where datname = 'registre' and wait_event_type = 'Lock'`);
        return rows.length > 0 || undefined;
      }, 'the request to wait for the lock');

      server.child.kill('SIGTERM');
      expect(await server.log((l) => l.msg.startsWith('shutting down'), 'the shutdown line')).toMatchObject({
        reason: 'SIGTERM',
        inFlight: 1,
      });
      // No new connection is accepted, the process waits for the request, the cluster is still up.
      expect(await accepts('127.0.0.1', inst.port)).toBe(false);
      expect(server.child.exitCode).toBeNull();
      const pid = postmasterPid(inst)!;
      expect(alive(pid)).toBe(true);

      await locker.query('commit');
      await locker.end();
      const answered = await slow;
      expect(answered.status).toBe(200);
      expect(answered.body.data!.ministries.totalCount).toBeGreaterThan(0);
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.lines.find((l) => l.operation === 'SlowCount')).toMatchObject({ status: 200, outcome: 'ok' });
      expect(server.lines.at(-1)!.msg).toBe('stopped');
      expect(alive(pid)).toBe(false);
      expect(postmasterPid(inst)).toBeUndefined();
    },
    SLOW,
  );
});

describe('a production installation', () => {
  let inst: Installation;
  let server: ServerProcess;
  beforeAll(async () => {
    inst = await installation();
  });
  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    inst.remove();
  }, SLOW);

  it(
    'never seeds demo data, even asked to, and listens where HOST says',
    async () => {
      server = startServer(inst, {
        NODE_ENV: 'production',
        SEED_DEMO: 'true',
        HOST: '127.0.0.2',
        // Production needs an OIDC issuer; its keys are fetched only when a token comes, and none does here.
        AUTH_ISSUER: 'http://127.0.0.1:9/issuer',
        AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks',
      });
      await server.ready();
      expect(await accepts('127.0.0.2', inst.port)).toBe(true);
      expect(await accepts('127.0.0.1', inst.port)).toBe(false);
      // Log lines are written by 4 kB or each second (app log batching): the warning may follow the ready line.
      await expect
        .poll(() => server.lines.some((l) => l.level === 'warn' && l.msg.startsWith('SEED_DEMO=true is ignored')), { timeout: 5_000 })
        .toBe(true);
      const [{ departments, services, agents }] = await sql<{ departments: number; services: number; agents: number }>(
        inst,
        'select (select count(*)::int from department) as departments, (select count(*)::int from service) as services, (select count(*)::int from agent) as agents',
      );
      expect(departments).toBeGreaterThanOrEqual(101);
      expect({ services, agents }).toEqual({ services: 0, agents: 0 });
      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
    },
    SLOW,
  );
});
