import 'reflect-metadata';
import net from 'node:net';
import { raw } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonalReads } from '../../api/src/access/access-log';
import { PersonalDataAccess } from '../../api/src/access/personal-data-access.entity';
import { Role } from '../../api/src/access/roles';
import { ReadRouting } from '../../api/src/db/replicas/read-route';
import { ormConfig } from '../../api/src/mikro-orm.config';
import { createLogger } from '../../api/src/ops/logger';
import { Region } from '../../api/src/referential/region.entity';
import { runInRequest } from '../../api/src/shared/request-scope';
import { seedReference } from '../../seeds/reference/seed-reference';
import { initTestApp, NATIONAL, type TestApp } from '../support/app';
import { serviceWithAgents } from '../support/fixtures';
import { must } from '../support/lifecycle';
import { type ReplicatedPair, startReplicatedPair } from '../support/replication';

// Reads on a real hot standby: a primary and a standby streaming from it (test/support/replication.ts).
let pair: ReplicatedPair;
let app: TestApp;

/** Another user than NATIONAL, who never writes here: what everyone else reads. */
const OTHER = { subject: 'autre@interieur.gouv.fr', role: Role.NATIONAL_ADMIN, perimeter: [] };

beforeAll(async () => {
  pair = await startReplicatedPair();
  const orm = await MikroORM.init(ormConfig(pair.primaryUrl));
  await orm.getMigrator().up();
  await seedReference(orm.em.fork());
  await orm.close();
  await pair.caughtUp();
  app = await initTestApp({ database: { url: pair.primaryUrl, replicaUrls: [pair.standbyUrl] } });
});

afterAll(async () => {
  try {
    await app?.close();
  } finally {
    await pair?.stop();
  }
});

/** Where the last request of `requestId` read, as its log line says. */
const readsFrom = (requestId: string) => app.logs.find((line) => line.msg === 'request' && line.requestId === requestId)?.readsFrom;

let sequence = 0;
/** A GraphQL request with a known request id, as `principal`; returns the response and where it read. */
async function request(query: string, variables: Record<string, unknown> = {}, principal = NATIONAL) {
  const requestId = `replicas-${++sequence}`;
  const response = await app.gql(query, variables, { 'x-request-id': requestId }, principal);
  return { response, readsFrom: readsFrom(requestId), requestId };
}

/** `select pg_is_in_recovery()` through the ORM's query builder and through a raw read, inside a request whose operation is `operation`. */
async function whereStatementsRun(routing: ReadRouting, operation: 'query' | 'mutation' | undefined, actor = 'quelqu-un') {
  const route = routing.route(actor, 'direct');
  const info = {
    requestId: 'direct',
    actor,
    personalReads: new PersonalReads(app.config.accessLogCommit),
    warnings: [],
    withheld: new Map(),
    reads: route,
  };
  return runInRequest(info, async () => {
    await route.settle(operation);
    const em = app.orm.em.fork();
    const orm = await em
      .createQueryBuilder(Region)
      .select(raw('pg_is_in_recovery() as standby'))
      .limit(1)
      .execute<{ standby: boolean }>('get', false);
    const [sql] = await em.getConnection('read').execute<{ standby: boolean }[]>('select pg_is_in_recovery() as standby');
    return { orm: orm.standby, sql: sql.standby };
  });
}

describe('reads on a streaming replica', () => {
  it('runs a query’s reads on the standby, a mutation’s and everything outside a request on the primary (pg_is_in_recovery)', async () => {
    const routing = ReadRouting.of(app.orm, createLogger({ level: 'silent' }))!;
    expect(await whereStatementsRun(routing, 'query')).toEqual({ orm: true, sql: true });
    expect(await whereStatementsRun(routing, 'mutation')).toEqual({ orm: false, sql: false });
    // Before the operation is known: the primary.
    expect(await whereStatementsRun(routing, undefined)).toEqual({ orm: false, sql: false });
    const [outside] = await app.orm.em.getConnection('read').execute<{ standby: boolean }[]>('select pg_is_in_recovery() as standby');
    expect(outside.standby).toBe(false);
  });

  it('sends every statement of a GraphQL query to the replica (compiled lists, ORM reads, indicators), of a mutation to the primary', async () => {
    let result!: Awaited<ReturnType<typeof request>>;
    const queryStatements = await app.captureStatements(async () => {
      result = await request(
        `{ regions(limit: 3, sort: [{ field: "code" }]) { totalCount items { code departments { code } } }
        deliveredEtp(groupBy: REGION) { items { code etp } } }`,
        {},
        OTHER,
      );
    });
    expect(result.response.errors).toBeUndefined();
    expect(result.response.data!.regions.items).toHaveLength(3);
    expect(result.readsFrom).toBe('replica-1');
    // The routing's own look-up of the caller's last write runs on the primary (the one place that knows it); the rest on the replica.
    const [lookup, ...reads] = queryStatements;
    expect(lookup).toMatch(/from write_position where actor = .*via write connection/);
    expect(reads.length).toBeGreaterThan(1);
    for (const statement of reads) expect(statement).toContain("via read connection 'replica-1'");

    let created!: Awaited<ReturnType<typeof request>>;
    const mutationStatements = await app.captureStatements(async () => {
      created = await request(
        `mutation { createMinistry(input: { code: "TEST-ROUTE", name: "Ministère de l’essai", interior: false }) { id name } }`,
      );
    });
    expect(created.response.errors).toBeUndefined();
    expect(created.readsFrom).toBe('primary');
    expect(mutationStatements.length).toBeGreaterThan(0);
    for (const statement of mutationStatements) expect(statement).not.toContain('via read connection');
  });

  it('never shows a user a stale copy of their own write while the replica lags; others read the replica meanwhile', async () => {
    const { createMinistry } = must(
      (await request(`mutation { createMinistry(input: { code: "TEST-LAG", name: "Avant", interior: false }) { id version } }`)).response,
    );
    await pair.caughtUp();
    const read = `query($id: ID!) { ministry(id: $id) { name } ministries(filter: { ids: [$id] }) { items { name } } }`;
    await pair.pauseReplay();
    try {
      const saved = await request(
        `mutation($id: ID!, $v: Int!) { updateMinistry(id: $id, version: $v, input: { name: "Après" }) { name } }`,
        { id: createMinistry.id, v: createMinistry.version },
      );
      expect(must(saved.response).updateMinistry.name).toBe('Après');
      // The writer reads its write, on the primary: the replica has not replayed it.
      const own = await request(read, { id: createMinistry.id });
      expect(must(own.response)).toEqual({ ministry: { name: 'Après' }, ministries: { items: [{ name: 'Après' }] } });
      expect(own.readsFrom).toBe('primary');
      // Someone else reads the replica, which is really behind (what the writer was kept from).
      const other = await request(read, { id: createMinistry.id }, OTHER);
      expect(must(other.response)).toEqual({ ministry: { name: 'Avant' }, ministries: { items: [{ name: 'Avant' }] } });
      expect(other.readsFrom).toBe('replica-1');
    } finally {
      await pair.resumeReplay();
    }
    await pair.caughtUp();
    // Once the replica has replayed the write, the writer reads there again, and sees it.
    const after = await request(read, { id: createMinistry.id });
    expect(must(after.response)).toEqual({ ministry: { name: 'Après' }, ministries: { items: [{ name: 'Après' }] } });
    expect(after.readsFrom).toBe('replica-1');
  });

  it('reads personal fields on the replica (read-only) and writes their access log on the primary, after the read', async () => {
    // On the primary, the compiled read writes its access log in its own statement (a data-modifying CTE): a hot
    // standby refuses any write, so a request reading there keeps the separate insert, sent to the primary.
    const service = await serviceWithAgents(app.em(), '35', 3);
    await pair.caughtUp();
    let result!: Awaited<ReturnType<typeof request>>;
    const statements = await app.captureStatements(async () => {
      result = await request(`query($id: ID) { agents(filter: { serviceId: $id }) { items { lastName } } }`, { id: service.id }, OTHER);
    });
    expect(result.response.errors).toBeUndefined();
    expect(result.response.data!.agents.items).toHaveLength(3);
    expect(result.readsFrom).toBe('replica-1');
    const read = statements.find((s) => s.includes('json_agg'));
    expect(read).toContain("via read connection 'replica-1'");
    expect(read).not.toContain('personal_data_access');
    const inserts = statements.filter((s) => s.includes('personal_data_access'));
    expect(inserts).toHaveLength(1);
    expect(inserts[0]).toMatch(/insert into "personal_data_access"/);
    expect(inserts[0]).not.toContain('via read connection');
    const lines = await app.em().find(PersonalDataAccess, { requestId: result.requestId });
    expect(lines.map((l) => [l.actor, l.fields, l.entityIds.length])).toEqual([[OTHER.subject, ['lastName'], 3]]);
    // Never sent to the replica and refused there: no fallback to the primary was logged for it.
    expect(app.logs.some((l) => l.requestId === result.requestId && l.msg === 'réplica indisponible : lecture sur le primaire')).toBe(
      false,
    );
  });

  it('reads on the primary, without any error for the user, when the replica is down (and logs it)', async () => {
    pair.stopStandby();
    try {
      // A query whose first statement fails on the replica (the compiled list), then reads on the primary.
      const {
        response,
        readsFrom: from,
        requestId,
      } = await request(
        `{ regions(limit: 2, sort: [{ field: "code" }]) { items { code } } ministries(filter: { q: "TEST-LAG" }) { items { name } } }`,
        {},
        OTHER,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ regions: { items: [{ code: '01' }, { code: '02' }] }, ministries: { items: [{ name: 'Après' }] } });
      expect(from).toBe('primary');
      expect(
        app.logs.some(
          (line) =>
            line.msg === 'réplica indisponible : lecture sur le primaire' && line.requestId === requestId && line.replica === 'replica-1',
        ),
      ).toBe(true);
      // The ORM's own reads fall back the same way (a fresh routing: the app's has set the replica aside meanwhile).
      const fresh = ReadRouting.of(app.orm, createLogger({ level: 'silent' }))!;
      expect(await whereStatementsRun(fresh, 'query')).toEqual({ orm: false, sql: false });
      // The writer's check of the replica's replay position falls back too.
      expect(await whereStatementsRun(ReadRouting.of(app.orm, createLogger({ level: 'silent' }))!, 'query', NATIONAL.subject)).toEqual({
        orm: false,
        sql: false,
      });
    } finally {
      pair.startStandby();
    }
  });

  it('reads on the primary when a replica accepts connections but never answers (a host gone silent)', async () => {
    // A TCP server that accepts and says nothing. The replica's 2 s connection timeout bounds the wait (without it, the
    // pool's 30 s creation timeout would); no duration is asserted: what is, is the answer and where it was read.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentUrl = new URL(pair.primaryUrl);
    silentUrl.port = String((silent.address() as net.AddressInfo).port);
    const stuck = await initTestApp({ database: { url: pair.primaryUrl, replicaUrls: [silentUrl.toString()] } });
    try {
      const response = await stuck.gql(
        `{ regions(limit: 1, sort: [{ field: "code" }]) { items { code } } }`,
        {},
        { 'x-request-id': 'silent-replica' },
        OTHER,
      );
      expect(response).toEqual({ data: { regions: { items: [{ code: '01' }] } } });
      expect(stuck.logs.find((line) => line.msg === 'request' && line.requestId === 'silent-replica')?.readsFrom).toBe('primary');
      expect(
        stuck.logs.some((line) => line.msg === 'réplica indisponible : lecture sur le primaire' && line.requestId === 'silent-replica'),
      ).toBe(true);
    } finally {
      await stuck.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
