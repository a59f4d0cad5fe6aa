import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { type EmbeddedDatabase, ensureDatabase, startEmbeddedPostgres } from './db/embedded';
import { ormConfig } from './mikro-orm.config';
import type { Logger } from './ops/logger';

// eslint-disable-next-line no-control-regex -- the ORM colours its lines for a terminal; logs are JSON
const ANSI = /\x1b\[[0-9;]*m/g;

/** DATABASE_URL when set; otherwise the embedded PostgreSQL, whose data stays in `<dataDir>/pg`. */
export async function openDatabase(config: Config, root: string, logger?: Logger): Promise<{ orm: MikroORM; embedded?: EmbeddedDatabase }> {
  let url = config.databaseUrl;
  let embedded: EmbeddedDatabase | undefined;
  let orm: MikroORM | undefined;
  try {
    if (!url) {
      embedded = await startEmbeddedPostgres(
        path.resolve(root, config.dataDir, 'pg'),
        config.embeddedPort,
        (message) => logger?.warn(message),
        {
          sharedBuffers: config.embeddedSharedBuffers,
        },
      );
      url = await ensureDatabase(embedded.url, 'registre');
    }
    orm = await MikroORM.init(
      ormConfig(url, {
        replicaUrls: config.replicaUrls,
        poolMax: config.poolMax,
        ...(logger ? { logger: (message: string) => logger.info({ component: 'orm' }, message.replace(ANSI, '')) } : {}),
      }),
    );
    await orm.getMigrator().up();
    return { orm, embedded };
  } catch (error) {
    // Leave no pool nor cluster running behind a failed start.
    await orm?.close();
    await embedded?.stop();
    throw error;
  }
}
