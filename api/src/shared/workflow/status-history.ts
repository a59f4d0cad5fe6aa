import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import type { TrackedEntity } from '../base.entity';
import { conflict, notFound } from '../errors';
import { isUuid } from '../ids';
import type { IsoDate } from '../scalars';
import { StatusChange } from './status-change.entity';
import type { WorkflowStep } from './steps';

/** A record with a workflow status. */
export interface WithStatus extends TrackedEntity {
  id: string;
  status: string;
}

let lastRecorded = 0;
/** Strictly increasing recording times: the history lists changes in the order they were made, even within one request. */
function recordedAt(): Date {
  lastRecorded = Math.max(Date.now(), lastRecorded + 1);
  return new Date(lastRecorded);
}

/** Sets the new status and writes its dated history record, in the caller's flush. */
export function recordTransition<E extends WithStatus>(
  em: EntityManager,
  record: E,
  to: E['status'],
  action: WorkflowStep,
  effectiveOn: IsoDate,
  reason: string | null = null,
): void {
  em.create(StatusChange, {
    entityName: record.constructor.name,
    entityId: record.id,
    fromStatus: record.status,
    toStatus: to,
    action,
    effectiveOn,
    reason,
    createdAt: recordedAt(),
  });
  record.status = to;
}

/** The creation of a record in its first status, as the first line of its history. */
export function recordCreation(em: EntityManager, record: WithStatus, effectiveOn: IsoDate, action: WorkflowStep = 'CREATE'): void {
  em.create(StatusChange, {
    entityName: record.constructor.name,
    entityId: record.id,
    fromStatus: null,
    toStatus: record.status,
    action,
    effectiveOn,
    createdAt: recordedAt(),
  });
}

/**
 * Runs a workflow step on one record in a transaction: loads it, refuses a missing record or a stale version
 * (optimistic lock), lets `step` change it (and write what follows), then flushes (the audit subscriber records it).
 */
export async function onRecord<E extends TrackedEntity & { id: string }, R = E>(
  ctx: Context,
  entity: EntityClass<E>,
  label: string,
  id: string,
  version: number,
  step: (em: EntityManager, record: E) => Promise<R> | R,
): Promise<R> {
  return ctx.em.transactional(async (em) => {
    const record = isUuid(id) ? await em.findOne(entity, { id } as unknown as FilterQuery<E>) : null;
    if (!record) throw notFound(label, id);
    if (record.version !== version) {
      throw conflict(
        'version',
        `${label} modifié(e) par quelqu’un d’autre entre-temps (version ${version} lue, version ${record.version} en base) : rechargez-le.`,
      );
    }
    const result = await step(em, record);
    await em.flush();
    return result;
  });
}

/** The status history of many records of one type, in the order the changes were made, in one query (for a batched field resolver). */
export function statusHistory(ctx: Context, entityName: string, id: string): Promise<StatusChange[]> {
  return ctx.loaders
    .loader<StatusChange[]>(`status-history:${entityName}`, async (ids) => {
      const found = await ctx.em.find(
        StatusChange,
        { entityName, entityId: { $in: [...ids] } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return ids.map((i) => found.filter((c) => c.entityId === i));
    })
    .load(id);
}
