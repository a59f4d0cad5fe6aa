import 'reflect-metadata';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp } from '../src/app';
import { createLogger } from '../src/ops/logger';
import { Role } from '../src/access/roles';
import { mintToken } from '../src/access/token';
import { Agent } from '../src/referential/agent.entity';
import { repoRoot } from '../src/root';
import { benchGrid } from './bench-grid';
import { ensureVersions } from './bench-versions';
import { openNationalDatabase } from './national-database';

/** One population of six in the national data: ≈ 50,000 agents, enough to scroll 10,000 rows on a real list filter. */
const GRID_FILTER = { population: 'POLICE_ACTIVE' };

/** Benchmarks at national scale (≈ 300,000 agents, 6,000 services), over HTTP. Prints figures; asserts nothing. */
async function bench() {
  const { orm, config, close } = await openNationalDatabase();
  await ensureVersions(orm);
  // The root `pnpm bench` builds the back office first, for the grid's scrolling in a browser.
  const adminDir = path.join(repoRoot(), 'admin', 'dist');
  // Request lines would bury the figures: warnings and errors only, unless LOG_LEVEL says otherwise.
  const { app, stop } = await createApp(orm, config, adminDir, { logger: createLogger({ level: process.env.LOG_LEVEL ?? 'warn' }) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${baseUrl}/graphql`;
  if (config.auth.mode !== 'local') throw new Error('pnpm bench signs its tokens with the local key: unset AUTH_ISSUER');
  const keyFile = config.auth.keyFile;
  const tokens = new Map<Role, string>();
  const perimeters: Record<Role, string[]> = {
    NATIONAL_ADMIN: [],
    DEPARTMENTAL_ADMIN: ['59'],
    REGIONAL_CTR: ['84'],
    ANALYST: [],
    PARTNER_MINISTRY: ['AGRICULTURE'],
  };
  for (const role of Object.values(Role))
    tokens.set(role, await mintToken(keyFile, { subject: `bench-${role}`, role, perimeter: perimeters[role] }));
  /** The answer's text (its size is what the memory figures compare with). */
  const post = async (query: string, variables: object = {}, role = Role.NATIONAL_ADMIN) => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(role)}` };
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return res.text();
  };
  const gql = async (query: string, variables: object = {}, role = Role.NATIONAL_ADMIN) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each benchmark reads its own query's shape
    const json = JSON.parse(await post(query, variables, role)) as { errors?: unknown[]; data?: any };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  };
  const time = async (label: string, runs: number, fn: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await fn();
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(62)} médiane ${samples[Math.floor(runs / 2)].toFixed(0).padStart(5)} ms  max ${samples[runs - 1].toFixed(0).padStart(5)} ms  (${runs} essais)`,
    );
  };

  await time('agents: page of 100, text filter, sort by name, totalCount', 20, () =>
    gql(
      `{ agents(filter: { q: "mar" }, sort: [{ field: "lastName" }], limit: 100) { totalCount items { registrationNumber lastName service { code department { code } } } } }`,
    ),
  );
  await time('agents as of 2018-01-01: page of 100 at offset 10,000', 20, () =>
    gql(`{ agents(asOf: "2018-01-01", offset: 10000, limit: 100) { totalCount items { id } } }`),
  );
  await time('101 departments → 10 services → 10 agents, headcounts', 10, () =>
    gql(`{ departments(limit: 101) { items { code headcount { network } services(limit: 10) { code agents(limit: 10) { lastName } } } } }`),
  );

  // Memory per request (issue 11): how far the heap rises above its level before the request (sampled every
  // millisecond, server and client in this one process), beside the answer's size; and the process's peak RSS.
  const memory = async (label: string, runs: number, query: string) => {
    const peaks: number[] = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const base = process.memoryUsage().heapUsed;
      let peak = base;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1);
      const text = await post(query);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      clearInterval(sampler);
      size = Buffer.byteLength(text);
      peaks.push(peak - base);
    }
    peaks.sort((a, b) => a - b);
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(
      `${label.padEnd(62)} tas +${mb(peaks[Math.floor(runs / 2)]).padStart(5)} Mo médiane, +${mb(peaks[runs - 1])} Mo max  (réponse ${mb(size)} Mo ; RSS max du processus ${mb(process.resourceUsage().maxRSS * 1024)} Mo)`,
    );
  };
  await memory(
    'mémoire : the same tree (10,100 agents)',
    10,
    `{ departments(limit: 101) { items { code headcount { network } services(limit: 10) { code agents(limit: 10) { lastName } } } } }`,
  );
  await memory(
    'mémoire : 101 departments → 20 services → 20 agents (40,400)',
    3,
    `{ departments(limit: 101) { items { code services(limit: 20) { code agents(limit: 20) { lastName } } } } }`,
  );

  await time('the same tree reading grades only (no personal field, no access log)', 10, () =>
    gql(`{ departments(limit: 101) { items { code headcount { network } services(limit: 10) { code agents(limit: 10) { grade } } } } }`),
  );
  // As of a past date, every versioned row read from its version in force that day (issue 17 item 5: within 1.2× of
  // the current read, the same statements). Each pair: the current read, then the same selection as of 30/06/2020.
  const VERSIONED_PAGE = (asOf: string) =>
    `{ agents(${asOf} offset: 10000, limit: 100, sort: [{ field: "registrationNumber" }]) { items { grade corps category service { name parent { name } department { code } } } } }`;
  await time('agents: page of 100, grades and service names', 20, () => gql(VERSIONED_PAGE('')));
  await time('the same page as of 2020-06-30 (versions in force that day)', 20, () => gql(VERSIONED_PAGE('asOf: "2020-06-30",')));
  const VERSIONED_TREE = (asOf: string) =>
    `{ departments(limit: 101) { items { code services(${asOf} limit: 10) { name parent { name } children(limit: 5) { name } agents(limit: 10) { grade } } } } }`;
  await time('101 departments → 10 services (names, parents) → 10 agents', 10, () => gql(VERSIONED_TREE('')));
  await time('the same tree as of 2020-06-30 (versions in force that day)', 10, () => gql(VERSIONED_TREE('asOf: "2020-06-30",')));

  await time('departmental administrator (59): page of 100 agents, totalCount', 20, () =>
    gql(
      `{ agents(sort: [{ field: "lastName" }], limit: 100) { totalCount items { lastName service { code } } } }`,
      {},
      Role.DEPARTMENTAL_ADMIN,
    ),
  );
  await time('regional CTR (84): its departments → 10 services → 10 agents', 10, () =>
    gql(
      `{ departments(limit: 101) { items { code headcount { network } services(limit: 10) { code agents(limit: 10) { grade } } } } }`,
      {},
      Role.REGIONAL_CTR,
    ),
  );
  await time('analyst: page of 100 agents with personal fields (access log)', 20, () =>
    gql(`{ agents(limit: 100, offset: 5000) { items { registrationNumber lastName email } } }`, {}, Role.ANALYST),
  );

  // The grid scrolled in a headless Chromium (issue: 10,000 rows scroll smoothly); needs the built back office.
  // BENCH_GRID=0 skips it (the slowest part, when only the API's figures are wanted).
  if (process.env.BENCH_GRID === '0') {
    console.log('tableur agents: non mesuré (BENCH_GRID=0)');
  } else if (existsSync(adminDir)) {
    const { me } = await gql('{ me { subject name role perimeter writableTypes } }');
    await benchGrid({ baseUrl, token: tokens.get(Role.NATIONAL_ADMIN)!, me, filter: GRID_FILTER, rows: 10_000 });
  } else {
    console.log(`tableur agents: non mesuré, ${adminDir} absent (pnpm --filter admin build, ou pnpm bench à la racine)`);
  }

  const agents = await orm.em.fork().find(Agent, {}, { limit: 1000, orderBy: { registrationNumber: 'asc' } });
  const save = `mutation($rows: [AgentRow!]!, $dry: Boolean) { saveAgents(rows: $rows, dryRun: $dry) { ok rows { violations { code } } } }`;
  let version = agents[0].version;
  const rows = (phone: string) => agents.map((a) => ({ id: a.id, version, values: { phone } }));
  await time('bulk edit of 1,000 agents: validate only (dryRun)', 5, () => gql(save, { rows: rows('01 00 00 00 00'), dry: true }));
  await time('bulk edit of 1,000 agents: validate and commit (one transaction)', 5, async () => {
    const data = await gql(save, { rows: rows(`01 00 00 00 ${String(version).padStart(2, '0')}`), dry: false });
    if (!data.saveAgents.ok) throw new Error('bulk save refused');
    version++;
  });

  server.close();
  await stop();
  await close();
}

bench().catch((e) => {
  console.error(e);
  process.exit(1);
});
