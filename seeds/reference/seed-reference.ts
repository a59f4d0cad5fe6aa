import type { EntityManager } from '@mikro-orm/postgresql';
import { Department } from '../../api/src/referential/department.entity';
import { Ministry } from '../../api/src/referential/ministry.entity';
import { OverseasCollectivity } from '../../api/src/referential/overseas-collectivity.entity';
import { Region } from '../../api/src/referential/region.entity';
import { DEPARTMENTS, OVERSEAS_COLLECTIVITIES, REGIONS } from './insee';
import { MINISTRIES } from './ministries';

/** Inserts the INSEE referential and the ministries that are missing (by code): idempotent. */
export async function seedReference(em: EntityManager): Promise<void> {
  const known = async (entity: typeof Region | typeof Department | typeof OverseasCollectivity | typeof Ministry) =>
    new Set((await em.createQueryBuilder(entity).select('code').execute<{ code: string }[]>('all', false)).map((r) => r.code));
  const regionCodes = await known(Region);
  for (const r of REGIONS) if (!regionCodes.has(r.code)) em.create(Region, r);
  await em.flush();
  const regions = new Map((await em.find(Region, {})).map((r) => [r.code, r]));
  const departmentCodes = await known(Department);
  for (const d of DEPARTMENTS) {
    if (!departmentCodes.has(d.code)) em.create(Department, { code: d.code, name: d.name, region: regions.get(d.regionCode)! });
  }
  const comCodes = await known(OverseasCollectivity);
  for (const c of OVERSEAS_COLLECTIVITIES) if (!comCodes.has(c.code)) em.create(OverseasCollectivity, c);
  const ministryCodes = await known(Ministry);
  for (const m of MINISTRIES) if (!ministryCodes.has(m.code)) em.create(Ministry, m);
  await em.flush();
}
