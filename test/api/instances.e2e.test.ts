import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../api/src/db/embedded';
import type { GraphQLResponse } from '../support/app';
import { must } from '../support/lifecycle';
import { ensureBuilt, type ServerProcess, startServer } from '../support/process';
import { type ReplicatedPair, startReplicatedPair } from '../support/replication';

// Two API processes, as behind a load balancer, on one database with its hot standby: nothing that matters lives in
// one process (sessions are tokens, the read-your-writes position is in PostgreSQL).
let pair: ReplicatedPair;
let dataDir: string;
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  ensureBuilt();
  pair = await startReplicatedPair();
  // One DATA_DIR for both: it only holds the local signing key here (the database is DATABASE_URL), as two instances
  // share their OIDC issuer in production.
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'registre-instances-'));
  const env = { DATABASE_URL: pair.primaryUrl, DATABASE_REPLICA_URLS: pair.standbyUrl };
  const instance = async (extra: Record<string, string> = {}) => {
    const server = startServer({ dataDir, port: await freePort(), pgPort: await freePort(), remove: () => {} }, { ...env, ...extra });
    await server.ready();
    return server;
  };
  a = await instance(); // migrates and seeds the reference data
  // B runs its compiled reads unnamed, as behind a transaction-mode pooler without prepared statements.
  b = await instance({ PREPARED_STATEMENTS: 'false' });
  await pair.caughtUp();
});

afterAll(async () => {
  for (const server of [a, b]) {
    server?.child.kill('SIGTERM');
    await server?.exited;
  }
  await pair?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const login = async (server: ServerProcess, username: string) => {
  const response = await fetch(`${server.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  return ((await response.json()) as { token: string }).token;
};

let sequence = 0;
async function gql(server: ServerProcess, token: string, query: string, variables: Record<string, unknown> = {}) {
  const requestId = `instances-${++sequence}`;
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse;
  const line = await server.log((l) => l.msg === 'request' && l.requestId === requestId, `the log line of ${requestId}`);
  return { body, readsFrom: line.readsFrom };
}

describe('two instances on one database', () => {
  it('accept each other’s sessions and answer the same user with the same results', async () => {
    const token = await login(a, 'national@demo.interieur.gouv.fr');
    const query = `{ me { subject role } regions(limit: 5, sort: [{ field: "code" }]) { totalCount items { code name departments { code name } } }
      ministries(sort: [{ field: "code" }]) { totalCount items { code name } } }`;
    const fromA = must((await gql(a, token, query)).body);
    const fromB = must((await gql(b, token, query)).body);
    expect(fromA.me).toEqual({ subject: 'national@demo.interieur.gouv.fr', role: 'NATIONAL_ADMIN' });
    expect(fromA.regions.items).toHaveLength(5);
    expect(fromB).toEqual(fromA);
    // A session opened on B works on A the same way.
    expect(must((await gql(a, await login(b, 'analyste@demo.interieur.gouv.fr'), '{ me { role } }')).body).me.role).toBe('ANALYST');
  });

  it('shows a user their write made on one instance when they read on the other, while the replica lags', async () => {
    const writer = await login(a, 'national@demo.interieur.gouv.fr');
    const other = await login(a, 'analyste@demo.interieur.gouv.fr');
    const { createMinistry } = must(
      (await gql(a, writer, `mutation { createMinistry(input: { code: "TEST-2-INST", name: "Avant", interior: false }) { id version } }`))
        .body,
    );
    await pair.caughtUp();
    const read = `query($id: ID!) { ministries(filter: { ids: [$id] }) { items { name } } }`;
    await pair.pauseReplay();
    try {
      must(
        (
          await gql(a, writer, `mutation($id: ID!, $v: Int!) { updateMinistry(id: $id, version: $v, input: { name: "Après" }) { name } }`, {
            id: createMinistry.id,
            v: createMinistry.version,
          })
        ).body,
      );
      for (const server of [b, a]) {
        const own = await gql(server, writer, read, { id: createMinistry.id });
        expect(must(own.body).ministries.items).toEqual([{ name: 'Après' }]);
        expect(own.readsFrom).toBe('primary');
        const theirs = await gql(server, other, read, { id: createMinistry.id });
        expect(must(theirs.body).ministries.items).toEqual([{ name: 'Avant' }]);
        expect(theirs.readsFrom).toBe('replica-1');
      }
    } finally {
      await pair.resumeReplay();
    }
    await pair.caughtUp();
    for (const server of [a, b]) {
      const own = await gql(server, writer, read, { id: createMinistry.id });
      expect(must(own.body).ministries.items).toEqual([{ name: 'Après' }]);
      expect(own.readsFrom).toBe('replica-1');
    }
  });
});
