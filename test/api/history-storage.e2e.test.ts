import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from '../../api/src/referential/agent.entity';
import { initTestApp, type TestApp } from '../support/app';
import { serviceWithAgents } from '../support/fixtures';
import { ANALYST } from '../support/principals';

/**
 * Transaction time kept by PostgreSQL (issue 17 item 3, migration `…_History`): every write, whatever its path, leaves
 * a version in `history.<table>` in the same transaction, with non-overlapping `recorded` periods.
 */
let app: TestApp;
const sql = <T = Record<string, any>>(text: string, params: unknown[] = []) => app.em().getConnection().execute<T[]>(text, params);

interface Version {
  row: Record<string, any>;
  from: Date;
  to: Date | null;
}
const versions = (table: string, key: string) =>
  sql<Version>(
    `select "row", lower(recorded) as "from", upper(recorded) as "to" from history."${table}" where key = ? order by lower(recorded)`,
    [key],
  );

beforeAll(async () => {
  app = await initTestApp();
});
afterAll(() => app.close());

describe('history storage', () => {
  it('covers every table of the registry but the logs, so that a new table cannot forget it', async () => {
    const tables = await sql<{ name: string; trigger: boolean; history: boolean }>(
      `select c.relname as name,
              exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'history') as trigger,
              exists (select 1 from pg_class h join pg_namespace hn on hn.oid = h.relnamespace where hn.nspname = 'history' and h.relname = c.relname) as history
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind = 'r' order by c.relname`,
    );
    const logs = ['audit_entry', 'mikro_orm_migrations', 'personal_data_access', 'request_log', 'write_position'];
    const missing = tables.filter((t) => !logs.includes(t.name) && !(t.trigger && t.history)).map((t) => t.name);
    expect(missing, 'tables without `select history.enable(…)` in their migration').toEqual([]);
    expect(tables.filter((t) => logs.includes(t.name) && t.trigger)).toEqual([]);
    expect(tables.length).toBeGreaterThan(40);
  });

  it('has a view `recorded.<table>` per history with the table’s columns, in order, so that a read as recorded runs today’s SQL', async () => {
    const drift = await sql<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind = 'r'
          and exists (select 1 from pg_class h join pg_namespace hn on hn.oid = h.relnamespace where hn.nspname = 'history' and h.relname = c.relname)
          and (select coalesce(array_agg(a.attname::text order by a.attnum), '{}') from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped)
              is distinct from
              (select array_agg(v.column_name::text order by v.ordinal_position) from information_schema.columns v where v.table_schema = 'recorded' and v.table_name = c.relname)
        order by c.relname`,
    );
    expect(
      drift.map((t) => t.name),
      'tables whose columns changed without `select history.enable(…)` again',
    ).toEqual([]);
  });

  it('records an update through the API as a new version, the old one ending where it starts, linked to its audit entry', async () => {
    const service = await serviceWithAgents(app.em(), '69', 0);
    const updated = await app.gql(
      `mutation($id: ID!) { updateService(id: $id, version: 1, input: { name: "Préfecture renommée" }) { version } }`,
      { id: service.id },
    );
    expect(updated.errors).toBeUndefined();

    const [first, second] = await versions('service', service.id);
    expect(first.row).toMatchObject({ id: service.id, name: service.name, version: 1 });
    expect(second.row).toMatchObject({ name: 'Préfecture renommée', version: 2 });
    expect(first.to).toEqual(second.from);
    expect(second.to).toBeNull();
    const [who] = await sql<{ actor: string; action: string }>(
      `select a.actor, a.action from history.service h join audit_entry a on a.transaction_id = h.transaction_id and a.entity_id = h.key
        where h.key = ? and upper_inf(h.recorded)`,
      [service.id],
    );
    expect(who).toEqual({ actor: 'test@interieur.gouv.fr', action: 'UPDATE' });
  });

  it('records hand-written SQL and deletions too, and keeps one version for two changes in one transaction', async () => {
    const service = await serviceWithAgents(app.em(), '69', 0);
    await sql(`update service set name = 'Écrit à la main' where id = ?`, [service.id]);
    await app.em().transactional(async (em) => {
      await em
        .getConnection()
        .execute(`update service set name = 'Brouillon' where id = ?`, [service.id], 'run', em.getTransactionContext());
      await em
        .getConnection()
        .execute(`update service set name = 'Définitif' where id = ?`, [service.id], 'run', em.getTransactionContext());
    });
    expect((await versions('service', service.id)).map((v) => v.row.name)).toEqual([service.name, 'Écrit à la main', 'Définitif']);

    await sql(`delete from service where id = ?`, [service.id]);
    const after = await versions('service', service.id);
    expect(after).toHaveLength(3);
    expect(after.every((v) => v.to !== null)).toBe(true);
  });

  it('reconstructs the table as recorded at a past instant', async () => {
    const service = await serviceWithAgents(app.em(), '69', 0);
    const [{ before }] = await sql<{ before: Date }>(`select now() as before`);
    await sql(`update service set name = 'Après' where id = ?`, [service.id]);
    const asRecorded = (at: Date) =>
      sql<{ name: string }>(
        `select (jsonb_populate_record(null::service, h."row")).name from history.service h where h.key = ? and h.recorded @> ?::timestamptz`,
        [service.id, at],
      );
    expect(await asRecorded(before)).toEqual([{ name: service.name }]);
    expect(await asRecorded(new Date())).toEqual([{ name: 'Après' }]);
  });

  it('refuses two versions of one row recorded at the same instant', async () => {
    const service = await serviceWithAgents(app.em(), '69', 0);
    await expect(
      sql(`insert into history.service (key, "row", recorded) values (?, '{}', tstzrange(now() - interval '1 day', null))`, [service.id]),
    ).rejects.toThrow(/no_overlap/);
    expect(await versions('service', service.id)).toHaveLength(1);
  });

  it('records every row of a bulk save, all or none', async () => {
    const service = await serviceWithAgents(app.em(), '69', 2);
    const agents = await app.em().find(Agent, { service }, { orderBy: { registrationNumber: 'asc' } });
    const save = (grade: string, version: number) =>
      app.gql(`mutation($rows: [AgentRow!]!) { saveAgents(rows: $rows) { ok } }`, {
        rows: agents.map((a) => ({ id: a.id, version, values: { grade } })),
      });
    expect((await save('Attaché principal', 1)).data!.saveAgents.ok).toBe(true);
    expect((await save('Directeur', 1)).data!.saveAgents.ok).toBe(false); // stale: refused, nothing recorded
    for (const agent of agents)
      expect((await versions('agent', agent.id)).map((v) => v.row.grade)).toEqual(['Attaché', 'Attaché principal']);
  });

  it('anonymises every version of a purged agent', async () => {
    const service = await serviceWithAgents(app.em(), '38', 1, '2010-01-01');
    const [gone] = await app.em().find(Agent, { service });
    await app.gql(
      `mutation($id: ID!) { updateAgent(id: $id, version: 1, input: { validTo: "2015-06-30", email: "ancien@interieur.gouv.fr" }) { id } }`,
      { id: gone.id },
    );
    expect((await app.gql(`mutation { purgeEndedPersonalData { purged } }`)).data!.purgeEndedPersonalData.purged).toBeGreaterThan(0);
    const kept = await versions('agent', gone.id);
    expect(kept).toHaveLength(3);
    // In any case: the stored search copies (lowercased) are personal values too.
    expect(JSON.stringify(kept)).not.toMatch(/ancien@|camille|t\d+-0/i);
    expect(kept.every((v) => v.row.last_name === 'Anonymisé')).toBe(true);
  });
});

describe('reading the registry as recorded (recordedAt)', () => {
  const READ = `query($ids: [ID!], $at: DateTime, $asOf: Date) {
    services(filter: { ids: $ids }, recordedAt: $at, asOf: $asOf) { totalCount items { name parent { name } agents { lastName grade } } }
  }`;
  const instant = async () =>
    new Date((await sql<{ ms: number }>(`select floor(extract(epoch from now()) * 1000)::float8 as ms`))[0].ms).toISOString();

  it('answers a list, its references and its child lists as they were recorded, on both sides of a correction', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '69', 1);
    const newParent = await serviceWithAgents(em, '69', 0);
    const [agent] = await em.find(Agent, { service });
    const before = await instant();
    const moved = await app.gql(
      `mutation($id: ID!, $p: ID!) { updateService(id: $id, version: 1, input: { name: "Préfecture corrigée", parentId: $p }) { version } }`,
      { id: service.id, p: newParent.id },
    );
    expect(moved.errors).toBeUndefined();
    await app.gql(`mutation($id: ID!) { updateAgent(id: $id, version: 1, input: { grade: "Attaché principal" }) { version } }`, {
      id: agent.id,
    });

    const then = await app.gql(READ, { ids: [service.id], at: before });
    expect(then.errors).toBeUndefined();
    expect(then.data!.services).toEqual({
      totalCount: 1,
      items: [{ name: service.name, parent: null, agents: [{ lastName: agent.lastName, grade: 'Attaché' }] }],
    });
    const now = await app.gql(READ, { ids: [service.id], at: new Date().toISOString() });
    expect(now.data!.services.items).toEqual([
      { name: 'Préfecture corrigée', parent: { name: newParent.name }, agents: [{ lastName: agent.lastName, grade: 'Attaché principal' }] },
    ]);
    // Before the service was recorded at all, the registry did not list it; with asOf too, both dates apply.
    const [{ ms }] = await sql<{ ms: number }>(
      `select floor(extract(epoch from min(lower(recorded))) * 1000)::float8 - 1 as ms from history.service where key = ?`,
      [service.id],
    );
    const earlier = new Date(ms).toISOString();
    expect((await app.gql(READ, { ids: [service.id], at: earlier })).data!.services).toEqual({ totalCount: 0, items: [] });
    expect((await app.gql(READ, { ids: [service.id], at: before, asOf: '2019-12-31' })).data!.services.totalCount).toBe(0);
  });

  it('costs one statement, as a current read does', async () => {
    const service = await serviceWithAgents(app.em(), '69', 3);
    const current = await app.countStatements(() => app.gql(READ, { ids: [service.id] }));
    const recorded = await app.countStatements(() => app.gql(READ, { ids: [service.id], at: new Date().toISOString() }));
    expect(recorded).toBe(current);
  });

  it('is for the national administration, at a past instant, on recorded fields only', async () => {
    const refusal = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions;
    const analyst = await app.as(ANALYST)(READ, {
      at: new Date().toISOString(),
    });
    expect(refusal(analyst)).toMatchObject({ subCode: 'FORBIDDEN', field: 'recordedAt' });
    const future = await app.gql(READ, { at: new Date(Date.now() + 86_400_000).toISOString() });
    expect(refusal(future)).toMatchObject({ subCode: 'RECORDED_AT_FUTURE' });
    expect(future.errors![0].message).toMatch(/dans le futur/);
    const computed = await app.gql(`query($at: DateTime) { departments(recordedAt: $at, limit: 1) { items { headcount { network } } } }`, {
      at: new Date().toISOString(),
    });
    expect(refusal(computed)).toMatchObject({ subCode: 'RECORDED_AT_UNSUPPORTED' });
    expect(computed.errors![0].message).toMatch(/Department\.headcount.*calculé.*Retirez-le/);
  });
});
