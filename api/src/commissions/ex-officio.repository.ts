import type { EntityManager } from '@mikro-orm/postgresql';
import type { IsoDate } from '../shared/scalars';
import { tableAsOf } from '../shared/versions/versioned';
import type { MemberRole } from './enums';

export interface SocialWorkerOnClasRow {
  commission_id: string;
  department_id: string;
  commission_from: IsoDate;
  commission_to: IsoDate | null;
  assignment_id: string;
  agent_id: string;
  post_id: string;
  valid_from: IsoDate;
  valid_to: IsoDate | null;
  /** Every seat of the agent on the commission, of any quality and date: the rule decides (ex-officio.rules.ts). */
  seats: { role: MemberRole; validFrom: IsoDate; validTo: IsoDate | null }[];
}

/**
 * In one statement: each departmental CLAS in force on the date, with the ASS assigned on that date to a post whose
 * administrative residence is in its department [004 §II.3] (the post's residence, kind and the service's department
 * in force that day: shared/versions), and their seats on it. `commissionId`: that CLAS only.
 */
export function socialWorkersOfClas(
  em: EntityManager,
  asOf: IsoDate,
  departmentId: string | null,
  commissionId: string | null = null,
): Promise<SocialWorkerOnClasRow[]> {
  return em.getConnection('read').execute(
    `with p as (select ?::date as d, ?::uuid as dep, ?::uuid as com)
     select c.id as commission_id, c.department_id, c.valid_from::text as commission_from, c.valid_to::text as commission_to,
            pa.id as assignment_id, pa.agent_id, pa.post_id, pa.valid_from::text as valid_from, pa.valid_to::text as valid_to,
            coalesce((select json_agg(json_build_object('role', m.role, 'validFrom', m.valid_from, 'validTo', m.valid_to) order by m.valid_from)
                      from commission_member m where m.commission_id = c.id and m.agent_id = pa.agent_id), '[]'::json) as seats
     from commission c cross join p
     join ${tableAsOf(em.getMetadata(), 'Service', asOf)} s on s.department_id = c.department_id
     join ${tableAsOf(em.getMetadata(), 'SocialWorkerPost', asOf)} sp on sp.residence_id = s.id and sp.kind = 'ASS' and sp.valid_from <= p.d and (sp.valid_to is null or sp.valid_to >= p.d)
     join post_assignment pa on pa.post_id = sp.id and pa.valid_from <= p.d and (pa.valid_to is null or pa.valid_to >= p.d)
     where c.kind = 'CLAS' and c.department_id is not null and c.valid_from <= p.d and (c.valid_to is null or c.valid_to >= p.d)
       and (p.dep is null or c.department_id = p.dep) and (p.com is null or c.id = p.com)
     order by c.code, sp.code, pa.valid_from`,
    [asOf, departmentId, commissionId],
  );
}
