import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { type EmbeddedDatabase, ensureDatabase, startEmbeddedPostgres } from './db/embedded';
import { ormConfig } from './mikro-orm.config';

/** DATABASE_URL when set; otherwise the embedded PostgreSQL, whose data stays in `<dataDir>/pg`. */
export async function openDatabase(config: Config, root: string): Promise<{ orm: MikroORM; embedded?: EmbeddedDatabase }> {
  let url = config.databaseUrl;
  let embedded: EmbeddedDatabase | undefined;
  if (!url) {
    embedded = await startEmbeddedPostgres(path.resolve(root, config.dataDir, 'pg'), config.embeddedPort);
    url = await ensureDatabase(embedded.url, 'registre');
  }
  const orm = await MikroORM.init(ormConfig(url));
  await orm.getMigrator().up();
  return { orm, embedded };
}
