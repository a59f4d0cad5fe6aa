import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Role } from '../src/access/roles';
import { mintToken } from '../src/access/token';
import { freePort } from '../src/db/embedded';
import { Agent } from '../src/referential/agent.entity';
import { repoRoot } from '../src/root';
import { openNationalDatabase } from './national-database';

/**
 * The figures of the README's capacity plan, on the national data: CPU time per request of the API process and of
 * PostgreSQL for the reference reads (../shared/peer-bench: a-agents, b-tree) and a 1,000-row bulk save, measured from
 * /proc (so the load generator's own CPU does not count), and the WAL a bulk save makes (what each replica replays).
 * Each read is run, in turns, on an API without replicas and on one whose "replica" is the primary itself
 * (DATABASE_REPLICA_URLS = the same URL): the ratio is the routing's cost (the caller's write position looked up on
 * the primary, a second pool).
 * Prints figures; asserts nothing. Compare within one run: on shared cores absolute figures move between runs.
 */
const READS = {
  'a-agents': `{ agents(limit: 50, sort: [{ field: "registrationNumber" }]) { items { id registrationNumber lastName firstName grade service { code name department { code name } } } } }`,
  'b-tree': `{ departments(limit: 50, sort: [{ field: "code" }]) { items { id code name services(limit: 10) { id code name agents(limit: 5) { id lastName } } } } }`,
};
const SECONDS = Number(process.env.CAPACITY_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.CAPACITY_CONNECTIONS ?? 8);
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const TICK = 100;

/**
 * utime + stime of a process, in ms (from /proc/<pid>/stat); `reaped`: plus cutime + cstime, the CPU of its children
 * that exited and that it waited for (a backend whose connection the pool closed).
 */
function cpuMs(pid: number, reaped = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]) + (reaped ? Number(fields[13]) + Number(fields[14]) : 0);
    return (ticks * 1000) / TICK;
  } catch {
    return 0; // exited meanwhile
  }
}

/** The postmaster of our cluster, its live children (backends, walwriter…) and those it reaped: what PostgreSQL spent. */
function postgresCpuMs(postmaster: number): number {
  let total = cpuMs(postmaster, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) total += cpuMs(Number(entry));
    } catch {
      // gone
    }
  }
  return total;
}

async function startApi(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(repoRoot(), 'api/dist/api/src/main.js')], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', SEED_DEMO: 'false', NODE_ENV: '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error('API exited before it was ready');
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, url: `${url}/graphql` };
    await sleep(200);
  }
}

async function main() {
  const { orm, config, close } = await openNationalDatabase();
  const postmaster = Number(readFileSync(path.resolve(repoRoot(), config.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const url = orm.config.get('clientUrl')!;
  if (config.auth.mode !== 'local') throw new Error('signs its tokens with the local key: unset AUTH_ISSUER');
  const token = await mintToken(config.auth.keyFile, { subject: 'capacity@interieur.gouv.fr', role: Role.NATIONAL_ADMIN, perimeter: [] });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const post = async (api: string, query: string, variables: object = {}) => {
    const res = await fetch(api, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const json = (await res.json()) as { errors?: unknown[]; data?: Record<string, { ok?: boolean }> };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data!;
  };
  const wal = async () => (await orm.em.getConnection().execute<{ lsn: string }[]>('select pg_current_wal_lsn()::text as lsn'))[0].lsn;
  const walBytes = async (from: string) =>
    Number(
      (await orm.em.getConnection().execute<{ b: string }[]>('select pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn) as b', [from]))[0].b,
    );

  console.log(
    `cores: ${os.cpus().length}, load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${CONNECTIONS} connections × ${SECONDS} s per measure`,
  );
  // Both APIs up at once, measured in turns (A B B A): the routing's cost is the ratio, not the difference of two moments.
  const plain = await startApi({ DATABASE_URL: url, DATA_DIR: config.dataDir });
  const routed = await startApi({ DATABASE_URL: url, DATA_DIR: config.dataDir, DATABASE_REPLICA_URLS: url });
  const modes = { 'primary only': plain, 'routing (replica = primary)': routed };
  try {
    for (const [name, query] of Object.entries(READS)) {
      for (const { url: api } of Object.values(modes)) for (let i = 0; i < 50; i++) await post(api, query); // warm-up: plans, JIT
      const totals = new Map<string, { done: number; seconds: number; api: number; pg: number; latencies: number[] }>();
      for (const mode of ['primary only', 'routing (replica = primary)', 'routing (replica = primary)', 'primary only'] as const) {
        const { child, url: api } = modes[mode];
        const api0 = cpuMs(child.pid!);
        const pg0 = postgresCpuMs(postmaster);
        const started = performance.now();
        const total = totals.get(mode) ?? { done: 0, seconds: 0, api: 0, pg: 0, latencies: [] };
        totals.set(mode, total);
        await Promise.all(
          Array.from({ length: CONNECTIONS }, async () => {
            while (performance.now() - started < SECONDS * 1000) {
              const t = performance.now();
              await post(api, query);
              total.latencies.push(performance.now() - t);
              total.done++;
            }
          }),
        );
        total.seconds += (performance.now() - started) / 1000;
        total.api += cpuMs(child.pid!) - api0;
        total.pg += postgresCpuMs(postmaster) - pg0;
      }
      for (const [mode, { done, seconds, api, pg, latencies }] of totals) {
        latencies.sort((x, y) => x - y);
        const apiMs = api / done;
        const pgMs = pg / done;
        console.log(
          `${mode.padEnd(28)} ${name.padEnd(9)} ${(done / seconds).toFixed(0).padStart(5)} req/s  p50 ${latencies[Math.floor(done / 2)].toFixed(1)} ms  p95 ${latencies[Math.floor(done * 0.95)].toFixed(1)} ms` +
            `  API ${apiMs.toFixed(2)} ms CPU/req (${(1000 / apiMs).toFixed(0)} req/s per core)  PostgreSQL ${pgMs.toFixed(2)} ms CPU/req (${(1000 / pgMs).toFixed(0)} req/s per core)`,
        );
      }
    }
    const { child, url: api } = plain;
    const agents = await orm.em.fork().find(Agent, {}, { limit: 1000, orderBy: { registrationNumber: 'asc' } });
    const save = `mutation($rows: [AgentRow!]!, $dry: Boolean) { saveAgents(rows: $rows, dryRun: $dry) { ok } }`;
    let version = agents[0].version;
    for (const dry of [true, false]) {
      const runs = 5;
      const api0 = cpuMs(child.pid!);
      const pg0 = postgresCpuMs(postmaster);
      const lsn = await wal();
      const started = performance.now();
      for (let i = 0; i < runs; i++) {
        const rows = agents.map((a) => ({
          id: a.id,
          version,
          values: { phone: `01 00 00 ${String(i).padStart(2, '0')} ${String(version % 100).padStart(2, '0')}` },
        }));
        const data = await post(api, save, { rows, dry });
        if (!data.saveAgents.ok) throw new Error('bulk save refused');
        if (!dry) version++;
      }
      const wall = (performance.now() - started) / runs;
      const bytes = (await walBytes(lsn)) / runs;
      console.log(
        `bulk save of 1,000 agents${dry ? ' (dryRun)' : ''}`.padEnd(38) +
          ` ${wall.toFixed(0)} ms each  API ${((cpuMs(child.pid!) - api0) / runs).toFixed(0)} ms CPU  PostgreSQL ${((postgresCpuMs(postmaster) - pg0) / runs).toFixed(0)} ms CPU  WAL ${(bytes / 1024).toFixed(0)} KiB`,
      );
    }
  } finally {
    for (const { child } of Object.values(modes)) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  console.log(
    `load average at end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  await close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
