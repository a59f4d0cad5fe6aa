import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from '../../api/src/referential/agent.entity';
import { searchCondition } from '../../api/src/shared/list';
import { searchableFields } from '../../api/src/shared/search';
import { TEXT_LIMITS } from '../../api/src/shared/text/limits';
import { initTestApp, type TestApp } from '../support/app';
import { attache, serviceWithAgents } from '../support/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
});
afterAll(() => app.close());

describe('a deterministic order at every level', () => {
  it('breaks ties by id in nested lists too: agents with the same name always come back in the same order', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '29', 0);
    // Six namesakes written in descending id order, so that the table's own order is not the id order.
    const ids = Array.from({ length: 6 }, () => randomUUID())
      .sort()
      .reverse();
    for (const [i, id] of ids.entries()) {
      attache(em, service, { id, registrationNumber: `HOM-${i}-${id.slice(0, 6)}`, lastName: 'Martin' });
      await em.flush();
    }
    const ascending = [...ids].sort();
    const nested = await app.gql(`query($id: ID!) { service(id: $id) { all: agents { id } firstThree: agents(limit: 3) { id } } }`, {
      id: service.id,
    });
    expect(nested.errors).toBeUndefined();
    expect(nested.data!.service.all.map((a: { id: string }) => a.id)).toEqual(ascending);
    expect(nested.data!.service.firstThree.map((a: { id: string }) => a.id)).toEqual(ascending.slice(0, 3));
    const top = await app.gql(`query($id: ID!) { agents(filter: { serviceId: $id }, sort: [{ field: "lastName" }]) { items { id } } }`, {
      id: service.id,
    });
    expect(top.data!.agents.items.map((a: { id: string }) => a.id)).toEqual(ascending);
  });
});

describe('free-text search q: accent- and case-insensitive, served by trigram indexes', () => {
  it('finds « Hélène » from « helene », « DUPRE » and « hélene », and takes % and _ literally', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '56', 0);
    const person = (lastName: string, firstName: string) =>
      attache(em, service, { registrationNumber: `ACC-${randomUUID().slice(0, 8)}`, firstName, lastName });
    const helene = person('Dupré', 'Hélène');
    const plain = person('Lefèvre', 'Helene');
    const percent = person('Cent_pour', '100%');
    await em.flush();
    const found = async (q: string) =>
      (
        (await app.gql(`query($q: String!, $s: ID!) { agents(filter: { q: $q, serviceId: $s }) { items { id } } }`, { q, s: service.id }))
          .data!.agents.items as { id: string }[]
      )
        .map((a) => a.id)
        .sort();
    expect(await found('helene')).toEqual([helene.id, plain.id].sort());
    expect(await found('HÉLÈNE')).toEqual([helene.id, plain.id].sort());
    expect(await found('DUPRE')).toEqual([helene.id]);
    expect(await found('lefevre hel')).toEqual([]); // one field must contain the whole text
    expect(await found('%')).toEqual([percent.id]);
    expect(await found('t_p')).toEqual([percent.id]);
    expect(await found('n_p')).toEqual([]);
    // The same mechanism on every list; typographic and straight apostrophes are one.
    for (const q of ["cotes-d'armor", 'Côtes-d’Armor']) {
      const departments = await app.gql(`query($q: String!) { departments(filter: { q: $q }) { items { code } } }`, { q });
      expect(departments.data!.departments.items).toEqual([{ code: '22' }]);
    }
    // The spreadsheet's reference cells search the whole name typed (« Ministère de l'Intérieur », stored with ’).
    for (const q of ["Ministère de l'Intérieur", 'ministere de l’interieur']) {
      const ministries = await app.gql(`query($q: String!) { ministries(filter: { q: $q }) { items { code } } }`, { q });
      expect(ministries.data!.ministries.items).toEqual([{ code: 'INTERIEUR' }]);
    }
  });

  it('caps q at its one limit (TEXT_LIMITS.search), with a French error on the field', async () => {
    const search = (q: string) => app.gql(`query($q: String!) { agents(filter: { q: $q }) { totalCount } }`, { q });
    expect((await search('é'.repeat(TEXT_LIMITS.search))).errors).toBeUndefined();
    const refused = await search('é'.repeat(TEXT_LIMITS.search + 1));
    expect(refused.data).toBeNull();
    expect(refused.errors![0]).toMatchObject({
      message: `« filter.q » : ${TEXT_LIMITS.search + 1} caractères, ${TEXT_LIMITS.search} au plus.`,
      extensions: { code: 'VALIDATION_FAILED', field: 'filter.q' },
    });
  });

  it('reads stored, folded copies: each searched column has its generated `_search` column and trigram index, and the plan uses them', async () => {
    const em = app.em();
    const sql = <T extends object>(text: string) => em.getConnection().execute<T[]>(text);
    const indexes = await sql<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes where tablename = 'agent' and indexname like '%_search'`,
    );
    expect(indexes.map((i) => i.indexname).sort()).toEqual([
      'agent_first_name_search',
      'agent_last_name_search',
      'agent_registration_number_search',
    ]);
    for (const { indexdef } of indexes) expect(indexdef).toMatch(/USING gin \(\w+_search gin_trgm_ops\)/);
    // Every searchable field of every entity has its stored copy (generated from the column) and its index.
    const generated = await sql<{ tbl: string; col: string; expr: string; indexed: boolean }>(
      `select c.relname as tbl, a.attname as col, pg_get_expr(d.adbin, d.adrelid) as expr,
              exists (select 1 from pg_index i where i.indrelid = c.oid and i.indkey[0] = a.attnum
                       and pg_get_indexdef(i.indexrelid) like '%gin_trgm_ops%') as indexed
         from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
        where a.attgenerated = 's' and a.attname like '%\\_search'`,
    );
    const missing = Object.values(app.orm.getMetadata().getAll()).flatMap((meta) =>
      searchableFields(meta.class)
        .map((p) => [meta.tableName, meta.properties[p as never].fieldNames[0]] as const)
        .filter(
          ([table, column]) =>
            !generated.some(
              (g) =>
                g.tbl === table &&
                g.col === `${column}_search` &&
                g.indexed &&
                [`immutable_unaccent(${column})`, `immutable_unaccent((${column})::text)`].some((e) => g.expr.includes(e)),
            ),
        )
        .map(([table, column]) => `${table}.${column}`),
    );
    expect(missing).toEqual([]);
    expect(generated.length).toBeGreaterThan(40);
    expect(generated.every((g) => g.expr.startsWith('lower(immutable_unaccent('))).toBe(true);
    const [folded] = await sql<{ f: string }>(`select immutable_unaccent('Côtes-d’Armor, ‘Œuvre’ ÉLÈVE') as f`);
    expect(folded.f).toBe("Cotes-d'Armor, 'OEuvre' ELEVE");
    // The exact statement the list sends, planned with sequential scans priced out: only a matching column can use the index.
    const query = em
      .createQueryBuilder(Agent, 'e')
      .select('id')
      .where(searchCondition(em, Agent, 'helene') as never)
      .getFormattedQuery();
    const plan = await em.transactional(async (tx) => {
      await tx.execute('set local enable_seqscan = off');
      return (await tx.execute<{ 'QUERY PLAN': string }[]>(`explain ${query}`)).map((r) => r['QUERY PLAN']).join('\n');
    });
    for (const index of ['agent_first_name_search', 'agent_last_name_search', 'agent_registration_number_search'])
      expect(plan).toContain(`Bitmap Index Scan on ${index}`);
    expect(plan).not.toMatch(/Seq Scan/);
    expect(plan).not.toContain('immutable_unaccent(e0.'); // the rows are checked on the stored copy, not unaccented again
  });

  it('the stored copy follows every write, and the history keeps it: as recorded, q finds the name of the time', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '57', 1);
    const [agent] = await em.find(Agent, { service }, { orderBy: { id: 'asc' } });
    const found = async (q: string, recordedAt?: string) =>
      (
        await app.gql(
          `query($q: String!, $s: ID!, $at: DateTime) { agents(filter: { q: $q, serviceId: $s }, recordedAt: $at) { items { id lastName } } }`,
          { q, s: service.id, at: recordedAt },
        )
      ).data!.agents.items as { id: string; lastName: string }[];
    expect(await found('agent 0')).toEqual([{ id: agent.id, lastName: 'Agent 0' }]);
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const rename = await app.gql(
      `mutation($id: ID!, $v: Int!) { updateAgent(id: $id, version: $v, input: { lastName: "Thérèse-Égée" }) { lastName } }`,
      { id: agent.id, v: agent.version },
    );
    expect(rename.errors).toBeUndefined();
    expect(await found('therese-egee')).toEqual([{ id: agent.id, lastName: 'Thérèse-Égée' }]);
    expect(await found('agent 0')).toEqual([]);
    expect(await found('agent 0', before)).toEqual([{ id: agent.id, lastName: 'Agent 0' }]);
    expect(await found('therese', before)).toEqual([]);
  });

  it('a search of three letters or more reads its matches first (its indexes), then sorts them; a shorter one does not', async () => {
    const page = (q: string) =>
      app.captureStatements(() =>
        app.gql(`query($q: String!) { agents(filter: { q: $q }, sort: [{ field: "lastName" }]) { items { id } } }`, { q }),
      );
    const [searched] = await page('mar');
    expect(searched).toMatch(/where \(\(\w+\."registration_number_search" like lower\(immutable_unaccent\(.*\) offset 0\) \w+ order by/);
    const [short] = await page('ma');
    expect(short).not.toContain('offset 0)');
  });

  it('a search is planned with its own text every time: no connection keeps it prepared, unlike the other compiled reads', async () => {
    // The search's statement is the same text for every q: prepared, PostgreSQL would plan it once for all texts from
    // its sixth run on a connection (a generic plan, blind to the pattern). Eight searches, then each pooled connection's
    // prepared statements: the plain page read before them is there (the reads' prepared statements are looked at), no
    // search is.
    const em = app.em();
    const service = await serviceWithAgents(em, '35', 0);
    const agent = attache(em, service, { registrationNumber: `PLN-${randomUUID().slice(0, 8)}`, firstName: 'Hélène', lastName: 'Plançon' });
    await em.flush();
    const plain = await app.gql(`query($s: ID!) { agents(filter: { serviceId: $s }, limit: 5) { items { id } } }`, { s: service.id });
    expect(plain.data!.agents.items).toEqual([{ id: agent.id }]);
    for (const q of ['helene', 'PLANCON', 'plan', 'hélène', 'lene', 'ançon', 'hel', 'ncon']) {
      const found = await app.gql(
        `query($q: String!) { agents(filter: { q: $q }, sort: [{ field: "lastName" }], limit: 500) { items { id } } }`,
        {
          q,
        },
      );
      expect(found.errors).toBeUndefined();
      expect(found.data!.agents.items).toContainEqual({ id: agent.id });
    }
    const knex = app.orm.em.getConnection().getKnex();
    const pool = knex.client.pool as { numFree(): number };
    type Client = { query(text: string): Promise<{ rows: { statement: string }[] }> };
    const connections = (await Promise.all(Array.from({ length: pool.numFree() }, () => knex.client.acquireConnection()))) as Client[];
    const prepared: string[] = [];
    try {
      for (const c of connections)
        prepared.push(
          ...(await c.query(`select statement from pg_prepared_statements where name like 'read\\_%'`)).rows.map((r) => r.statement),
        );
    } finally {
      for (const c of connections) await knex.client.releaseConnection(c);
    }
    expect(prepared.some((text) => text.includes('from "agent"') && !text.includes('_search'))).toBe(true);
    expect(prepared.filter((text) => text.includes('_search" like'))).toEqual([]);
  });
});
