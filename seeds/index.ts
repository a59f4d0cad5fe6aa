import type { EntityManager } from '@mikro-orm/postgresql';
import { Service } from '../api/src/referential/service.entity';
import { seedDemo } from './demo/seed-demo';
import { seedReference } from './reference/seed-reference';

/** Reference data always (idempotent); the demo data set once, into an empty registry. */
export async function seedAll(em: EntityManager, options: { demo: boolean }): Promise<void> {
  await seedReference(em);
  if (options.demo && (await em.count(Service, {})) === 0) await seedDemo(em);
}
