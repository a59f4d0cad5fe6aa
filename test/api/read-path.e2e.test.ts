import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/demo/seed-demo';
import { SYSTEM_ENTITIES } from '../../api/src/access/policy';
import { type Principal, Role } from '../../api/src/access/roles';
import { COMPILED_TYPES } from '../../api/src/shared/read/compile';
import { Agent } from '../../api/src/referential/agent.entity';
import { Affectation } from '../../api/src/referential/affectation.entity';
import { type GraphQLResponse, initTestApp, NATIONAL, type TestApp } from '../support/app';
import { ADMIN_75, ANALYST, CTR_IDF, PARTNER, ROLES } from '../support/principals';
import { serviceWithAgents } from '../support/fixtures';

/*
 * The read path compiled from the GraphQL selection (api/src/shared/read/) against the ORM path it replaces:
 * same data for the README operations and the back office's list queries under every role, one statement per
 * read whatever the nesting, the policy at every level, asOf at every level, a deterministic order.
 */

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
  await seedDemo(app.em());
});
afterAll(() => app.close());

/** The same request through the compiled path and through the ORM path. */
async function bothPaths(query: string, variables: Record<string, unknown>, principal: Principal) {
  let compiled: GraphQLResponse = {};
  const sql = await app.captureStatements(async () => (compiled = await app.gql(query, variables, {}, principal)));
  app.config.compiledReads = false;
  try {
    return {
      compiled,
      orm: await app.gql(query, variables, {}, principal),
      wasCompiled: sql.some((s) => s.includes('json_build_object') || s.includes('row_to_json(')),
    };
  } finally {
    app.config.compiledReads = true;
  }
}

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const isList = (t: TypeRef): boolean => t.kind === 'LIST' || (t.kind === 'NON_NULL' && isList(t.ofType!));

/** What the back office selects for a list (admin/src/dataProvider/resources.ts): every scalar field, references as `x { id }`. */
async function backOfficeSelection(typeName: string): Promise<string> {
  const ref = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
  const { data } = await app.gql(
    `query($name: String!) { __type(name: $name) { fields { name args { type { kind } } type { ${ref} } } } }`,
    { name: typeName },
  );
  const fields = data!.__type.fields as { name: string; args: { type: { kind: string } }[]; type: TypeRef }[];
  return fields
    .filter((f) => !f.args.some((a) => a.type.kind === 'NON_NULL'))
    .flatMap((f) => {
      const kind = named(f.type).kind;
      if (kind === 'SCALAR' || kind === 'ENUM') return [f.name];
      return kind === 'OBJECT' && !isList(f.type) && COMPILED_TYPES.has(named(f.type).name!) ? [`${f.name} { id }`] : [];
    })
    .join(' ');
}

/** The root lists of the compiled types (query fields returning a `<Type>Page`), by type. */
async function rootLists(): Promise<Map<string, { query: string; sortable: boolean }>> {
  const { data } = await app.gql(`{ __schema { queryType { fields { name type { kind name ofType { name } } } } } }`);
  const lists = new Map<string, { query: string; sortable: boolean }>();
  for (const f of data!.__schema.queryType.fields as { name: string; type: { name: string | null; ofType: { name: string } | null } }[]) {
    const page = f.type.name ?? f.type.ofType?.name ?? '';
    const type = page.replace(/Page$/, '');
    // The system's own records (audit trail, access log) are read by their own resolvers.
    if (page.endsWith('Page') && COMPILED_TYPES.has(type) && !SYSTEM_ENTITIES.has(type))
      lists.set(type, { query: f.name, sortable: false });
  }
  return lists;
}
let listed: string[] = [];

describe('the compiled read path returns what the ORM path returned', () => {
  const dir = path.join(__dirname, 'operations');
  const operations = readdirSync(dir).filter((f) => f.endsWith('.graphql'));

  it.each(operations)('README operation %s', async (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const [role, ...perimeter] = (/^# as: (.*)$/m.exec(text)?.[1] ?? 'NATIONAL_ADMIN').trim().split(/\s+/);
    const variables = JSON.parse(/^# variables: (.*)$/m.exec(text)?.[1] ?? '{}');
    const { compiled, orm } = await bothPaths(text, variables, { subject: 'readme@example', role: role as Role, perimeter });
    expect(compiled.errors).toBeUndefined();
    expect(compiled).toEqual(orm);
  });

  it.each(Object.entries(ROLES))('back-office lists of every compiled type, as the %s user', async (_name, principal) => {
    const lists = await rootLists();
    listed = [...lists.keys()];
    expect(listed.length).toBeGreaterThan(20);
    for (const [type, { query: list }] of lists) {
      const query = `query($sort: [SortInput!]) { page: ${list}(offset: 0, limit: 50, sort: $sort) { items { ${await backOfficeSelection(type)} } totalCount } }`;
      for (const sort of [undefined, [{ field: 'validFrom', order: 'DESC' }], [{ field: 'code', order: 'DESC' }]]) {
        const { compiled, orm, wasCompiled } = await bothPaths(query, { sort }, principal);
        if (sort && compiled.errors?.[0]?.extensions?.subCode === 'SORT_FIELD_UNKNOWN') continue;
        // A list the role may not read at all (access grants for all but the national administration) is refused
        // before any read, on both paths alike.
        const refused = compiled.errors?.[0]?.extensions?.code === 'FORBIDDEN' && !compiled.data?.page;
        expect({ type, wasCompiled: wasCompiled || refused }).toEqual({ type, wasCompiled: true });
        // Errors too (a partner's TimeAllocation.assignment outside its scope, issue 12 item 4: the first field to
        // fail may differ, the page is null either way).
        const errors = (r: GraphQLResponse) => r.errors && [...new Set(r.errors.map((e) => e.extensions?.code))];
        expect({ type, data: compiled.data, errors: errors(compiled) }).toEqual({ type, data: orm.data, errors: errors(orm) });
      }
    }
  });

  it.each(Object.entries(ROLES))('nested lists, references and filters, as the %s user', async (_name, principal) => {
    const queries = [
      `{ agents(limit: 50, sort: [{ field: "registrationNumber" }]) { items { id registrationNumber lastName firstName grade email phone mobilityPlanKind service { code name department { code name } } } } }`,
      `{ departments(limit: 50, sort: [{ field: "code" }]) { items { id code name services(limit: 10) { id code name agents(limit: 5) { id lastName } } } } }`,
      `{ regions(limit: 3) { totalCount items { code departments { code region { code } services(asOf: "2025-06-30", limit: 3) { code parent { code } children(limit: 3) { code } sites { label } headcounts(asOf: "2025-06-30") { population count } agents(asOf: "2024-01-01", limit: 2) { registrationNumber affectations { validFrom service { code } } } } } } } }`,
      `{ services(filter: { q: "pref" }, sort: [{ field: "department.code", order: DESC }], offset: 2, limit: 7, asOf: "2025-01-01") { totalCount t: totalCount items { __typename code ministry { code } d: department { code } department { name } } } }`,
      `{ agents(filter: { population: POLICE_ACTIVE, active: true }, offset: 3, limit: 4, sort: [{ field: "lastName" }]) { items { lastName firstName service { code parent { code } } } } }`,
    ];
    for (const query of queries) {
      const { compiled, orm, wasCompiled } = await bothPaths(query, {}, principal);
      expect(compiled.errors, query).toBeUndefined();
      expect(wasCompiled, query).toBe(true);
      expect(compiled, query).toEqual(orm);
    }
  });
});

describe('one statement per read', () => {
  const tree = `{ departments(limit: 50, sort: [{ field: "code" }]) { items { id code name services(limit: 10) { id code name agents(limit: 5) { id grade } } } } }`;
  const agents = `{ agents(limit: 50, sort: [{ field: "registrationNumber" }]) { items { id grade service { code name department { code name } } } } }`;

  // Every level of the read, scope included, is one statement; a partner's conventions in force are looked up first
  // (once per request and date).
  it.each([
    ['national', 1],
    ['analyst', 1],
    ['departmental', 1],
    ['regional', 1],
    ['partner', 2],
  ] as const)('departments → services → agents, and agents → service → department, as the %s user', async (name, expected) => {
    const as = app.as(ROLES[name]);
    expect(await app.countStatements(() => as(tree))).toBe(expected);
    expect(await app.countStatements(() => as(agents))).toBe(expected);
  });

  it('reading personal fields of the page’s rows writes the access log in the same statement; below them, one insert after', async () => {
    const personal = `{ agents(limit: 20) { items { registrationNumber lastName service { code } } } }`;
    const page = await app.captureStatements(() => app.gql(personal));
    expect(page).toHaveLength(1);
    expect(page[0]).toContain('insert into "personal_data_access"');
    const below = `{ services(limit: 20, sort: [{ field: "code" }]) { items { code agents(limit: 5) { lastName } } } }`;
    expect(await app.countStatements(() => app.gql(below))).toBe(2);
  });

  it('counts only when totalCount is selected', async () => {
    const without = await app.captureStatements(() => app.gql(`{ agents(limit: 5) { items { grade } } }`));
    expect(without).toHaveLength(1);
    expect(without[0]).not.toMatch(/count\(\*\)/);
    const counted = await app.captureStatements(() => app.gql(`{ agents(limit: 5) { totalCount } }`));
    expect(counted).toHaveLength(1);
    expect(counted[0]).toMatch(/count\(\*\)/);
  });
});

describe('guarantees at every level', () => {
  it('withheld fields read null for the analyst at every depth; the personal reads are logged', async () => {
    const query = `{ departments(filter: { q: "Paris" }) { items { services(limit: 2) { agents(limit: 2) { email phone mobilityPlanKind grade } } } } }`;
    const { data } = await app.as(ANALYST)(query);
    const nested = data!.departments.items.flatMap((d: any) => d.services.flatMap((s: any) => s.agents));
    expect(nested.length).toBeGreaterThan(0);
    expect(nested.every((a: any) => a.email === null && a.phone === null && a.mobilityPlanKind === null && a.grade)).toBe(true);

    const before = (await app.gql(`{ personalDataAccesses(limit: 1) { totalCount } }`)).data!.personalDataAccesses.totalCount;
    const read = await app.as(ANALYST)(
      `{ departments(filter: { q: "Paris" }) { items { services(limit: 1) { agents(limit: 1) { lastName } } } } }`,
    );
    expect(read.errors).toBeUndefined();
    const after = await app.gql(
      `{ personalDataAccesses(limit: 1, sort: [{ field: "at", order: DESC }]) { totalCount items { actor fields } } }`,
    );
    expect(after.data!.personalDataAccesses.totalCount).toBeGreaterThan(before);
    expect(after.data!.personalDataAccesses.items[0]).toEqual({ actor: ANALYST.subject, fields: ['lastName'] });
  });

  it('asOf applies on nested levels: services, their headcounts, and the agents of a past date from the history', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '2A', 2, '2020-01-01');
    const [stays, leaves] = await em.find(Agent, { service }, { orderBy: { registrationNumber: 'asc' } });
    const moved = await serviceWithAgents(em, '2A', 0, '2020-01-01');
    // `leaves` moved to another service on 2024-01-01: before that it is in the first one's history.
    await em.nativeUpdate(Affectation, { agent: leaves }, { validTo: '2023-12-31' });
    em.create(Affectation, { agent: leaves, service: moved, validFrom: '2024-01-01' });
    await em.nativeUpdate(Agent, { id: leaves.id }, { service: moved });
    await em.flush();
    const query = `query($code: String!) { services(filter: { q: $code }) { items { code
      now: agents { registrationNumber } then: agents(asOf: "2023-06-30") { registrationNumber } after: agents(asOf: "2024-06-30") { registrationNumber } } } }`;
    const { compiled, orm } = await bothPaths(query, { code: service.code }, NATIONAL);
    expect(compiled).toEqual(orm);
    const [row] = compiled.data!.services.items;
    expect(row.now.map((a: any) => a.registrationNumber)).toEqual([stays.registrationNumber]);
    expect(row.then.map((a: any) => a.registrationNumber)).toEqual([stays.registrationNumber, leaves.registrationNumber]);
    expect(row.after.map((a: any) => a.registrationNumber)).toEqual([stays.registrationNumber]);

    const ended = await serviceWithAgents(em, '2A', 0, '2010-01-01');
    await em.nativeUpdate('Service', { id: ended.id }, { validTo: '2015-12-31' });
    const codes = async (asOf: string) =>
      (
        await app.gql(
          `query($asOf: Date) { departments(filter: { q: "Corse-du-Sud" }) { items { services(asOf: $asOf, limit: 500) { code } } } }`,
          { asOf },
        )
      ).data!.departments.items[0].services.map((s: any) => s.code);
    expect(await codes('2014-01-01')).toContain(ended.code);
    expect(await codes('2016-01-01')).not.toContain(ended.code);
  });

  it('a partner sees through nested lists and references only what its conventions cover', async () => {
    const asOf = '2026-01-01';
    const all = await app.as(PARTNER)(`query($asOf: Date) { services(asOf: $asOf, limit: 500) { totalCount items { id } } }`, { asOf });
    const visible = new Set(all.data!.services.items.map((s: any) => s.id));
    expect(visible.size).toBeGreaterThan(0);
    const nested = await app.as(PARTNER)(
      `query($asOf: Date) { departments(asOf: $asOf, limit: 101) { items { services(limit: 100) { id parent { id } } } } }`,
      { asOf },
    );
    expect(nested.errors).toBeUndefined();
    const services = nested.data!.departments.items.flatMap((d: any) => d.services);
    expect(services.length).toBe(visible.size);
    for (const s of services) {
      expect(visible.has(s.id)).toBe(true);
      if (s.parent) expect(visible.has(s.parent.id)).toBe(true);
    }
    const agents = await app.as(PARTNER)(
      `query($asOf: Date) { services(asOf: $asOf, limit: 100) { items { id agents(limit: 20) { service { id } } } }
      agents(asOf: $asOf, limit: 500) { items { service { id } } } }`,
      { asOf },
    );
    expect(agents.errors).toBeUndefined();
    for (const s of agents.data!.services.items) for (const a of s.agents) expect(a.service?.id).toBe(s.id);
    expect(agents.data!.agents.items.length).toBeGreaterThan(0);
    expect(agents.data!.agents.items.every((a: any) => visible.has(a.service.id))).toBe(true);
  });

  it('orders ties by id at every level', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '2B', 4);
    await em.nativeUpdate(Agent, { service }, { lastName: 'Homonyme', firstName: 'Camille' });
    const ids = (await em.find(Agent, { service })).map((a) => a.id).sort();
    const query = `query($code: String!, $id: ID!) {
      services(filter: { q: $code }) { items { agents { id } } }
      agents(filter: { serviceId: $id }, sort: [{ field: "lastName" }]) { items { id } } }`;
    for (let i = 0; i < 3; i++) {
      const { compiled, orm } = await bothPaths(query, { code: service.code, id: service.id }, NATIONAL);
      expect(compiled.data!.services.items[0].agents.map((a: any) => a.id)).toEqual(ids);
      expect(compiled.data!.agents.items.map((a: any) => a.id)).toEqual(ids);
      expect(compiled).toEqual(orm);
    }
  });
});

describe('planned once', () => {
  it('a page’s statement keeps PostgreSQL’s generic plan after its first five, its limits written in the text', async () => {
    // One connection: the API's reads and this test's look-up of that connection's prepared statements share it.
    const single = await initTestApp({ database: { url: app.url, poolMax: 1 } });
    try {
      const tree = `{ departments(limit: 50, sort: [{ field: "code" }]) { items { code services(limit: 10) { code agents(limit: 5) { lastName } } } } }`;
      const agents = `{ agents(limit: 50, sort: [{ field: "registrationNumber" }]) { items { id lastName service { code department { code } } } } }`;
      for (let i = 0; i < 8; i++) for (const query of [tree, agents]) expect((await single.gql(query)).errors).toBeUndefined();
      const prepared = await single
        .em()
        .getConnection()
        .execute<{ generic: number; custom: number }[]>(
          `select generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements
             where name like 'read\\_%' order by generic_plans`,
        );
      // The agents' page, which logs their names in its statement (the log's values are parameters): five custom
      // plans, then the generic one (planner.c: a limit it cannot read is planned for a tenth of the rows, and such a
      // generic plan lost to every custom one: custom plans only, before). The tree, whose names below the page are logged after it, has no parameter at all.
      expect(prepared).toEqual([
        { generic: 3, custom: 5 },
        { generic: 8, custom: 0 },
      ]);
      // Past the first page the offset is a parameter: the same rows as the ORM path (below, `request state`).
    } finally {
      await single.close();
    }
  });
});

describe('request state', () => {
  it('a statement compiled for a selection serves its next requests, never another caller’s scope or another page', async () => {
    const query = `query($limit: Int, $offset: Int) { services(limit: $limit, offset: $offset, sort: [{ field: "code" }]) { totalCount items { code department { code } agents(limit: 2) { grade } } } }`;
    const seen = new Map<string, unknown>();
    // Twice each, callers and pages interleaved: the second time reuses the first's statement.
    for (const round of [1, 2])
      for (const [name, principal] of [
        ['national', NATIONAL],
        ['departmental', ADMIN_75],
        ['regional', CTR_IDF],
        ['analyst', ANALYST],
      ] as const)
        for (const offset of [0, 3]) {
          const variables = { limit: 3, offset };
          const { compiled, orm, wasCompiled } = await bothPaths(query, variables, principal);
          expect(wasCompiled).toBe(true);
          expect(compiled.errors).toBeUndefined();
          expect(compiled).toEqual(orm);
          const key = `${name} ${offset}`;
          if (round === 1) seen.set(key, compiled.data);
          else expect(compiled.data).toEqual(seen.get(key));
        }
    // The callers' scopes differ, and so do the pages.
    expect(seen.get('national 0')).not.toEqual(seen.get('departmental 0'));
    expect(seen.get('national 0')).not.toEqual(seen.get('national 3'));
  });

  it('each root field keeps its own asOf: a partner reading two dates in one request sees each date’s coverage', async () => {
    const one = (asOf: string) =>
      `s${asOf.slice(0, 4)}: services(asOf: "${asOf}", limit: 500) { totalCount items { code agents(limit: 1) { grade } } }`;
    const alone = async (asOf: string) => (await app.as(PARTNER)(`{ ${one(asOf)} }`)).data![`s${asOf.slice(0, 4)}`];
    const [before, after] = [await alone('2019-01-01'), await alone('2026-01-01')];
    expect(before.totalCount).toBe(0);
    expect(after.totalCount).toBeGreaterThan(0);
    for (const compiledReads of [true, false]) {
      app.config.compiledReads = compiledReads;
      try {
        for (const query of [`{ ${one('2019-01-01')} ${one('2026-01-01')} }`, `{ ${one('2026-01-01')} ${one('2019-01-01')} }`]) {
          const { data, errors } = await app.as(PARTNER)(query);
          expect(errors).toBeUndefined();
          expect({ compiledReads, s2019: data!.s2019, s2026: data!.s2026 }).toEqual({ compiledReads, s2019: before, s2026: after });
        }
      } finally {
        app.config.compiledReads = true;
      }
    }
  });
});
