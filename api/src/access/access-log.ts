import type { EntityManager } from '@mikro-orm/postgresql';
import { columnOf, quote } from '../shared/read/conditions';
import { runPreparedWrite } from '../shared/read/prepared';
import type { Principal } from './roles';
import { PersonalDataAccess } from './personal-data-access.entity';

/** The personal fields one request read, per record; written when the response leaves, one line per set of fields. */
export class PersonalReads {
  private readonly reads = new Map<string, { entityName: string; entityId: string; fields: Set<string> }>();

  note(entityName: string, entityId: string, field: string): void {
    const key = `${entityName}:${entityId}`;
    const read = this.reads.get(key) ?? { entityName, entityId, fields: new Set<string>() };
    read.fields.add(field);
    this.reads.set(key, read);
  }

  async flush(em: EntityManager, principal: Principal, requestId: string): Promise<void> {
    if (!this.reads.size) return;
    const lines = new Map<string, { entityName: string; fields: string[]; entityIds: string[] }>();
    for (const read of this.reads.values()) {
      const fields = [...read.fields].sort();
      const key = `${read.entityName}:${fields.join(',')}`;
      const line = lines.get(key) ?? { entityName: read.entityName, fields, entityIds: [] };
      line.entityIds.push(read.entityId);
      lines.set(key, line);
    }
    const values: unknown[] = [new Date(), principal.subject, principal.role, requestId];
    const rows = [...lines.values()].map((line) => `($1, $2, $3, $4, ${[line.entityName, line.entityIds, line.fields].map((v) => `$${values.push(v)}`).join(', ')})`);
    // Straight to the driver (unnamed: an insert's plan is trivial): the ORM's insertMany would build the same
    // statement anew, through its query builder, on each request.
    await runPreparedWrite(em, `${insertHead(em)} values ${rows.join(', ')}`, values, { named: false });
    this.reads.clear();
  }
}

const heads = new WeakMap<object, string>();

/** `insert into personal_data_access (at, actor, role, request_id, entity_name, entity_ids, fields)`, names from the ORM's metadata. */
function insertHead(em: EntityManager): string {
  const metadata = em.getMetadata();
  let head = heads.get(metadata);
  if (!head) {
    const meta = metadata.get(PersonalDataAccess.name);
    const columns = (['at', 'actor', 'role', 'requestId', 'entityName', 'entityIds', 'fields'] as const).map((p) => quote(columnOf(meta, p)));
    heads.set(metadata, (head = `insert into ${quote(meta.tableName)} (${columns.join(', ')})`));
  }
  return head;
}
