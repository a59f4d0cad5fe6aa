import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import { migrationsList } from '../migrations';

/** Set when the process starts shutting down: `/readyz` answers 503 so that no new traffic is sent here. */
export interface Lifecycle {
  draining: boolean;
}

const CHECK_TIMEOUT_MS = 2_000;

const withTimeout = <T>(promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS).unref())]);

/** The migrations this build lists that the database has not recorded (read only: a probe changes nothing). */
async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const table = orm.config.get('migrations').tableName ?? 'mikro_orm_migrations';
  let rows: { name: string }[];
  try {
    rows = await orm.em.getConnection().execute<{ name: string }[]>(`select name from "${table}"`);
  } catch (error) {
    // 42P01 undefined_table: a database no migration ever ran on.
    if ((error as { code?: string }).code === '42P01') rows = [];
    else throw error;
  }
  const applied = new Set(rows.map((row) => row.name));
  return migrationsList.map((m) => m.name).filter((name) => !applied.has(name));
}

/**
 * `GET /healthz`: the process is up (liveness). `GET /readyz`: it can serve — the database answers and every
 * migration is applied — and it is not shutting down (readiness). Both unauthenticated, with no data.
 */
export function healthRoutes(orm: MikroORM, lifecycle: Lifecycle): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  router.get('/readyz', async (_req, res) => {
    if (lifecycle.draining) return void res.status(503).json({ status: 'stopping' });
    let pending: string[];
    try {
      pending = await withTimeout(pendingMigrations(orm));
    } catch {
      return void res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
    if (pending.length) return void res.status(503).json({ status: 'unavailable', database: 'ok', pendingMigrations: pending });
    res.json({ status: 'ready', database: 'ok', migrations: migrationsList.length });
  });
  return router;
}
