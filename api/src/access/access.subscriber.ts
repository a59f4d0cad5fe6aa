import { ChangeSetType, type EntityMetadata, type EventSubscriber, type FlushEventArgs, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { currentRequest } from '../shared/request-scope';
import { entityLabel, humanKeyProperty } from '../shared/labels';
import { forbidden } from './access';
import { outOfPerimeter } from './perimeter';
import { departmentPath, SCOPED, SYSTEM_ENTITIES } from './policy';
import { territories } from './territory';

interface Pending {
  meta: EntityMetadata;
  segments: string[];
  id: string;
  resolve(departmentId: string | null): void;
}

type Dict = Record<string, unknown>;

/**
 * The write-side enforcement point: every flush, whatever code path made it, may only touch entities the role may
 * write, and rows whose territory is in the principal's scope both before and after the change.
 */
export class AccessSubscriber implements EventSubscriber {
  async onFlush({ uow, em }: FlushEventArgs): Promise<void> {
    const access = currentRequest()?.access;
    if (!access) return; // the system itself: migrations, seeds, command-line tools
    const pending: Pending[] = [];
    const territories: { label: string; departmentId: Promise<string | null> }[] = [];
    for (const cs of uow.getChangeSets()) {
      const name = cs.meta.className;
      if (SYSTEM_ENTITIES.has(name)) continue;
      access.assertCanWrite(name);
      const path = SCOPED[name];
      if (!access.scoped || !path) continue;
      const segments = departmentPath(path);
      const label = recordLabel(cs.meta, cs.entity as Dict);
      if (cs.type !== ChangeSetType.CREATE && cs.originalEntity) {
        territories.push({ label, departmentId: walkOriginal(cs.meta, cs.originalEntity as Dict, segments, pending) });
      }
      if (cs.type !== ChangeSetType.DELETE) {
        territories.push({ label, departmentId: walk(cs.meta, cs.entity as Dict, segments, pending) });
      }
    }
    if (!territories.length) return;
    await resolvePending(em as EntityManager, pending);
    const allowed = new Set(await access.departmentIds());
    for (const { label, departmentId } of territories) {
      const id = await departmentId;
      if (!id || !allowed.has(id)) {
        throw forbidden('id', outOfPerimeter(access, label, ''));
      }
    }
  }
}

/** Follows the path through loaded entities; the rest of it is looked up in the database (batched). */
function walk(meta: EntityMetadata, entity: Dict, segments: string[], pending: Pending[]): Promise<string | null> {
  let current: Dict = entity;
  let currentMeta = meta;
  for (let i = 0; i < segments.length; i++) {
    const value = current[segments[i]] as Dict | null | undefined;
    if (!value) return Promise.resolve(null);
    if (i === segments.length - 1) return Promise.resolve(String(value.id));
    const target = currentMeta.properties[segments[i] as never].targetMeta!;
    if (!wrap(value, true).__initialized) return defer(target, String(value.id), segments.slice(i + 1), pending);
    current = value;
    currentMeta = target;
  }
  return Promise.resolve(null);
}

/** The same, from the values the row had before the change (foreign keys as ids). */
function walkOriginal(meta: EntityMetadata, original: Dict, segments: string[], pending: Pending[]): Promise<string | null> {
  const first = original[segments[0]];
  const id = first && typeof first === 'object' ? (first as Dict).id : first;
  if (id === null || id === undefined) return Promise.resolve(null);
  if (segments.length === 1) return Promise.resolve(String(id));
  return defer(meta.properties[segments[0] as never].targetMeta!, String(id), segments.slice(1), pending);
}

function defer(meta: EntityMetadata, id: string, segments: string[], pending: Pending[]): Promise<string | null> {
  return new Promise((resolve) => pending.push({ meta, segments, id, resolve }));
}

/** One query per (entity, path): joins along the path and reads the department's foreign key. */
async function resolvePending(em: EntityManager, pending: Pending[]): Promise<void> {
  const groups = new Map<string, Pending[]>();
  for (const p of pending) {
    const key = `${p.meta.className}:${p.segments.join('.')}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const group of groups.values()) {
    const { meta, segments } = group[0];
    const found = await territories(
      em,
      meta,
      segments,
      group.map((p) => p.id),
    );
    for (const p of group) p.resolve(found.get(p.id)?.departmentId ?? null);
  }
}

/**
 * A record as people name it, never by its UUID: « Agent A-123 », or through what it belongs to when it has no key of
 * its own (« Affectation — Agent A-123 »).
 */
function recordLabel(meta: EntityMetadata, entity: Dict): string {
  const own = humanKeyProperty(meta);
  if (own && entity[own]) return `${entityLabel(meta.className)} ${String(entity[own])}`;
  for (const prop of meta.relations) {
    const related = entity[prop.name] as Dict | null | undefined;
    const key = prop.kind === 'm:1' && related && wrap(related, true).__initialized ? humanKeyProperty(prop.targetMeta!) : undefined;
    if (key && related![key]) return `${entityLabel(meta.className)} — ${entityLabel(prop.targetMeta!.className)} ${String(related![key])}`;
  }
  return entityLabel(meta.className);
}
