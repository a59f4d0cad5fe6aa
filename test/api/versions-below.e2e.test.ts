import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../api/src/shared/scalars';
import { initTestApp, type TestApp } from '../support/app';
import { rawAccess } from '../support/raw';
import { serviceWithAgents } from '../support/fixtures';

/**
 * Issue 17 item 1, below the computed fields: the objects a computed field answers (a service's ancestors, the service
 * it inherits its network exclusion from, an agent's service on a day) are read as of the read's date (the field's own
 * `asOf`, else the nearest enclosing one, else today), and so is everything below them: their references and their
 * child lists, each level in one batched statement whatever the number of rows.
 */
let app: TestApp;
const { sql, gqlOk, inTransaction } = rawAccess(() => app);
const D = '2025-06-01';
const before = addDays(D, -1);

async function update(id: string, input: Record<string, unknown>, effectiveDate = D) {
  const [{ version }] = await sql<{ version: number }>(`select version from service where id = ?`, [id]);
  await gqlOk(
    `mutation($id: ID!, $version: Int!, $input: ServiceInput!) { updateService(id: $id, version: $version, input: $input) { id } }`,
    {
      id,
      version,
      input: { ...input, effectiveDate },
    },
  );
}

type Named = { id: string; name: string; code: string };
let top: Named;
let middle: Named;
let leaf: Named;
let sibling: Named;
let other: Named;

beforeAll(async () => {
  app = await initTestApp();
  // Since 2020: top > middle > leaf, and middle > sibling; `other` stands alone. From D: top and middle are renamed,
  // the sibling moves under `other` (so middle's children change), and `other` leaves the network.
  const em = app.em();
  [top, middle, leaf, sibling, other] = [
    await serviceWithAgents(em, '30', 0),
    await serviceWithAgents(em, '30', 0),
    await serviceWithAgents(em, '30', 1),
    await serviceWithAgents(em, '30', 0),
    await serviceWithAgents(em, '30', 0),
  ];
  for (const [child, parent] of [
    [middle, top],
    [leaf, middle],
    [sibling, middle],
  ])
    await inTransaction([
      [`update service_version set parent_id = ? where service_id = ?`, [parent.id, child.id]],
      [`update service set parent_id = ? where id = ?`, [parent.id, child.id]],
    ]);
  await update(top.id, { name: 'Sommet renommé' });
  await update(middle.id, { name: 'Milieu renommé' });
  await update(sibling.id, { parentId: other.id });
  await update(other.id, { excludedFromNetwork: true, name: 'Autre renommé' });
});
afterAll(() => app.close());

describe('references below a computed field’s objects', () => {
  const read = `query($asOf: Date, $id: ID!) { services(asOf: $asOf, filter: { ids: [$id] }) { items {
    ancestors { name parent { name } }
    networkExcludedBy { name parent { name } } } } }`;

  it('the parent of each ancestor is the parent of that day, with its name that day', async () => {
    const on = async (asOf?: string) => (await gqlOk(read, { asOf, id: leaf.id })).services.items[0].ancestors;
    expect(await on(before)).toEqual([
      { name: top.name, parent: null },
      { name: middle.name, parent: { name: top.name } },
    ]);
    const renamed = [
      { name: 'Sommet renommé', parent: null },
      { name: 'Milieu renommé', parent: { name: 'Sommet renommé' } },
    ];
    expect(await on(D)).toEqual(renamed);
    expect(await on()).toEqual(renamed);
  });

  it('the excluded service’s parent, and an agent’s service on a day with its parent, as of that day', async () => {
    const [agent] = await sql<{ id: string }>(`select id from agent where service_id = ?`, [leaf.id]);
    const serviceOn = (asOf: string) =>
      gqlOk(
        `query($id: ID!) { agents(filter: { ids: [$id] }) { items { serviceOn(asOf: "${asOf}") { name parent { name parent { name } } } } } }`,
        {
          id: agent.id,
        },
      );
    expect((await serviceOn(before)).agents.items[0].serviceOn).toEqual({
      name: leaf.name,
      parent: { name: middle.name, parent: { name: top.name } },
    });
    expect((await serviceOn(D)).agents.items[0].serviceOn).toEqual({
      name: leaf.name,
      parent: { name: 'Milieu renommé', parent: { name: 'Sommet renommé' } },
    });
    const excluded = (await gqlOk(read, { asOf: D, id: sibling.id })).services.items[0];
    expect(excluded.networkExcludedBy).toEqual({ name: 'Autre renommé', parent: null });
    expect(excluded.ancestors).toEqual([{ name: 'Autre renommé', parent: null }]);
  });

  it('the field’s own date wins over the enclosing one, for the objects and what is below them', async () => {
    const data = await gqlOk(
      `query($id: ID!) { services(asOf: "${D}", filter: { ids: [$id] }) { items { ancestors(asOf: "${before}") { name parent { name } } } } }`,
      { id: leaf.id },
    );
    expect(data.services.items[0].ancestors).toEqual([
      { name: top.name, parent: null },
      { name: middle.name, parent: { name: top.name } },
    ]);
  });
});

describe('child lists below a computed field’s objects', () => {
  it('are the children of that day, with their names that day', async () => {
    const children = async (asOf: string) =>
      (
        await gqlOk(
          `query($asOf: Date, $id: ID!) { services(asOf: $asOf, filter: { ids: [$id] }) { items { ancestors { name children { name } } } } }`,
          {
            asOf,
            id: leaf.id,
          },
        )
      ).services.items[0].ancestors.map((a: { name: string; children: { name: string }[] }) => ({
        name: a.name,
        children: a.children.map((c) => c.name).sort(),
      }));
    expect(await children(before)).toEqual([
      { name: top.name, children: [middle.name] },
      { name: middle.name, children: [leaf.name, sibling.name].sort() },
    ]);
    // From D the sibling is under `other`, and the middle is renamed.
    expect(await children(D)).toEqual([
      { name: 'Sommet renommé', children: ['Milieu renommé'] },
      { name: 'Milieu renommé', children: [leaf.name] },
    ]);
  });

  it('costs the statements of the current read: one per level, whatever the rows and the date', async () => {
    const tree = (asOf: string) =>
      `{ services(${asOf} filter: { q: "Service de test" }, limit: 10) { items { ancestors { name parent { name } children(limit: 3) { name parent { name } } } } } }`;
    const current = await app.countStatements(() => gqlOk(tree('')));
    expect(await app.countStatements(() => gqlOk(tree(`asOf: "${before}",`)))).toBe(current);
  });
});

describe('a convention’s coverage as of a date', () => {
  it('names its zone’s services and their departments as they were that day', async () => {
    const em = app.em();
    const covered = await serviceWithAgents(em, '30', 0);
    const [{ id: agriculture }] = await sql<{ id: string }>(`select id from ministry where code = 'AGRICULTURE'`);
    const created = await gqlOk(`mutation($input: ConventionInput!) { createConvention(input: $input) { id } }`, {
      input: {
        reference: 'CI-30-ZONE',
        title: 'Zone de test',
        kind: 'INTERMINISTERIAL',
        basis: 'CONVENTION',
        partnerMinistryId: agriculture,
        direction: 'INTERIOR_SERVES_PARTNER',
        validFrom: '2021-01-01',
      },
    });
    const id = created.createConvention.id as string;
    const saved = await gqlOk(`mutation($rows: [ConventionScopeRow!]!) { saveConventionScopes(rows: $rows) { ok } }`, {
      rows: [{ values: { conventionId: id, serviceId: covered.id } }],
    });
    expect(saved.saveConventionScopes.ok).toBe(true);
    // From D the service is renamed and moves from the Gard (30) to the Bouches-du-Rhône (13).
    const [{ id: bouches }] = await sql<{ id: string }>(`select id from department where code = '13'`);
    await update(covered.id, { name: 'Couvert renommé', departmentId: bouches });
    const coverage = async (asOf: string) =>
      (
        await gqlOk(
          `query($id: ID!, $asOf: Date) { convention(id: $id) { coverage(asOf: $asOf) { services { name department { code } } departments { code } } } }`,
          { id, asOf },
        )
      ).convention.coverage;
    expect(await coverage(before)).toEqual({
      services: [{ name: covered.name, department: { code: '30' } }],
      departments: [{ code: '30' }],
    });
    expect(await coverage(D)).toEqual({
      services: [{ name: 'Couvert renommé', department: { code: '13' } }],
      departments: [{ code: '13' }],
    });
  });
});

describe('the ORM path (a request the compiler does not take)', () => {
  it('answers a root list as of a day with that day’s names and parents, as the compiled path does', async () => {
    const read = `query($asOf: Date, $ids: [ID!]) { services(asOf: $asOf, filter: { ids: $ids }, sort: [{ field: "code" }]) {
      totalCount items { code name parent { name } } } }`;
    const ids = [top.id, middle.id, sibling.id, other.id];
    const on = async (asOf: string, compiledReads: boolean) => {
      app.config.compiledReads = compiledReads;
      try {
        return (await gqlOk(read, { asOf, ids })).services;
      } finally {
        app.config.compiledReads = true;
      }
    };
    for (const day of [before, D]) expect(await on(day, false)).toEqual(await on(day, true));
    const names = async (asOf: string) =>
      (await on(asOf, false)).items.map((s: { code: string; name: string; parent: { name: string } | null }) => [
        s.code,
        s.name,
        s.parent?.name ?? null,
      ]);
    const byCode = (rows: [string, string, string | null][]) => new Map(rows.map(([code, ...rest]) => [code, rest]));
    const was = byCode(await names(before));
    expect(was.get(top.code)).toEqual([top.name, null]);
    expect(was.get(middle.code)).toEqual([middle.name, top.name]);
    expect(was.get(sibling.code)).toEqual([sibling.name, middle.name]);
    expect(was.get(other.code)).toEqual([other.name, null]);
    const is = byCode(await names(D));
    expect(is.get(middle.code)).toEqual(['Milieu renommé', 'Sommet renommé']);
    expect(is.get(sibling.code)).toEqual([sibling.name, 'Autre renommé']);
  });
});
