import type { EntityManager } from '@mikro-orm/postgresql';
import { named, validSql as valid } from '../shared/sql';
import type { IsoDate } from '../shared/scalars';
import { tableAsOf } from '../shared/versions/versioned';

export type PartnerCoverage = { conventionId: string; serviceIds: string[]; populations: string[] }[];

/**
 * The interministerial conventions of partner ministries (by code) in force on a date, with the services of their
 * zone in force then (the zone's entries, the services valid that day and in the department they were in that day), in one statement. A convention that names no population covers every population.
 */
export async function partnerCoverage(em: EntityManager, ministryCodes: string[], asOf: IsoDate): Promise<PartnerCoverage> {
  const sql = `
    select c.id, c.populations::text[] as populations, array_remove(array_agg(distinct s.id::text), null) as services
    from convention c
    join ministry m on m.id = c.partner_ministry_id
    left join convention_scope cs on cs.convention_id = c.id and ${valid('cs')}
    left join department sd on sd.region_id = cs.region_id
    left join ${tableAsOf(em.getMetadata(), 'Service', asOf)} s on (s.id = cs.service_id or s.department_id = cs.department_id or s.department_id = sd.id) and ${valid('s')}
    where c.kind = 'INTERMINISTERIAL' and m.code in (:codes) and ${valid('c')}
    group by c.id, c.populations`;
  const rows = await em
    .getConnection('read')
    .execute<{ id: string; populations: string[] | null; services: string[] }[]>(...named(sql, { codes: ministryCodes, asOf }));
  return rows.map((r) => ({ conventionId: r.id, serviceIds: r.services, populations: r.populations ?? [] }));
}
