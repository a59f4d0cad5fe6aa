import type { EntityManager } from '@mikro-orm/postgresql';
import { columnOf, quote } from '../shared/read/conditions';
import { runPreparedWrite } from '../shared/read/prepared';
import type { Principal } from './roles';
import { PersonalDataAccess } from './personal-data-access.entity';

/**
 * How the transaction of an access-log insert commits (`ACCESS_LOG_COMMIT`). `asynchronous` (the default): without
 * waiting for PostgreSQL to flush its write-ahead log to disk (`synchronous_commit` off for that transaction alone,
 * PostgreSQL's « Asynchronous Commit », §28.4 of its manual). The line is committed, visible to the auditors and kept
 * whatever happens to this process before the answer leaves; only a crash of the database server itself within
 * about 0.6 s (three times `wal_writer_delay`) could lose the last lines. Waiting for the disk cost each read of
 * personal fields 5–9 ms on these machines (issue 11's peer bench: read a at one connection, 1.56 ms without it).
 * `synchronous`: every line on disk before the answer leaves (the DPO's choice if that window is not acceptable).
 * Writes to the registry itself (and their audit trail) always commit synchronously.
 */
export type AccessLogCommit = 'asynchronous' | 'synchronous';

/** What ends an access-log insert for that commit: a `returning` that switches its transaction's commit off the disk's wait. */
export function insertTail(commit: AccessLogCommit): string {
  // `set_config(…, true)` lasts until the transaction's end, which is its commit: evaluated once per inserted line
  // (a handful), also in a data-modifying CTE whose output nobody reads (PostgreSQL runs those to completion).
  return commit === 'asynchronous' ? ` returning set_config('synchronous_commit', 'off', true)` : '';
}

/** The personal fields one request read, per record; written when the response leaves, one line per set of fields. */
export class PersonalReads {
  /** `commit`: the configuration's `accessLogCommit` (its default is config.ts's alone). */
  constructor(private readonly commit: AccessLogCommit) {}

  /**
   * By type: the records read in the order first read, and for each personal field the records it was read of.
   * (Kept by field rather than by record: a page of 10,000 agents notes 10,000 times, and a set per record costs.)
   */
  private readonly reads = new Map<string, { ids: Set<string>; byField: Map<string, Set<string>> }>();

  /**
   * The fields the compiled read's own statement logged for every record it read (`read/access-log-sql.ts`), by type:
   * noted again by graphql-js (a row it resolved itself), they are not written twice.
   */
  private covered?: Map<string, ReadonlySet<string>>;

  note(entityName: string, entityId: string, field: string): void {
    if (this.covered?.get(entityName)?.has(field)) return;
    let read = this.reads.get(entityName);
    if (!read) this.reads.set(entityName, (read = { ids: new Set(), byField: new Map() }));
    read.ids.add(entityId);
    let ids = read.byField.get(field);
    if (!ids) read.byField.set(field, (ids = new Set()));
    ids.add(entityId);
  }

  /** What the read's statement wrote itself, in the same statement (a data-modifying CTE): not noted again. */
  cover(entityName: string, fields: readonly string[]): void {
    (this.covered ??= new Map()).set(entityName, new Set(fields));
  }

  /** One line per type and set of fields read, listing the records read with exactly those fields. */
  private lines(): { entityName: string; fields: string[]; entityIds: string[] }[] {
    const lines: { entityName: string; fields: string[]; entityIds: string[] }[] = [];
    for (const [entityName, { ids, byField }] of this.reads) {
      const fields = [...byField.keys()].sort();
      if (fields.every((field) => byField.get(field)!.size === ids.size)) {
        lines.push({ entityName, fields, entityIds: [...ids] });
        continue;
      }
      const bySet = new Map<string, { entityName: string; fields: string[]; entityIds: string[] }>();
      for (const id of ids) {
        const read = fields.filter((field) => byField.get(field)!.has(id));
        const key = read.join(',');
        let line = bySet.get(key);
        if (!line) bySet.set(key, (line = { entityName, fields: read, entityIds: [] }));
        line.entityIds.push(id);
      }
      lines.push(...bySet.values());
    }
    return lines;
  }

  /** The inserts started: one per request when its reads end with its execution (app.ts starts it there). */
  private readonly writes: Promise<unknown>[] = [];

  /**
   * Starts writing what was noted so far (one insert, on a pooled connection of its own) without waiting for it, so
   * that it runs while the answer is put together; a read noted later starts another one. `flush` waits for them.
   */
  startWriting(em: EntityManager, principal: Principal, requestId: string): void {
    if (!this.reads.size) return;
    const lines = this.lines();
    this.reads.clear();
    const values: unknown[] = [new Date(), principal.subject, principal.role, requestId];
    const rows = lines.map(
      (line) => `($1, $2, $3, $4, ${[line.entityName, line.entityIds, line.fields].map((v) => `$${values.push(v)}`).join(', ')})`,
    );
    // Straight to the driver (unnamed: an insert's plan is trivial): the ORM's insertMany would build the same
    // statement anew, through its query builder, on each request.
    const write = runPreparedWrite(em, `${insertHead(em)} values ${rows.join(', ')}${insertTail(this.commit)}`, values, { named: false });
    // Its failure is reported by `flush` (awaited before any answer leaves), not as an unhandled rejection meanwhile.
    write.catch(() => undefined);
    this.writes.push(write);
  }

  /**
   * Resolves once everything noted is written (starting what is not yet, so it is also the plain "write and wait");
   * rejects when a write failed: the caller then answers nothing of what was read.
   */
  async flush(em: EntityManager, principal: Principal, requestId: string): Promise<void> {
    this.startWriting(em, principal, requestId);
    await Promise.all(this.writes);
  }
}

const heads = new WeakMap<object, string>();

/** `insert into personal_data_access (at, actor, role, request_id, entity_name, entity_ids, fields)`, names from the ORM's metadata. */
export function insertHead(em: EntityManager): string {
  const metadata = em.getMetadata();
  let head = heads.get(metadata);
  if (!head) {
    const meta = metadata.get(PersonalDataAccess.name);
    const columns = (['at', 'actor', 'role', 'requestId', 'entityName', 'entityIds', 'fields'] as const).map((p) =>
      quote(columnOf(meta, p)),
    );
    heads.set(metadata, (head = `insert into ${quote(meta.tableName)} (${columns.join(', ')})`));
  }
  return head;
}
