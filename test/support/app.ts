import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { createApp } from '../../api/src/app';
import type { Config } from '../../api/src/config';
import { ensureDatabase } from '../../api/src/db/embedded';
import { ormConfig } from '../../api/src/mikro-orm.config';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

let counter = 0;

/**
 * The real application over HTTP on a database of its own (a clone of the run's migrated template),
 * with a counter of the SQL statements it sends, for the no-N+1 assertions.
 */
export async function initTestApp(options: { adminDir?: string; config?: Partial<Config> } = {}) {
  const database = `${inject('templateDatabase').replace(/_template$/, '')}_${process.pid}_${++counter}`;
  const url = await ensureDatabase(inject('serverUrl'), database, inject('templateDatabase'));
  let statements = 0;
  const orm = await MikroORM.init(
    ormConfig(url, { debug: ['query'], logger: (message) => void (message.includes('[query]') && statements++) }),
  );
  const config: Config = { port: 0, production: false, maxPageSize: 500, maxBulkRows: 5000, dataDir: '.data', ...options.config };
  const { app, stop } = await createApp(orm, config, options.adminDir);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-actor': 'test@interieur.gouv.fr', ...headers },
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

  return {
    orm,
    em: () => orm.em.fork(),
    baseUrl,
    gql,
    countStatements,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await orm.close();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof initTestApp>>;
