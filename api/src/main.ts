import 'reflect-metadata';
import path from 'node:path';
import { createApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './database';
import { seedAll } from '../../seeds';
import { repoRoot } from './root';

async function main() {
  const config = loadConfig();
  const root = repoRoot();
  const { orm, embedded } = await openDatabase(config, root);
  await seedAll(orm.em.fork(), { demo: process.env.SEED_DEMO !== 'false' });
  const { app, stop } = await createApp(orm, config, path.join(root, 'admin', 'dist'));
  const server = app.listen(config.port, () => {
    const base = `http://localhost:${config.port}`;
    console.log(`Base de données : ${embedded ? `PostgreSQL embarqué (${config.dataDir}/pg)` : 'DATABASE_URL'}`);
    console.log(`API GraphQL     : ${base}/graphql`);
    console.log(`Back office     : ${base}/admin/`);
    console.log(`Explorateur     : ${base}/explorer/`);
  });
  const shutdown = async () => {
    server.close();
    try {
      await stop();
      await orm.close();
    } finally {
      await embedded?.stop();
      process.exit(0);
    }
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
