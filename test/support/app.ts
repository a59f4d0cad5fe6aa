import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { createApp } from '../../api/src/app';
import type { Config } from '../../api/src/config';
import { ensureDatabase } from '../../api/src/db/embedded';
import { ormConfig } from '../../api/src/mikro-orm.config';
import { type Principal, Role } from '../../api/src/access/roles';
import { mintToken } from '../../api/src/access/token';
import { createLogger } from '../../api/src/ops/logger';

/** The default caller of the tests: a national administrator. */
export const NATIONAL: Principal = { subject: 'test@interieur.gouv.fr', role: Role.NATIONAL_ADMIN, perimeter: [] };

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

let counter = 0;

/** A database of the test file's own: a clone of the run's migrated template. */
async function cloneTemplate(): Promise<string> {
  const database = `${inject('templateDatabase').replace(/_template$/, '')}_${process.pid}_${++counter}`;
  return ensureDatabase(inject('serverUrl'), database, inject('templateDatabase'));
}

/**
 * The real application over HTTP on a database of its own (a clone of the run's migrated template),
 * with a counter of the SQL statements it sends, for the no-N+1 assertions. `database`: a database of the test's own
 * instead (migrated already), with its read replicas.
 */
export async function initTestApp(
  options: { adminDir?: string; config?: Partial<Config>; database?: { url?: string; replicaUrls?: string[]; poolMax?: number } } = {},
) {
  const url = options.database?.url ?? (await cloneTemplate());
  let statements = 0;
  let captured: string[] | undefined;
  const orm = await MikroORM.init(
    ormConfig(url, {
      debug: ['query'],
      logger: (message) => {
        if (!message.includes('[query]')) return;
        statements++;
        captured?.push(message);
      },
      replicaUrls: options.database?.replicaUrls,
      poolMax: options.database?.poolMax,
    }),
  );
  const keyFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'registre-auth-')), 'key.json');
  const config: Config = {
    host: '127.0.0.1',
    port: 0,
    production: false,
    seedDemo: false,
    shutdownTimeoutMs: 1000,
    maxPageSize: 500,
    maxBulkRows: 5000,
    dataDir: '.data',
    embeddedPort: 0,
    retentionDays: 365,
    auth: { mode: 'local', keyFile },
    demoPassword: 'demo-test',
    accessLogCommit: 'asynchronous',
    // No upkeep of the access log's index: a test that wants it says so (access-log-upkeep.e2e.test.ts).
    accessLogUpkeepMs: null,
    ...options.config,
  };
  /** `Authorization` header of a principal's token (signed with this app's local key). */
  const authorization = async (principal: Principal = NATIONAL) => `Bearer ${await mintToken(keyFile, principal)}`;
  /** Every line the server logged, parsed: requests, and unexpected errors with their request id (what a response must never carry). */
  const logs: Record<string, any>[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void logs.push(JSON.parse(line)) } });
  const { app, stop } = await createApp(orm, config, options.adminDir, { logger });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** A GraphQL request over HTTP, as `principal` (default: a national administrator). */
  async function gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
    principal: Principal = NATIONAL,
  ) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: await authorization(principal), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Runs `fn` and returns how many SQL statements the server sent meanwhile. */
  async function countStatements(fn: () => Promise<unknown>): Promise<number> {
    const before = statements;
    await fn();
    return statements - before;
  }

  /** Runs `fn` and returns the SQL statements the server sent meanwhile (as logged). */
  async function captureStatements(fn: () => Promise<unknown>): Promise<string[]> {
    captured = [];
    try {
      await fn();
      return captured;
    } finally {
      captured = undefined;
    }
  }

  return {
    orm,
    /** The database this app reads and writes (another app may open it too). */
    url,
    em: () => orm.em.fork(),
    baseUrl,
    config,
    logs,
    gql,
    authorization,
    /** The same requests as another principal. */
    as:
      (principal: Principal) =>
      <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
        gql<T>(query, variables, {}, principal),
    countStatements,
    captureStatements,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await orm.close();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof initTestApp>>;
