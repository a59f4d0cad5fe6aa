import 'reflect-metadata';
import { mkdtempSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../src/db/embedded';
import { ormConfig } from '../src/mikro-orm.config';
import { repoRoot } from '../src/root';

/** Diffs the entities against a scratch database migrated to the latest migration, and writes the next migration. */
async function run() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'registre-migration-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(path.join(dir, 'pg'), await freePort());
  try {
    const url = await ensureDatabase(pg.url, 'scratch');
    const config = ormConfig(url);
    const orm = await MikroORM.init({
      ...config,
      migrations: { ...config.migrations, path: path.join(repoRoot(), 'api/src/migrations'), emit: 'ts' },
    });
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration(undefined, false, false, process.argv[2]);
    console.log(
      result.fileName ? `Migration écrite : ${result.fileName} (ajoutez-la à src/migrations/index.ts)` : 'Aucun changement de schéma.',
    );
    await orm.close();
  } finally {
    await pg.stop();
  }
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
