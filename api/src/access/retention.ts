import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { AuditAction, AuditEntry } from '../shared/audit/audit-entry.entity';
import { currentRequest } from '../shared/request-scope';
import { searchableFields, searchColumn } from '../shared/search';
import { Agent } from '../referential/agent.entity';
import { addDays, DateScalar, type IsoDate, today } from '../shared/scalars';
import { PERSONAL_FIELDS } from './policy';

@ObjectType({ description: 'Le résultat d’un effacement des données personnelles échues.' })
export class PurgeResult {
  @Field(() => DateScalar, { description: 'Les enregistrements terminés avant cette date sont effacés.' }) cutoff!: IsoDate;
  @Field(() => Int, { description: 'Nombre d’agents dont les données personnelles ont été effacées.' }) purged!: number;
  @Field() dryRun!: boolean;
}

/** The personal columns of an agent and what they become: the values that identify nobody. */
const ANONYMISED: Record<string, string> = {
  first_name: `'Anonymisé'`,
  last_name: `'Anonymisé'`,
  registration_number: `'ANON-' || id`,
  email: 'null',
  phone: 'null',
  mobility_plan_date: 'null',
  mobility_plan_kind: 'null',
};

/**
 * Retention (GDPR, DOMAIN.md §7): agents out of post for longer than the retention period are anonymised in place —
 * names, matricule, contacts and mobility plan — and their personal values are removed from the audit trail and
 * from every version of the registry's history.
 * Their rows, assignments and memberships stay, so every count and aggregate is unchanged.
 */
export async function purgeEndedPersonalData(
  em: EntityManager,
  retentionDays: number,
  dryRun: boolean,
  on: IsoDate = today(),
): Promise<PurgeResult> {
  const cutoff = addDays(on, -retentionDays);
  const ended = 'valid_to < ? and personal_data_purged_at is null';
  if (dryRun) {
    const [{ count }] = await em.getConnection().execute<{ count: string }[]>(`select count(*) from agent where ${ended}`, [cutoff]);
    return Object.assign(new PurgeResult(), { cutoff, purged: Number(count), dryRun });
  }
  return em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const context = tx.getTransactionContext();
    const rows = await connection.execute<{ id: string }[]>(
      `update agent set ${Object.entries(ANONYMISED)
        .map(([column, value]) => `${column} = ${value}`)
        .join(', ')},
         personal_data_purged_at = now(), version = version + 1
       where ${ended} returning id`,
      [cutoff],
      'all',
      context,
    );
    const ids = rows.map((r) => r.id);
    if (ids.length) {
      // The registry's own history (history.agent, written by its trigger) keeps every version: each loses its
      // personal values too, replaced by the anonymised ones — their stored search copies (shared/search.ts) included.
      const meta = em.getMetadata().get(Agent.name);
      const searched = searchableFields(Agent).map((p) => meta.properties[p as never].fieldNames[0]);
      const columns = Object.keys(ANONYMISED).flatMap((c) => (searched.includes(c) ? [c, searchColumn(c)] : [c]));
      await connection.execute(
        `update history.agent h set "row" = h."row" || jsonb_build_object(${columns.map((column) => `'${column}', a.${column}`).join(', ')})
           from agent a where a.id in (?) and h.key = a.id::text`,
        [ids],
        'run',
        context,
      );
      await connection.execute(
        `update audit_entry set "before" = "before" - array[?]::text[], "after" = "after" - array[?]::text[] where entity_name = 'Agent' and entity_id in (?)`,
        [PERSONAL_FIELDS.Agent, PERSONAL_FIELDS.Agent, ids],
        'run',
        context,
      );
      const request = currentRequest();
      await tx.insertMany(
        AuditEntry,
        ids.map((entityId) => ({
          at: new Date(),
          actor: request?.actor ?? 'system',
          requestId: request?.requestId ?? 'system',
          entityName: 'Agent',
          entityId,
          action: AuditAction.UPDATE,
          before: null,
          after: { personalDataPurged: true },
        })),
      );
    }
    return Object.assign(new PurgeResult(), { cutoff, purged: ids.length, dryRun });
  });
}
