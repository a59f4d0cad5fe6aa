import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from '../../api/src/referential/agent.entity';
import { Department } from '../../api/src/referential/department.entity';
import { Service } from '../../api/src/referential/service.entity';
import { initTestApp, NATIONAL, type TestApp } from '../support/app';
import { department, interior, serviceWithAgents } from '../support/fixtures';

let app: TestApp;
let ministryId: string;
let paris: string;

const SERVICE = 'id version code name validFrom validTo parent { id code } department { code name region { code } } ministry { code }';

const createService = (input: Record<string, unknown>) =>
  app.gql(`mutation($input: ServiceInput!) { createService(input: $input) { ${SERVICE} } }`, { input });

const baseService = (code: string) => ({
  code,
  name: `Service ${code}`,
  kind: 'PREFECTURE',
  departmentId: paris,
  designatingAuthority: 'PREFECT',
  ministryId,
  validFrom: '2020-01-01',
});

beforeAll(async () => {
  app = await initTestApp();
  const em = app.em();
  ministryId = (await interior(em)).id;
  paris = (await department(em, '75')).id;
});
afterAll(() => app.close());

describe('organisation referential', () => {
  it('ships the real INSEE referential: 18 regions, 101 departments, 8 overseas collectivities', async () => {
    const { data } = await app.gql(`{
      regions(limit: 50) { totalCount }
      departments(filter: { q: "Corse" }) { items { code name region { code name } } }
      overseasCollectivities { totalCount }
      all: departments(limit: 1) { totalCount }
    }`);
    expect(data!.regions.totalCount).toBe(18);
    expect(data!.all.totalCount).toBe(101);
    expect(data!.overseasCollectivities.totalCount).toBe(8);
    expect(data!.departments.items.map((d: { code: string }) => d.code).sort()).toEqual(['2A', '2B']);
    expect(data!.departments.items[0].region).toEqual({ code: '94', name: 'Corse' });
  });

  it('creates, reads, updates and deletes a service', async () => {
    const created = await createService(baseService('CRUD-1'));
    expect(created.errors).toBeUndefined();
    const service = created.data!.createService;
    expect(service).toMatchObject({
      code: 'CRUD-1',
      version: 1,
      department: { code: '75', name: 'Paris', region: { code: '11' } },
      ministry: { code: 'INTERIEUR' },
    });

    const updated = await app.gql(
      `mutation($id: ID!, $v: Int!) { updateService(id: $id, version: $v, input: { name: "Préfecture de test" }) { name version } }`,
      { id: service.id, v: 1 },
    );
    expect(updated.data!.updateService).toEqual({ name: 'Préfecture de test', version: 2 });

    const read = await app.gql(`query($id: ID!) { service(id: $id) { name } }`, { id: service.id });
    expect(read.data!.service.name).toBe('Préfecture de test');

    const deleted = await app.gql(`mutation($id: ID!) { deleteService(id: $id, version: 2) }`, { id: service.id });
    expect(deleted.data!.deleteService).toBe(service.id);
    expect(await app.em().count(Service, { code: 'CRUD-1' })).toBe(0);
  });

  it('lists with filter, sort, pagination and totalCount, and caps the page size', async () => {
    for (const code of ['LIST-C', 'LIST-A', 'LIST-B']) expect((await createService(baseService(code))).errors).toBeUndefined();
    const { data } = await app.gql(
      `{ services(filter: { q: "list-" }, sort: [{ field: "code", order: DESC }], offset: 1, limit: 1) { totalCount items { code } } }`,
    );
    expect(data!.services).toEqual({ totalCount: 3, items: [{ code: 'LIST-B' }] });
    const tooBig = await app.gql(`{ services(limit: 100000) { totalCount } }`);
    expect(tooBig.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode: 'PAGE_SIZE', field: 'limit' });
  });

  it('answers "as of" any past date from the validity periods', async () => {
    const closed = await createService({ ...baseService('ASOF-1'), validFrom: '2019-01-01', validTo: '2022-12-31' });
    expect(closed.errors).toBeUndefined();
    const query = `query($d: Date) { services(asOf: $d, filter: { q: "ASOF-" }) { items { code } } }`;
    expect((await app.gql(query, { d: '2022-06-01' })).data!.services.items).toEqual([{ code: 'ASOF-1' }]);
    expect((await app.gql(query, { d: '2023-01-01' })).data!.services.items).toEqual([]);
    expect((await app.gql(query, { d: '2018-12-31' })).data!.services.items).toEqual([]);
  });
});

describe('bad input is refused with the field, the rule and a French message, and nothing is written', () => {
  const firstError = (r: { errors?: { extensions?: Record<string, any>; message: string }[] }) => r.errors?.[0];

  it('unknown INSEE code', async () => {
    const em = app.em();
    const region = await em.findOneOrFail(Department, { code: '75' }, { populate: ['region'] });
    const r = await app.gql(`mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }`, {
      input: { code: '99', name: 'Inconnu', regionId: region.region.id },
    });
    expect(firstError(r)?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode: 'INSEE_CODE_UNKNOWN', field: 'code' });
    expect(firstError(r)?.message).toContain('Code INSEE inconnu');
    expect(await app.em().count(Department, { code: '99' })).toBe(0);
  });

  it('unknown parent and cyclic parent', async () => {
    const unknown = await createService({ ...baseService('BAD-1'), parentId: randomUUID() });
    expect(firstError(unknown)?.extensions).toMatchObject({ subCode: 'REFERENCE_UNKNOWN', field: 'parentId' });
    expect(firstError(unknown)?.message).toContain('Service parent');

    const root = (await createService(baseService('TREE-ROOT'))).data!.createService;
    const child = (await createService({ ...baseService('TREE-CHILD'), parentId: root.id })).data!.createService;
    const cycle = await app.gql(`mutation($id: ID!, $p: ID!) { updateService(id: $id, version: 1, input: { parentId: $p }) { id } }`, {
      id: root.id,
      p: child.id,
    });
    expect(firstError(cycle)?.extensions).toMatchObject({ subCode: 'SERVICE_PARENT_CYCLE', field: 'parentId' });
    const self = await app.gql(`mutation($id: ID!) { updateService(id: $id, version: 1, input: { parentId: $id }) { id } }`, {
      id: root.id,
    });
    expect(firstError(self)?.extensions?.subCode).toBe('SERVICE_PARENT_CYCLE');
    expect((await app.em().findOneOrFail(Service, { id: root.id })).parent).toBeNull();

    const tree = await app.gql(`query($id: ID!) { service(id: $id) { ancestors { code } } }`, { id: child.id });
    expect(tree.data!.service.ancestors).toEqual([{ code: 'TREE-ROOT' }]);
  });

  it('duplicate registration number, malformed email, end before start', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '69', 1);
    const existing = await em.findOneOrFail(Agent, { service });
    const agent = {
      registrationNumber: existing.registrationNumber,
      firstName: 'Jeanne',
      lastName: 'Martin',
      grade: 'Attachée',
      corps: 'Attachés',
      category: 'A',
      status: 'TITULAIRE',
      population: 'ADMINISTRATIVE_TECHNICAL_SCIENTIFIC',
      employingMinistryId: ministryId,
      serviceId: service.id,
      validFrom: '2024-01-01',
      validTo: '2023-01-01',
      email: 'jeanne.martin@',
    };
    const r = await app.gql(`mutation($input: AgentInput!) { createAgent(input: $input) { id } }`, { input: agent });
    const violations = firstError(r)!.extensions!.violations as { field: string; code: string; message: string }[];
    expect(violations.map((v) => [v.field, v.code]).sort()).toEqual([
      ['email', 'EMAIL_INVALID'],
      ['registrationNumber', 'DUPLICATE'],
      ['validTo', 'DATE_RANGE'],
    ]);
    expect(violations.find((v) => v.field === 'validTo')!.message).toBe(
      'La date de fin (01/01/2023) précède la date de début (01/01/2024) : corrigez l’une des deux.',
    );
    expect(await app.em().count(Agent, { lastName: 'Martin' })).toBe(0);
  });

  it('a stale version is a conflict, never a silent overwrite', async () => {
    const service = (await createService(baseService('LOCK-1'))).data!.createService;
    const update = `mutation($id: ID!, $v: Int!, $name: String!) { updateService(id: $id, version: $v, input: { name: $name }) { name version } }`;
    expect((await app.gql(update, { id: service.id, v: 1, name: 'Première' })).data!.updateService.version).toBe(2);
    const stale = await app.gql(update, { id: service.id, v: 1, name: 'Seconde' });
    expect(firstError(stale)?.extensions).toMatchObject({ code: 'CONFLICT', subCode: 'STALE_VERSION', field: 'version' });
    expect((await app.em().findOneOrFail(Service, { id: service.id })).name).toBe('Première');
  });
});

describe('bulk save', () => {
  const SAVE = `mutation($rows: [AgentRow!]!, $dryRun: Boolean) {
    saveAgents(rows: $rows, dryRun: $dryRun) { ok dryRun rows { index id violations { field code message severity } } items { registrationNumber } }
  }`;
  const row = (n: number, serviceId: string, extra: Record<string, unknown> = {}) => ({
    values: {
      registrationNumber: `BULK-${n}`,
      firstName: 'Louis',
      lastName: `Bulk ${n}`,
      grade: 'Secrétaire administratif',
      corps: 'SA',
      category: 'B',
      status: 'CONTRACTUEL',
      population: 'ADMINISTRATIVE_TECHNICAL_SCIENTIFIC',
      employingMinistryId: ministryId,
      serviceId,
      validFrom: '2025-09-01',
      ...extra,
    },
  });

  it('validates every row first and writes all rows or none', async () => {
    const service = await serviceWithAgents(app.em(), '13', 0);
    const rows = [
      row(1, service.id),
      row(2, service.id, { email: 'pas-un-courriel' }),
      row(3, service.id),
      row(4, service.id, { registrationNumber: 'BULK-1' }),
    ];
    const rejected = await app.gql(SAVE, { rows });
    expect(rejected.errors).toBeUndefined();
    const result = rejected.data!.saveAgents;
    expect(result.ok).toBe(false);
    expect(result.rows.map((r: { violations: { field: string }[] }) => r.violations.map((v) => v.field))).toEqual([
      [],
      ['email'],
      [],
      ['registrationNumber'],
    ]);
    expect(result.rows[3].violations[0].message).toContain('déjà saisi à la ligne 1');
    expect(await app.em().count(Agent, { registrationNumber: { $like: 'BULK-%' } })).toBe(0);

    const fixed = [row(1, service.id), row(2, service.id), row(3, service.id)];
    const dry = await app.gql(SAVE, { rows: fixed, dryRun: true });
    expect(dry.data!.saveAgents).toMatchObject({ ok: true, dryRun: true, items: [] });
    expect(await app.em().count(Agent, { registrationNumber: { $like: 'BULK-%' } })).toBe(0);

    const saved = await app.gql(SAVE, { rows: fixed });
    expect(saved.data!.saveAgents.ok).toBe(true);
    expect(saved.data!.saveAgents.items).toHaveLength(3);
    expect(await app.em().count(Agent, { registrationNumber: { $like: 'BULK-%' } })).toBe(3);
  });

  it('updates rows by id and version, and reports a stale row as a conflict with the current record', async () => {
    const service = await serviceWithAgents(app.em(), '33', 2);
    const agents = await app.em().find(Agent, { service }, { orderBy: { registrationNumber: 'asc' } });
    await app.gql(`mutation($id: ID!) { updateAgent(id: $id, version: 1, input: { grade: "Attaché principal" }) { version } }`, {
      id: agents[1].id,
    });
    const rows = agents.map((a) => ({ id: a.id, version: 1, values: { phone: '01 02 03 04 05' } }));
    const { data } = await app.gql(
      `mutation($rows: [AgentRow!]!) { saveAgents(rows: $rows) { ok rows { violations { code } current { grade version } } } }`,
      { rows },
    );
    expect(data!.saveAgents.ok).toBe(false);
    expect(data!.saveAgents.rows[1]).toEqual({
      violations: [{ code: 'STALE_VERSION' }],
      current: { grade: 'Attaché principal', version: 2 },
    });
    expect(await app.em().count(Agent, { phone: '01 02 03 04 05' })).toBe(0);
  });
});

describe('headcounts and bulk limits', () => {
  it('refuses a second headcount of one population over an overlapping period, within a batch too', async () => {
    const service = await serviceWithAgents(app.em(), '67', 0);
    const SAVE = `mutation($rows: [ServiceHeadcountRow!]!) { saveServiceHeadcounts(rows: $rows) { ok rows { violations { field code } } } }`;
    const row = (validFrom: string, validTo: string | null, count = 10) => ({
      values: { serviceId: service.id, population: 'POLICE_ACTIVE', count, validFrom, validTo },
    });
    const first = await app.gql(SAVE, { rows: [row('2020-01-01', '2022-12-31'), row('2023-01-01', null)] });
    expect(first.data!.saveServiceHeadcounts.ok).toBe(true);
    const clash = await app.gql(SAVE, { rows: [row('2022-06-01', '2022-12-31'), row('2019-01-01', '2019-12-31', -1)] });
    expect(clash.data!.saveServiceHeadcounts.rows.map((r: { violations: unknown[] }) => r.violations)).toEqual([
      [{ field: 'validFrom', code: 'HEADCOUNT_OVERLAP' }],
      [{ field: 'count', code: 'NEGATIVE' }],
    ]);
  });

  it('refuses a bulk save beyond the row limit before reading anything', async () => {
    const rows = Array.from({ length: 5001 }, () => ({ values: {} }));
    const result = await app.gql(`mutation($rows: [RegionRow!]!) { saveRegions(rows: $rows) { ok } }`, { rows });
    expect(result.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode: 'BULK_TOO_MANY_ROWS', field: 'rows' });
  });
});

describe('assignment history', () => {
  it('answers which agents were in a service on any past date, after a change of service', async () => {
    const em = app.em();
    const [a, b] = [await serviceWithAgents(em, '59', 0), await serviceWithAgents(em, '59', 0)];
    const created = await app.gql(`mutation($input: AgentInput!) { createAgent(input: $input) { id } }`, {
      input: {
        registrationNumber: 'MOVE-1',
        firstName: 'Karim',
        lastName: 'Benali',
        grade: 'Brigadier',
        corps: 'CEA',
        category: 'B',
        status: 'TITULAIRE',
        population: 'POLICE_ACTIVE',
        employingMinistryId: ministryId,
        serviceId: a.id,
        validFrom: '2020-01-01',
      },
    });
    const id = created.data!.createAgent.id;
    const move = `mutation($id: ID!, $s: ID!, $d: Date) { updateAgent(id: $id, version: 1, input: { serviceId: $s, affectationDate: $d }) { service { code } } }`;
    const early = await app.gql(move, { id, s: b.id, d: '2019-06-01' });
    expect(early.errors![0].extensions).toMatchObject({ subCode: 'AFFECTATION_DATE_TOO_EARLY', field: 'affectationDate' });
    const stay = await app.gql(move, { id, s: a.id, d: '2025-01-01' });
    expect(stay.errors![0].extensions).toMatchObject({ subCode: 'AFFECTATION_DATE_WITHOUT_MOVE', field: 'affectationDate' });
    expect((await app.gql(move, { id, s: b.id, d: '2025-01-01' })).data!.updateAgent.service.code).toBe(b.code);

    const agentsOf = `query($id: ID!, $d: Date) { service(id: $id) { agents(asOf: $d) { registrationNumber } } }`;
    expect((await app.gql(agentsOf, { id: a.id, d: '2024-06-01' })).data!.service.agents).toEqual([{ registrationNumber: 'MOVE-1' }]);
    expect((await app.gql(agentsOf, { id: b.id, d: '2024-06-01' })).data!.service.agents).toEqual([]);
    expect((await app.gql(agentsOf, { id: a.id, d: '2025-06-01' })).data!.service.agents).toEqual([]);
    expect((await app.gql(agentsOf, { id: b.id, d: '2025-06-01' })).data!.service.agents).toEqual([{ registrationNumber: 'MOVE-1' }]);

    const list = `query($s: ID!, $d: Date) { agents(asOf: $d, filter: { serviceId: $s }) { totalCount } }`;
    expect((await app.gql(list, { s: a.id, d: '2024-06-01' })).data!.agents.totalCount).toBe(1);
    expect((await app.gql(list, { s: a.id, d: '2025-06-01' })).data!.agents.totalCount).toBe(0);

    const history = await app.gql(
      `query($id: ID!) { agent(id: $id) { serviceOn(asOf: "2024-12-31") { code } affectations { service { code } validFrom validTo } } }`,
      { id },
    );
    expect(history.data!.agent).toEqual({
      serviceOn: { code: a.code },
      affectations: [
        { service: { code: a.code }, validFrom: '2020-01-01', validTo: '2024-12-31' },
        { service: { code: b.code }, validFrom: '2025-01-01', validTo: null },
      ],
    });
  });
});

describe('audit trail', () => {
  it('writes who, when, what and through which request, in the transaction of the change', async () => {
    const service = (await createService(baseService('AUDIT-1'))).data!.createService;
    const requestId = randomUUID();
    await app.gql(
      `mutation($id: ID!) { updateService(id: $id, version: 1, input: { name: "Renommé" }) { id } }`,
      { id: service.id },
      { 'x-request-id': requestId },
      { ...NATIONAL, subject: 'admin.75@interieur.gouv.fr' },
    );
    const { data } = await app.gql(
      `query($id: ID!) { auditEntries(entityName: "Service", entityId: $id) { totalCount items { action actor requestId before after } } }`,
      { id: service.id },
    );
    expect(data!.auditEntries.totalCount).toBe(2);
    expect(data!.auditEntries.items[0]).toEqual({
      action: 'UPDATE',
      actor: 'admin.75@interieur.gouv.fr',
      requestId,
      before: { name: 'Service AUDIT-1' },
      after: { name: 'Renommé' },
    });
    expect(data!.auditEntries.items[1]).toMatchObject({ action: 'CREATE', actor: 'test@interieur.gouv.fr' });
  });
});

describe('no N+1', () => {
  it('sends as many SQL statements for 50 departments → services → agents as for 1', async () => {
    const em = app.em();
    const departments = await em.find(Department, {}, { orderBy: { code: 'asc' }, limit: 50 });
    for (const d of departments) await serviceWithAgents(em, d.code, 3);
    const query = `query($ids: [ID!]) { departments(filter: { ids: $ids }, limit: 50) { items { code region { name } headcount { network } services(limit: 5) { code parent { code } ministry { code } agents(limit: 5) { registrationNumber service { code } } past: agents(asOf: "2021-01-01", limit: 5) { registrationNumber affectations { validFrom } } } } } }`;
    let oneResult: any;
    const one = await app.countStatements(async () => (oneResult = await app.gql(query, { ids: [departments[0].id] })));
    let fiftyResult: any;
    const fifty = await app.countStatements(async () => (fiftyResult = await app.gql(query, { ids: departments.map((d) => d.id) })));
    expect(oneResult.errors).toBeUndefined();
    expect(fiftyResult.data.departments.items).toHaveLength(50);
    expect(fiftyResult.data.departments.items.every((d: any) => d.services.some((s: any) => s.agents.length === 3))).toBe(true);
    expect({ fifty }).toEqual({ fifty: one });

    const paged = await app.gql(
      `query($id: ID!) { department(id: $id) { services(limit: 1) { code agents(limit: 2) { registrationNumber } } } }`,
      { id: departments[0].id },
    );
    expect(paged.data!.department.services).toHaveLength(1);
    expect(paged.data!.department.services[0].agents.map((a: { registrationNumber: string }) => a.registrationNumber)).toHaveLength(2);
  });
});
