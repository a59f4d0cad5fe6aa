import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './database';
import { seedAll } from '../../seeds';
import { repoRoot } from './root';
import type { Lifecycle } from './ops/health';
import { createLogger } from './ops/logger';
import { gracefulShutdown, type ShutdownStep } from './ops/shutdown';

const logger = createLogger();

async function main() {
  const config = loadConfig();
  const root = repoRoot();
  const { orm, embedded } = await openDatabase(config, root, logger);
  const steps: ShutdownStep[] = [
    ['database pool', () => orm.close()],
    ...(embedded ? [['embedded PostgreSQL', () => embedded.stop()] as ShutdownStep] : []),
  ];
  const server = createServer();
  try {
    if (config.production && process.env.SEED_DEMO === 'true')
      logger.warn('SEED_DEMO=true is ignored with NODE_ENV=production: demo data is never seeded there');
    await seedAll(orm.em.fork(), { demo: config.seedDemo });
    const lifecycle: Lifecycle = { draining: false };
    const { app, stop } = await createApp(orm, config, path.join(root, 'admin', 'dist'), { logger, lifecycle });
    steps.unshift(['GraphQL server', stop]);
    server.on('request', app);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const shutdown = gracefulShutdown(server, { logger, lifecycle, timeoutMs: config.shutdownTimeoutMs, steps });
    const stopOn = (signal: NodeJS.Signals) =>
      process.once(signal, () => {
        // A second signal while draining stops at once (the next start releases the data directory).
        process.once(signal, () => process.exit(1));
        void shutdown(signal).then(() => process.exit(0));
      });
    stopOn('SIGTERM');
    stopOn('SIGINT');
    process.on('uncaughtException', (err) => {
      logger.fatal({ err }, 'uncaught exception');
      void shutdown('uncaughtException').finally(() => process.exit(1));
    });
  } catch (error) {
    for (const [, run] of steps) await run().catch(() => {});
    throw error;
  }
  const { address, port } = server.address() as AddressInfo;
  const base = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  logger.info({ host: address, port }, `Base de données : ${embedded ? `PostgreSQL embarqué (${config.dataDir}/pg)` : 'DATABASE_URL'}`);
  logger.info(`API GraphQL     : ${base}/graphql`);
  logger.info(`Back office     : ${base}/admin/`);
  logger.info(`Explorateur     : ${base}/explorer/`);
}

main().catch((err) => {
  logger.fatal({ err }, 'start failed');
  process.exit(1);
});
