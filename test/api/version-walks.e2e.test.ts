import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../api/src/shared/scalars';
import { initTestApp, type TestApp } from '../support/app';
import { rawAccess } from '../support/raw';
import { serviceWithAgents } from '../support/fixtures';

/**
 * Issue 17 item 5: a list by a versioned reference read as of a day walks an index of the versions, as today's list
 * walks the record's (migration `…_VersionWalks`): a department's services by code, the code carried into every
 * version by the database, and a service's children by name, itself versioned. What must hold: each version holds
 * its service's code whatever writes the service or the version, and the lists as of a day are that day's, in their
 * order, cut at their limit.
 */
let app: TestApp;
const { sql, gqlOk, inTransaction } = rawAccess(() => app);
const D = '2025-06-01';
const before = addDays(D, -1);

/** A service's save through the API, effective on D (`null`: a change of what is not dated, the code). */
async function update(id: string, input: Record<string, unknown>, effectiveDate: string | null = D) {
  const [{ version }] = await sql<{ version: number }>(`select version from service where id = ?`, [id]);
  await gqlOk(
    `mutation($id: ID!, $version: Int!, $input: ServiceInput!) { updateService(id: $id, version: $version, input: $input) { id } }`,
    { id, version, input: effectiveDate ? { ...input, effectiveDate } : input },
  );
}

const codesOfVersions = async (id: string) =>
  (await sql<{ code: string }>(`select code from service_version where service_id = ? order by lower(valid) nulls first`, [id])).map(
    (v) => v.code,
  );

/** An agent's save through the API (`effectiveDate`: of a change of grade, a dated field). */
async function updateAgent(id: string, input: Record<string, unknown>) {
  const [{ version }] = await sql<{ version: number }>(`select version from agent where id = ?`, [id]);
  await gqlOk(`mutation($id: ID!, $version: Int!, $input: AgentInput!) { updateAgent(id: $id, version: $version, input: $input) { id } }`, {
    id,
    version,
    input,
  });
}

const agentsOf = async (serviceId: string) =>
  sql<{ id: string }>(`select id from agent where service_id = ? order by last_name`, [serviceId]);

const departmentId = async (code: string) => (await sql<{ id: string }>(`select id from department where code = ?`, [code]))[0].id;

beforeAll(async () => {
  app = await initTestApp();
});
afterAll(() => app.close());

describe('the code carried into the versions', () => {
  it('is the service’s in each of its versions, whatever writes the service or its versions', async () => {
    const service = await serviceWithAgents(app.em(), '48', 0);
    await update(service.id, { name: 'Service renommé' });
    expect(await codesOfVersions(service.id)).toEqual([service.code, service.code]);

    await update(service.id, { code: 'W-48-1' }, null);
    expect(await codesOfVersions(service.id)).toEqual(['W-48-1', 'W-48-1']);

    // A hand-written statement on the service, on a version, or a version added by hand.
    await sql(`update service set code = 'W-48-2' where id = ?`, [service.id]);
    expect(await codesOfVersions(service.id)).toEqual(['W-48-2', 'W-48-2']);
    await sql(`update service_version set code = 'autre' where service_id = ?`, [service.id]);
    expect(await codesOfVersions(service.id)).toEqual(['W-48-2', 'W-48-2']);
    await inTransaction([
      [`update service_version set valid = daterange(lower(valid), '2030-01-01') where service_id = ? and upper_inf(valid)`, [service.id]],
      [
        `insert into service_version (id, service_id, valid, name, kind, department_id, excluded_from_network)
         select gen_random_uuid(), id, daterange('2030-01-01', null), 'Service futur', kind, department_id, false from service where id = ?`,
        [service.id],
      ],
    ]);
    expect(await codesOfVersions(service.id)).toEqual(['W-48-2', 'W-48-2', 'W-48-2']);
  });
});

describe('the service and names carried into an agent’s versions', () => {
  it('are the agent’s in each of its versions, whatever writes the agent', async () => {
    const em = app.em();
    const [from, to] = [await serviceWithAgents(em, '2A', 1), await serviceWithAgents(em, '2A', 0)];
    const [agent] = await agentsOf(from.id);
    const carried = async () =>
      sql(`select service_id, last_name, first_name from agent_version where agent_id = ? order by lower(valid) nulls first`, [agent.id]);
    await updateAgent(agent.id, { grade: 'Attaché principal', effectiveDate: D });
    expect(await carried()).toEqual([
      { service_id: from.id, last_name: 'Agent 0', first_name: 'Camille' },
      { service_id: from.id, last_name: 'Agent 0', first_name: 'Camille' },
    ]);
    await updateAgent(agent.id, { lastName: 'Muté', serviceId: to.id });
    await sql(`update agent set first_name = 'Dominique' where id = ?`, [agent.id]);
    expect(await carried()).toEqual([
      { service_id: to.id, last_name: 'Muté', first_name: 'Dominique' },
      { service_id: to.id, last_name: 'Muté', first_name: 'Dominique' },
    ]);
  });
});

describe('lists by a versioned reference as of a day', () => {
  it('a department’s services: those of that day, by code, with their names that day, cut at the limit', async () => {
    const em = app.em();
    const [a, b] = [await serviceWithAgents(em, '23', 0), await serviceWithAgents(em, '23', 0)];
    const moved = await serviceWithAgents(em, '19', 0);
    // From D the service of the Corrèze is in the Creuse, and b is renamed; today a's code sorts it last.
    await update(moved.id, { departmentId: await departmentId('23') });
    await update(b.id, { name: 'B renommé' });
    await update(a.id, { code: 'ZZ-23' }, null);
    const creuse = await departmentId('23');
    const services = async (asOf?: string) =>
      (
        await gqlOk(
          `query($id: ID!, $asOf: Date) { departments(filter: { ids: [$id] }) { items { services(asOf: $asOf, limit: 2) { code name } } } }`,
          { id: creuse, asOf },
        )
      ).departments.items[0].services;
    expect(await services(before)).toEqual([
      { code: b.code, name: b.name },
      { code: 'ZZ-23', name: a.name },
    ]);
    const onD = [
      { code: moved.code, name: moved.name },
      { code: b.code, name: 'B renommé' },
    ];
    expect(await services(D)).toEqual(onD);
    expect(await services()).toEqual(onD);
  });

  it('a service’s children: those of that day, by their names that day, cut at the limit', async () => {
    const em = app.em();
    const parent = await serviceWithAgents(em, '87', 0);
    const children = [await serviceWithAgents(em, '87', 0), await serviceWithAgents(em, '87', 0), await serviceWithAgents(em, '87', 0)];
    for (const [i, child] of children.entries())
      await inTransaction([
        [`update service_version set parent_id = ?, name = ? where service_id = ?`, [parent.id, `Enfant ${'ABC'[i]}`, child.id]],
        [`update service set parent_id = ?, name = ? where id = ?`, [parent.id, `Enfant ${'ABC'[i]}`, child.id]],
      ]);
    const [x, y, z] = children;
    // From D the last child's name sorts it first.
    await update(z.id, { name: 'Aaa renommé' });
    const read = async (asOf?: string) =>
      (
        await gqlOk(
          `query($id: ID!, $asOf: Date) { services(filter: { ids: [$id] }) { items { children(asOf: $asOf, limit: 2) { code name } } } }`,
          { id: parent.id, asOf },
        )
      ).services.items[0].children;
    expect(await read(before)).toEqual([
      { code: x.code, name: 'Enfant A' },
      { code: y.code, name: 'Enfant B' },
    ]);
    expect(await read(D)).toEqual([
      { code: z.code, name: 'Aaa renommé' },
      { code: x.code, name: 'Enfant A' },
    ]);
  });

  it('a service’s agents, below a list as of a day: by name, with their grades that day, cut at the limit', async () => {
    const service = await serviceWithAgents(app.em(), '2B', 3);
    const [first, second] = await agentsOf(service.id);
    // From D the second agent is promoted; today the first one's name sorts it last.
    await updateAgent(second.id, { grade: 'Attaché principal', effectiveDate: D });
    await updateAgent(first.id, { lastName: 'Zed' });
    const agents = async (asOf?: string) =>
      (
        await gqlOk(
          `query($id: ID!, $asOf: Date) { departments(filter: { ids: [$id] }) { items { services(asOf: $asOf, limit: 1) { agents(limit: 2) { lastName grade } } } } }`,
          { id: await departmentId('2B'), asOf },
        )
      ).departments.items[0].services[0].agents;
    expect(await agents(before)).toEqual([
      { lastName: 'Agent 1', grade: 'Attaché' },
      { lastName: 'Agent 2', grade: 'Attaché' },
    ]);
    const promoted = [
      { lastName: 'Agent 1', grade: 'Attaché principal' },
      { lastName: 'Agent 2', grade: 'Attaché' },
    ];
    expect(await agents(D)).toEqual(promoted);
    expect(await agents()).toEqual(promoted);
  });
});
