import type { EntityManager } from '@mikro-orm/postgresql';
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
    const at = new Date();
    await em.insertMany(PersonalDataAccess, [...lines.values()].map((line) => ({ at, actor: principal.subject, role: principal.role, requestId, ...line })));
    this.reads.clear();
  }
}
