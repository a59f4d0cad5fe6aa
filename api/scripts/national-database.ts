import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/config';
import { ensureDatabase, startEmbeddedPostgres } from '../src/db/embedded';
import { ormConfig } from '../src/mikro-orm.config';
import { repoRoot } from '../src/root';
import { Agent } from '../src/referential/agent.entity';
import { seedNational } from '../../seeds/national/seed-national';
import { seedReference } from '../../seeds/reference/seed-reference';

/**
 * The national-scale database `registre_national`, beside the product's own (on the embedded server, or on
 * the server of DATABASE_URL), created, migrated and seeded (≈ 6,000 services, 300,000 agents) when empty.
 */
export async function openNationalDatabase(sizes?: { services?: number; agents?: number }) {
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres(path.resolve(repoRoot(), config.dataDir, 'pg'), config.embeddedPort, undefined, {
        sharedBuffers: config.embeddedSharedBuffers,
      });
  const url = await ensureDatabase(config.databaseUrl ?? embedded!.url, 'registre_national');
  const orm = await MikroORM.init(ormConfig(url));
  await orm.getMigrator().up();
  const em = orm.em.fork();
  if ((await em.count(Agent, {})) === 0) {
    const started = Date.now();
    await seedReference(em);
    await seedNational(em, sizes);
    console.log(`Données nationales générées en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  return {
    orm,
    config,
    url,
    close: async () => {
      await orm.close();
      await embedded?.stop();
    },
  };
}
