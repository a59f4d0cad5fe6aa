import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from '../../api/src/referential/agent.entity';
import { ServiceHeadcount } from '../../api/src/referential/service-headcount.entity';
import { Population } from '../../api/src/referential/enums';
import { addDays, today } from '../../api/src/shared/scalars';
import { rollVersionsForward } from '../../api/src/shared/versions/versioned';
import { department } from '../support/fixtures';
import { initTestApp, type TestApp } from '../support/app';
import { rawAccess } from '../support/raw';
import { serviceWithAgents } from '../support/fixtures';
import { heldPost } from '../support/network';

/**
 * Valid time for what changes in a record's life (issue 17 items 1 and 5): a service renamed and moved, an agent
 * promoted, each effective on a date, read as of any date at every level of a read and in the aggregates, in the same
 * number of statements as the current read; versions that never overlap nor leave a gap.
 */
let app: TestApp;
const { sql, gqlOk, inTransaction } = rawAccess(() => app);
const D = '2025-06-01';
const before = addDays(D, -1);

const versionsOf = (table: 'service' | 'agent', id: string) =>
  sql<{ valid: string; name?: string; grade?: string }>(
    `select valid::text, * from ${table}_version where ${table}_id = ? order by lower(valid) nulls first`,
    [id],
  );

beforeAll(async () => {
  app = await initTestApp();
});
afterAll(() => app.close());

describe('a service renamed and moved effective D', () => {
  let moved: { id: string; name: string };
  let oldParent: { id: string };
  let newParent: { id: string };

  beforeAll(async () => {
    oldParent = await serviceWithAgents(app.em(), '13', 0, '2020-01-01');
    newParent = await serviceWithAgents(app.em(), '84', 0, '2020-01-01');
    moved = await serviceWithAgents(app.em(), '13', 2, '2020-01-01');
    const em = app.em();
    // Under its parent since its start: the record and its one version changed together, in one transaction.
    await inTransaction([
      [`update service_version set parent_id = ? where service_id = ?`, [oldParent.id, moved.id]],
      [`update service set parent_id = ? where id = ?`, [oldParent.id, moved.id]],
    ]);
    em.create(ServiceHeadcount, {
      service: moved.id,
      population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
      count: 40,
      validFrom: '2020-01-01',
    });
    await em.flush();
    const [{ version }] = await sql<{ version: number }>(`select version from service where id = ?`, [moved.id]);
    const vaucluse = await department(app.em(), '84');
    await gqlOk(
      `mutation($id: ID!, $version: Int!, $input: ServiceInput!) { updateService(id: $id, version: $version, input: $input) { id name } }`,
      { id: moved.id, version, input: { name: 'Service renommé', parentId: newParent.id, departmentId: vaucluse.id, effectiveDate: D } },
    );
  });

  it('keeps one version per period, the main table holding the one in force today', async () => {
    expect((await versionsOf('service', moved.id)).map((v) => [v.valid, v.name])).toEqual([
      [`(,${D})`, moved.name],
      [`[${D},)`, 'Service renommé'],
    ]);
    const [row] = await sql(`select name, parent_id from service where id = ?`, [moved.id]);
    expect(row).toEqual({ name: 'Service renommé', parent_id: newParent.id });
  });

  it('shows its versions: from, to, what changed in French, who recorded it and when', async () => {
    const { service } = await gqlOk(
      `query($id: ID!) { service(id: $id) { versions { validFrom validTo changes { field label before after } recordedBy recordedAt } } }`,
      { id: moved.id },
    );
    const [first, second] = service.versions;
    expect(first).toMatchObject({ validFrom: '2020-01-01', validTo: before });
    expect(first.changes.find((c: { field: string }) => c.field === 'kind')).toEqual({
      field: 'kind',
      label: 'Type de service',
      before: null,
      after: 'Préfecture',
    });
    expect(second).toMatchObject({ validFrom: D, validTo: null, recordedBy: 'test@interieur.gouv.fr' });
    expect(second.changes).toEqual([
      { field: 'name', label: 'Nom', before: moved.name, after: 'Service renommé' },
      {
        field: 'parentId',
        label: 'Service parent',
        before: expect.stringContaining('Service de test'),
        after: expect.stringContaining('Service de test'),
      },
      { field: 'departmentId', label: 'Département', before: expect.stringMatching(/^13 – /), after: expect.stringMatching(/^84 – /) },
    ]);
    expect(new Date(second.recordedAt).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('reads the versions of a page of records in the statements of one record', async () => {
    const page = `query($ids: [ID!]) { services(filter: { ids: $ids }) { items { name versions { validFrom changes { before after } recordedBy } } } }`;
    const one = await app.countStatements(() => gqlOk(page, { ids: [moved.id] }));
    const three = await app.countStatements(async () => {
      const { services } = await gqlOk(page, { ids: [moved.id, oldParent.id, newParent.id] });
      expect(services.items).toHaveLength(3);
      // Each record keeps its own versions: the renamed one has two, its parents one each.
      expect(services.items.map((s: { versions: unknown[] }) => s.versions.length).sort()).toEqual([1, 1, 2]);
    });
    expect(three).toBe(one);
  });

  it('lists: the name, parent and department in force on D−1 and on D', async () => {
    const list = `query($asOf: Date, $ids: [ID!]) { services(asOf: $asOf, filter: { ids: $ids }) { items { name parent { id } department { code } } } }`;
    const on = async (asOf?: string) => (await gqlOk(list, { asOf, ids: [moved.id] })).services.items;
    expect(await on(before)).toEqual([{ name: moved.name, parent: { id: oldParent.id }, department: { code: '13' } }]);
    expect(await on(D)).toEqual([{ name: 'Service renommé', parent: { id: newParent.id }, department: { code: '84' } }]);
    expect(await on()).toEqual(await on(D));
    // An agent's service on a date, as it was that day.
    const [{ id: agentId }] = await sql<{ id: string }>(`select id from agent where service_id = ? limit 1`, [moved.id]);
    const serviceOn = async (asOf: string) =>
      (await gqlOk(`query($id: ID!) { agent(id: $id) { serviceOn(asOf: "${asOf}") { name parent { id } } } }`, { id: agentId })).agent
        .serviceOn;
    expect(await serviceOn(before)).toEqual({ name: moved.name, parent: { id: oldParent.id } });
    expect(await serviceOn(D)).toEqual({ name: 'Service renommé', parent: { id: newParent.id } });
    // Filters read the version too: the services of a department as of a day.
    const byDepartment = `query($asOf: Date, $d: ID!) { services(asOf: $asOf, filter: { departmentId: $d }, limit: 500) { items { id } } }`;
    const marseille = (await department(app.em(), '13')).id;
    const ids = async (asOf: string) => (await gqlOk(byDepartment, { asOf, d: marseille })).services.items.map((s: { id: string }) => s.id);
    expect(await ids(before)).toContain(moved.id);
    expect(await ids(D)).not.toContain(moved.id);
  });

  it('nested trees: children of the old parent before D, of the new one from D, names below as of the date', async () => {
    const tree = `query($asOf: Date, $ids: [ID!]) { services(asOf: $asOf, filter: { ids: $ids }) { items { id children(limit: 10) { name parent { name } agents(limit: 5) { lastName service { name } } } } } }`;
    const childrenOn = async (asOf: string) => {
      const items = (await gqlOk(tree, { asOf, ids: [oldParent.id, newParent.id] })).services.items as {
        id: string;
        children: unknown[];
      }[];
      return Object.fromEntries(items.map((s) => [s.id === oldParent.id ? 'old' : 'new', s.children]));
    };
    const beforeD = await childrenOn(before);
    expect(beforeD.new).toEqual([]);
    expect(beforeD.old).toEqual([
      {
        name: moved.name,
        parent: { name: expect.any(String) },
        agents: [
          { lastName: 'Agent 0', service: { name: moved.name } },
          { lastName: 'Agent 1', service: { name: moved.name } },
        ],
      },
    ]);
    const onD = await childrenOn(D);
    expect(onD.old).toEqual([]);
    expect(onD.new).toMatchObject([{ name: 'Service renommé', agents: [{ service: { name: 'Service renommé' } }, {}] }]);
    // A nested list's own date wins over its parent's.
    const own = await gqlOk(
      `query($id: ID!) { services(asOf: "${D}", filter: { ids: [$id] }) { items { children(asOf: "${before}") { name } } } }`,
      {
        id: oldParent.id,
      },
    );
    expect(own.services.items[0].children).toEqual([{ name: moved.name }]);
  });

  it('headcounts and the network exclusion as of D−1 and D follow the tree of that day', async () => {
    const headcount = `query($asOf: Date!) { departments(filter: { q: "vaucluse" }) { items { code headcount(asOf: $asOf) { network excluded } } } }`;
    const vaucluse = async (asOf: string) => (await gqlOk(headcount, { asOf })).departments.items[0].headcount;
    const beforeCount = await vaucluse(before);
    const onD = await vaucluse(D);
    expect(onD.network - beforeCount.network).toBe(40);
    // Without a date of its own, an aggregate reads the date of the list around it.
    const enclosing = `query($asOf: Date) { departments(asOf: $asOf, filter: { q: "vaucluse" }) { items { headcount { network excluded } } } }`;
    expect((await gqlOk(enclosing, { asOf: before })).departments.items[0].headcount).toEqual(beforeCount);
    expect((await gqlOk(enclosing, { asOf: D })).departments.items[0].headcount).toEqual(onD);
    // The new parent excluded from the network from D: its moved child is excluded as of D, not before.
    const exclude = (excluded: boolean) =>
      inTransaction([
        [`update service_version set excluded_from_network = ? where service_id = ?`, [excluded, newParent.id]],
        [`update service set excluded_from_network = ? where id = ?`, [excluded, newParent.id]],
      ]);
    await exclude(true);
    const excluded = await vaucluse(D);
    expect(excluded.excluded - onD.excluded).toBe(40);
    expect((await vaucluse(before)).network).toBe(beforeCount.network);
    await exclude(false);
  });

  it('costs the statements of the current read, nested as of a date included', async () => {
    const nested = (asOf: string) =>
      `{ departments(limit: 5, sort: [{ field: "code" }]) { items { code services(${asOf} limit: 5) { name parent { name } children(limit: 3) { name } agents(limit: 3) { grade service { name department { code } } } } } } }`;
    const current = await app.countStatements(() => gqlOk(nested('')));
    expect(current).toBe(1);
    expect(await app.countStatements(() => gqlOk(nested(`asOf: "${before}",`)))).toBe(current);
    // The versions are joined only where a versioned column is read: a count or a page of ids costs what it did.
    const [ids] = await app.captureStatements(() => gqlOk(`{ agents(asOf: "${before}", limit: 5) { totalCount items { id } } }`));
    expect(ids).not.toMatch(/agent_version/);
    const [grades] = await app.captureStatements(() => gqlOk(`{ agents(asOf: "${before}", limit: 5) { items { id grade } } }`));
    expect(grades).toMatch(/agent_version/);
    const root = `{ services(asOf: "${before}", limit: 20) { totalCount items { name parent { name } children { name } } } }`;
    expect(await app.countStatements(() => gqlOk(root))).toBe(1);
  });
});

describe('the tree of computed fields as of D: a service moved under another parent, another excluded from the network', () => {
  let top: { id: string; name: string };
  let middle: { id: string; name: string };
  let leaf: { id: string; name: string };
  let excluded: { id: string; name: string; code: string };

  const update = async (id: string, input: Record<string, unknown>) => {
    const [{ version }] = await sql<{ version: number }>(`select version from service where id = ?`, [id]);
    await gqlOk(
      `mutation($id: ID!, $version: Int!, $input: ServiceInput!) { updateService(id: $id, version: $version, input: $input) { id } }`,
      {
        id,
        version,
        input: { ...input, effectiveDate: D },
      },
    );
  };

  beforeAll(async () => {
    // top > middle > leaf since 2020; from D, the middle one is renamed, the leaf moves under `excluded`, which from D
    // is outside the network.
    top = await serviceWithAgents(app.em(), '30', 0, '2020-01-01');
    middle = await serviceWithAgents(app.em(), '30', 0, '2020-01-01');
    leaf = await serviceWithAgents(app.em(), '30', 0, '2020-01-01');
    excluded = await serviceWithAgents(app.em(), '30', 0, '2020-01-01');
    for (const [child, parent] of [
      [middle, top],
      [leaf, middle],
    ])
      await inTransaction([
        [`update service_version set parent_id = ? where service_id = ?`, [parent.id, child.id]],
        [`update service set parent_id = ? where id = ?`, [parent.id, child.id]],
      ]);
    await update(middle.id, { name: 'Milieu renommé' });
    await update(leaf.id, { parentId: excluded.id });
    await update(excluded.id, { excludedFromNetwork: true });
  });

  const read = `query($asOf: Date, $ids: [ID!]) { services(asOf: $asOf, filter: { ids: $ids }, sort: [{ field: "code" }]) {
    items { id ancestors { name } networkExcludedBy { code } } } }`;
  type Read = { ancestors: { name: string }[]; networkExcludedBy: { code: string } | null };
  const on = async (asOf?: string) =>
    Object.fromEntries(
      ((await gqlOk(read, { asOf, ids: [middle.id, leaf.id, excluded.id] })).services.items as ({ id: string } & Read)[]).map(
        ({ id, ...rest }) => [id === middle.id ? 'middle' : id === leaf.id ? 'leaf' : 'excluded', rest],
      ),
    ) as Record<'middle' | 'leaf' | 'excluded', Read>;

  it('ancestors: the parents and their names as of D−1 and D', async () => {
    const beforeD = await on(before);
    expect(beforeD.leaf.ancestors).toEqual([{ name: top.name }, { name: middle.name }]);
    expect(beforeD.middle.ancestors).toEqual([{ name: top.name }]);
    const onD = await on(D);
    expect(onD.leaf.ancestors).toEqual([{ name: excluded.name }]);
    expect(onD.middle.ancestors).toEqual([{ name: top.name }]);
    expect(await on()).toEqual(onD);
    // In a nested list as of D−1, below a service as of D: the nearest date; a field's own date wins over both.
    const nested = await gqlOk(
      `query($id: ID!) { services(asOf: "${D}", filter: { ids: [$id] }) { items { name children(asOf: "${before}", limit: 5) { name ancestors { name } }
        self: children(asOf: "${before}", limit: 5) { ancestors(asOf: "${D}") { name } } } } }`,
      { id: middle.id },
    );
    expect(nested.services.items[0]).toEqual({
      name: 'Milieu renommé',
      children: [{ name: leaf.name, ancestors: [{ name: top.name }, { name: middle.name }] }],
      self: [{ ancestors: [{ name: excluded.name }] }],
    });
  });

  it('networkExcludedBy: in the network before D, excluded from D (itself, and the service moved under it)', async () => {
    const beforeD = await on(before);
    expect([beforeD.middle.networkExcludedBy, beforeD.leaf.networkExcludedBy, beforeD.excluded.networkExcludedBy]).toEqual([
      null,
      null,
      null,
    ]);
    const onD = await on(D);
    expect(onD.middle.networkExcludedBy).toBeNull();
    expect(onD.leaf.networkExcludedBy).toEqual({ code: excluded.code });
    expect(onD.excluded.networkExcludedBy).toEqual({ code: excluded.code });
  });

  it('one entity per record and day: the same ancestor read as of two dates in one request keeps each day’s name', async () => {
    const both = await gqlOk(
      `query($ids: [ID!]) { a: services(asOf: "${before}", filter: { ids: $ids }) { items { ancestors { name } } }
        b: services(asOf: "${D}", filter: { ids: $ids }) { items { ancestors { name } } } }`,
      { ids: [leaf.id] },
    );
    expect(both.a.items[0].ancestors).toEqual([{ name: top.name }, { name: middle.name }]);
    expect(both.b.items[0].ancestors).toEqual([{ name: excluded.name }]);
  });

  it('costs the statements of the current read: one per computed field, whatever the rows and the date', async () => {
    const ids = [middle.id, leaf.id, excluded.id];
    const current = await app.countStatements(() => gqlOk(read, { ids }));
    expect(current).toBe(3);
    expect(await app.countStatements(() => gqlOk(read, { ids, asOf: before }))).toBe(current);
    const tree = (asOf: string) =>
      `{ departments(filter: { q: "gard" }, limit: 1) { items { services(${asOf} limit: 10) { ancestors { name } networkExcludedBy { code } children(limit: 3) { ancestors { name } } } } } }`;
    const nested = await app.countStatements(() => gqlOk(tree('')));
    expect(await app.countStatements(() => gqlOk(tree(`asOf: "${before}",`)))).toBe(nested);
  });
});

describe('a promotion entered after its effective date', () => {
  it('reads the old grade before the date and the new one from it, at every level', async () => {
    const service = await serviceWithAgents(app.em(), '69', 1, '2020-01-01');
    const agent = await app.em().findOneOrFail(Agent, { service: service.id });
    const promotion = addDays(today(), -14);
    await gqlOk(
      `mutation($id: ID!) { updateAgent(id: $id, version: 1, input: { grade: "Attaché principal", effectiveDate: "${promotion}" }) { grade } }`,
      {
        id: agent.id,
      },
    );
    const read = async (asOf: string) =>
      await gqlOk(
        `query($ids: [ID!], $s: [ID!]) {
          agents(asOf: "${asOf}", filter: { ids: $ids }) { items { grade } }
          services(asOf: "${asOf}", filter: { ids: $s }) { items { agents { grade } } } }`,
        { ids: [agent.id], s: [service.id] },
      );
    const beforeIt = await read(addDays(promotion, -1));
    expect(beforeIt.agents.items).toEqual([{ grade: 'Attaché' }]);
    expect(beforeIt.services.items[0].agents).toEqual([{ grade: 'Attaché' }]);
    const fromIt = await read(promotion);
    expect(fromIt.agents.items).toEqual([{ grade: 'Attaché principal' }]);
    expect(fromIt.services.items[0].agents).toEqual([{ grade: 'Attaché principal' }]);
    expect((await app.em().findOneOrFail(Agent, agent.id)).grade).toBe('Attaché principal');
    // Its versions name the employing ministry as people do, without its code (« INTERIEUR »).
    const { agent: versions } = await gqlOk(`query($id: ID!) { agent(id: $id) { versions { changes { field after } } } }`, {
      id: agent.id,
    });
    expect(versions.versions[0].changes).toContainEqual({ field: 'employingMinistryId', after: 'Ministère de l’Intérieur' });
  });

  it('pages, sorts and filters by the versions of the day, whether they choose the page or only fill it', async () => {
    const service = await serviceWithAgents(app.em(), '69', 3, '2020-01-01');
    const [a0, a1, a2] = await app
      .em()
      .fork()
      .find(Agent, { service: service.id }, { orderBy: { registrationNumber: 'asc' } });
    const promotion = addDays(today(), -30);
    const dayBefore = addDays(promotion, -1);
    for (const [agent, input] of [
      [a0, { grade: 'Attaché principal' }],
      [a1, { grade: 'Secrétaire administratif', category: 'B' }],
    ] as const)
      await gqlOk(`mutation($id: ID!, $input: AgentInput!) { updateAgent(id: $id, version: 1, input: $input) { grade } }`, {
        id: agent.id,
        input: { ...input, effectiveDate: promotion },
      });
    const page = async (asOf: string, args: string) =>
      (
        await gqlOk(`query($ids: [ID!], $asOf: Date) { agents(asOf: $asOf, ${args}) { items { registrationNumber grade } } }`, {
          ids: [a0.id, a1.id, a2.id],
          asOf,
        })
      ).agents.items;
    const row = (agent: Agent, grade: string) => ({ registrationNumber: agent.registrationNumber, grade });
    // Chosen by a column of the record (the page on its own table), filled with the grades of the day.
    const byNumber = 'filter: { ids: $ids }, sort: [{ field: "registrationNumber" }], offset: 1, limit: 2';
    expect(await page(dayBefore, byNumber)).toEqual([row(a1, 'Attaché'), row(a2, 'Attaché')]);
    expect(await page(promotion, byNumber)).toEqual([row(a1, 'Secrétaire administratif'), row(a2, 'Attaché')]);
    // Chosen by a versioned column: the grades of the day decide the order (today's would put a1 first before the date).
    const byGrade = 'filter: { ids: $ids }, sort: [{ field: "grade", order: DESC }, { field: "registrationNumber" }], offset: 1, limit: 1';
    expect(await page(dayBefore, byGrade)).toEqual([row(a1, 'Attaché')]);
    expect(await page(promotion, byGrade)).toEqual([row(a0, 'Attaché principal')]);
    // Filtered by one: the category of the day.
    expect(await page(dayBefore, 'filter: { ids: $ids, category: B }')).toEqual([]);
    expect(await page(promotion, 'filter: { ids: $ids, category: B }')).toEqual([row(a1, 'Secrétaire administratif')]);
    // A child list filled with the grades of the day, in the statement of its root field.
    const nested = (asOf?: string) =>
      `{ services(${asOf ? `asOf: "${asOf}", ` : ''}filter: { ids: ["${service.id}"] }) { items { agents(limit: 2) { registrationNumber grade } } } }`;
    expect((await gqlOk(nested(dayBefore))).services.items[0].agents).toEqual([row(a0, 'Attaché'), row(a1, 'Attaché')]);
    expect((await gqlOk(nested(promotion))).services.items[0].agents).toEqual([
      row(a0, 'Attaché principal'),
      row(a1, 'Secrétaire administratif'),
    ]);
    expect(await app.countStatements(() => gqlOk(nested(dayBefore)))).toBe(await app.countStatements(() => gqlOk(nested())));
  });

  it('a change effective in the future leaves today as it is until its day comes (the rollover)', async () => {
    const service = await serviceWithAgents(app.em(), '69', 0, '2020-01-01');
    const tomorrow = addDays(today(), 1);
    const result = await gqlOk(
      `mutation($id: ID!) { updateService(id: $id, version: 1, input: { name: "Demain", effectiveDate: "${tomorrow}" }) { name version } }`,
      {
        id: service.id,
      },
    );
    expect(result.updateService).toEqual({ name: service.name, version: 2 });
    const named = async (asOf?: string) =>
      (
        await gqlOk(`query($ids: [ID!], $asOf: Date) { services(asOf: $asOf, filter: { ids: $ids }) { items { name } } }`, {
          ids: [service.id],
          asOf,
        })
      ).services.items[0].name;
    expect(await named()).toBe(service.name);
    expect(await named(tomorrow)).toBe('Demain');
    // Its day comes (the versions moved one day back stand for the clock moving one day on): the rollover applies it.
    await sql(
      `update service_version set valid = daterange(case when lower_inf(valid) then null else lower(valid) - 1 end, case when upper_inf(valid) then null else upper(valid) - 1 end) where service_id = ?`,
      [service.id],
    );
    expect(await named()).toBe(service.name);
    expect(await rollVersionsForward(app.em())).toBeGreaterThanOrEqual(1);
    expect(await named()).toBe('Demain');
    expect(await rollVersionsForward(app.em())).toBe(0);
  });
});

describe('valid time and transaction time together', () => {
  it('reads the same record as of D and as recorded, on both sides of a correction', async () => {
    const service = await serviceWithAgents(app.em(), '33', 0, '2020-01-01');
    await gqlOk(
      `mutation($id: ID!) { updateService(id: $id, version: 1, input: { name: "Nom de 2025", effectiveDate: "2025-01-01" }) { version } }`,
      {
        id: service.id,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const between = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The correction of a past period: the name was in fact another one from 01/01/2025 to 31/03/2025.
    await gqlOk(
      `mutation($id: ID!) { updateService(id: $id, version: 2, input: { name: "Nom corrigé", effectiveDate: "2025-01-01", effectiveUntil: "2025-03-31" }) { name } }`,
      { id: service.id },
    );
    const read = async (asOf: string, recordedAt?: string) =>
      (
        await gqlOk(
          `query($ids: [ID!], $asOf: Date, $at: DateTime) { services(asOf: $asOf, recordedAt: $at, filter: { ids: $ids }) { items { name } } }`,
          {
            ids: [service.id],
            asOf,
            at: recordedAt,
          },
        )
      ).services.items[0]?.name;
    expect(await read('2025-02-01')).toBe('Nom corrigé');
    expect(await read('2025-02-01', between)).toBe('Nom de 2025');
    expect(await read('2025-02-01', new Date().toISOString())).toBe('Nom corrigé');
    expect(await read('2025-06-01')).toBe('Nom de 2025');
    expect(await read('2024-12-31', between)).toBe(service.name);
  });
});

describe('versions never overlap nor leave a gap', () => {
  it('refuses dates that would (API) and rows that do (database)', async () => {
    const service = await serviceWithAgents(app.em(), '59', 0, '2020-01-01');
    const update = (input: string) =>
      app.gql(`mutation($id: ID!) { updateService(id: $id, version: 1, input: { ${input} }) { name } }`, { id: service.id });
    const refused = async (input: string) =>
      (await update(input)).errors?.[0]?.extensions?.violations?.map((v: { code: string }) => v.code);
    expect(await refused(`name: "X", effectiveDate: "2025-03-01", effectiveUntil: "2025-02-01"`)).toEqual(['EFFECTIVE_UNTIL_BEFORE_DATE']);
    expect(await refused(`name: "X", effectiveDate: "2019-12-31"`)).toEqual(['EFFECTIVE_DATE_BEFORE_START']);
    expect(await refused(`effectiveDate: "2025-03-01"`)).toEqual(['EFFECTIVE_DATE_WITHOUT_CHANGE']);
    expect(await refused(`name: "X", effectiveUntil: "2025-03-01"`)).toEqual(['EFFECTIVE_UNTIL_WITHOUT_DATE']);
    const message = (await update(`name: "X", effectiveDate: "2019-12-31"`)).errors![0].message;
    expect(message).toContain('31/12/2019');

    await expect(
      sql(
        `insert into service_version (id, service_id, valid, name, kind) select gen_random_uuid(), service_id, '[2025-01-01,2025-02-01)', 'Doublon', kind from service_version where service_id = ?`,
        [service.id],
      ),
    ).rejects.toThrow(/service_version_no_overlap/);
    await gqlOk(`mutation($id: ID!) { updateService(id: $id, version: 1, input: { name: "Y", effectiveDate: "2025-01-01" }) { name } }`, {
      id: service.id,
    });
    await expect(sql(`delete from service_version where service_id = ? and lower_inf(valid)`, [service.id])).rejects.toThrow(/leave a gap/);
    await expect(
      sql(`update service_version set valid = '[2025-02-01,)' where service_id = ? and not lower_inf(valid)`, [service.id]),
    ).rejects.toThrow(/leave a gap/);
    expect((await versionsOf('service', service.id)).map((v) => v.valid)).toEqual(['(,2025-01-01)', '[2025-01-01,)']);
  });

  it('gives every new record its first version, whatever writes it', async () => {
    const service = await serviceWithAgents(app.em(), '59', 1, '2021-01-01');
    expect((await versionsOf('service', service.id)).map((v) => [v.valid, v.name])).toEqual([['(,)', service.name]]);
    const agent = await app.em().findOneOrFail(Agent, { service: service.id });
    expect((await versionsOf('agent', agent.id)).map((v) => [v.valid, v.grade])).toEqual([['(,)', 'Attaché']]);
    // A hand-written change says no date: it corrects the value in force today, over the versions around today that
    // hold it (here, the only one), not the versions that hold another value.
    await sql(`update agent set grade = 'Attaché principal' where id = ?`, [agent.id]);
    expect((await versionsOf('agent', agent.id)).map((v) => [v.valid, v.grade])).toEqual([['(,)', 'Attaché principal']]);
    const [{ version }] = await sql<{ version: number }>(`select version from agent where id = ?`, [agent.id]);
    await gqlOk(
      `mutation($id: ID!, $v: Int!) { updateAgent(id: $id, version: $v, input: { grade: "Attaché hors classe", effectiveDate: "2024-01-01" }) { grade } }`,
      {
        id: agent.id,
        v: version,
      },
    );
    await gqlOk(
      `mutation($id: ID!, $v: Int!) { updateAgent(id: $id, version: $v, input: { corps: "Autre corps", effectiveDate: "2023-01-01", effectiveUntil: "2023-12-31" }) { grade } }`,
      {
        id: agent.id,
        v: version + 1,
      },
    );
    await sql(`update agent set grade = 'Directeur' where id = ?`, [agent.id]);
    expect((await versionsOf('agent', agent.id)).map((v) => [v.valid, v.grade])).toEqual([
      ['(,2023-01-01)', 'Attaché principal'],
      ['[2023-01-01,2024-01-01)', 'Attaché principal'],
      ['[2024-01-01,)', 'Directeur'],
    ]);
  });
});

describe('a post moved to another residence, a convention’s guideline changed', () => {
  it('reads the residence as of each date, in the list and in the ratio of the departments', async () => {
    const from = await serviceWithAgents(app.em(), '2B', 0, '2020-01-01');
    const to = await serviceWithAgents(app.em(), '2A', 0, '2020-01-01');
    const { post } = await heldPost(app.em(), from, 1, '2020-01-01');
    await gqlOk(
      `mutation($id: ID!, $to: ID!) { updateSocialWorkerPost(id: $id, version: 1, input: { residenceId: $to, effectiveDate: "${D}" }) { id } }`,
      {
        id: post.id,
        to: to.id,
      },
    );
    const residence = async (asOf: string) =>
      (
        await gqlOk(`query($ids: [ID!]) { socialWorkerPosts(asOf: "${asOf}", filter: { ids: $ids }) { items { residence { code } } } }`, {
          ids: [post.id],
        })
      ).socialWorkerPosts.items[0].residence.code;
    expect(await residence(before)).toBe(from.code);
    expect(await residence(D)).toBe(to.code);
    const etp = async (code: string, asOf: string) =>
      (
        await gqlOk(`{ departments(filter: { q: "${code}" }) { items { code socialWorkerRatio(asOf: "${asOf}") { socialWorkerEtp } } } }`)
      ).departments.items.find((d: { code: string }) => d.code === code).socialWorkerRatio.socialWorkerEtp;
    // The ASS counts for the department of its residence that day (it has no time allocation).
    expect((await etp('2B', before)) - (await etp('2B', D))).toBe(1);
    expect((await etp('2A', D)) - (await etp('2A', before))).toBe(1);
  });
});
