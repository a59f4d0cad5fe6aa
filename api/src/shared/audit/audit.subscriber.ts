import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { currentRequest } from '../request-scope';
import { AuditAction, AuditEntry } from './audit-entry.entity';

const ACTIONS: Partial<Record<ChangeSetType, AuditAction>> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
};
/** Bookkeeping columns that every update touches: noise in an audit trail. */
const IGNORED = new Set(['version', 'updatedAt', 'createdAt']);

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  // References (entities or MikroORM Reference wrappers) are recorded by their id.
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id;
  return value;
}

function pick(data: Record<string, unknown> | undefined, keys: string[]): Record<string, unknown> | null {
  if (!data) return null;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (!IGNORED.has(key)) out[key] = plain(data[key]);
  return out;
}

/**
 * The one audit mechanism: every change set of a flush gets an AuditEntry in the same flush, hence
 * the same transaction. Actor and request come from the request scope (AsyncLocalStorage).
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    const request = currentRequest() ?? { requestId: 'system', actor: 'system' };
    for (const cs of uow.getChangeSets()) {
      const action = ACTIONS[cs.type];
      if (!action || cs.entity instanceof AuditEntry) continue;
      const original = cs.originalEntity as Record<string, unknown> | undefined;
      const payload = cs.payload as Record<string, unknown>;
      const changed = Object.keys(payload).filter((k) => !IGNORED.has(k));
      if (action === AuditAction.UPDATE && changed.length === 0) continue;
      const entry = Object.assign(new AuditEntry(), {
        actor: request.actor,
        requestId: request.requestId,
        entityName: cs.meta.className,
        entityId: String(cs.getPrimaryKey()),
        action,
        before:
          action === AuditAction.CREATE ? null : pick(original, action === AuditAction.DELETE ? Object.keys(original ?? {}) : changed),
        after: action === AuditAction.DELETE ? null : pick(payload, changed),
      });
      uow.computeChangeSet(entry);
    }
  }
}
