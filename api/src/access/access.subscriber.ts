import { ChangeSetType, type EntityMetadata, type EventSubscriber, type FlushEventArgs, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { currentRequest } from '../shared/request-scope';
import { forbidden } from './access';
import { SCOPED, type ScopePath, SYSTEM_ENTITIES } from './policy';
import { ROLE_LABELS } from './roles';

/** The path from a record to the id of its department. */
const departmentPath = (path: ScopePath): string[] =>
  'department' in path ? path.department.split('.') : [...(path.service ? path.service.split('.') : []), 'department'];

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
      const label = `${name} ${String(cs.getPrimaryKey() ?? '')}`.trim();
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
        throw forbidden('id', `Hors de votre périmètre (${ROLE_LABELS[access.role]} : ${access.principal.perimeter.join(', ')}) : ${label}.`);
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
    let from = `"${meta.tableName}" t0`;
    let alias = 't0';
    let current = meta;
    segments.slice(0, -1).forEach((segment, i) => {
      const prop = current.properties[segment as never];
      from += ` left join "${prop.targetMeta!.tableName}" t${i + 1} on t${i + 1}.id = ${alias}."${prop.fieldNames[0]}"`;
      alias = `t${i + 1}`;
      current = prop.targetMeta!;
    });
    const column = current.properties[segments[segments.length - 1] as never].fieldNames[0];
    const rows = await em.getConnection().execute<{ id: string; department_id: string | null }[]>(
      `select t0.id, ${alias}."${column}" as department_id from ${from} where t0.id in (?)`,
      [group.map((p) => p.id)],
      'all',
      em.getTransactionContext(),
    );
    const byId = new Map(rows.map((r) => [r.id, r.department_id]));
    for (const p of group) p.resolve(byId.get(p.id) ?? null);
  }
}
