import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { type EmbeddedDatabase, ensureDatabase, freePort, startEmbeddedPostgres } from '../../api/src/db/embedded';
import { ormConfig } from '../../api/src/mikro-orm.config';
import { seedReference } from '../../seeds/reference/seed-reference';
import { dropDatabases } from './databases';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}

/**
 * One PostgreSQL for the run (DATABASE_URL, or an embedded one in a temporary folder), and a template database
 * migrated and seeded with the INSEE referential: each test file clones it into a database of its own.
 */
export default async function setup(project: { provide(key: 'serverUrl' | 'templateDatabase', value: string): void }) {
  let embedded: EmbeddedDatabase | undefined;
  let dir: string | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    dir = mkdtempSync(path.join(os.tmpdir(), 'registre-test-'));
    chmodSync(dir, 0o755);
    embedded = await startEmbeddedPostgres(path.join(dir, 'pg'), await freePort());
    serverUrl = embedded.url;
  }
  const prefix = `registre_test_${process.pid}`;
  const templateDatabase = `${prefix}_template`;
  const orm = await MikroORM.init(ormConfig(await ensureDatabase(serverUrl, templateDatabase)));
  await orm.getMigrator().up();
  await seedReference(orm.em.fork());
  await orm.close();
  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    await dropDatabases(serverUrl, prefix);
    await embedded?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
