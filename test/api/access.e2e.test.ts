import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../api/src/access/roles';
import { mintToken } from '../../api/src/access/token';
import { Agent } from '../../api/src/referential/agent.entity';
import { ConventionScope } from '../../api/src/conventions/convention-scope.entity';
import { Convention } from '../../api/src/conventions/convention.entity';
import { ConventionBasis, ConventionKind, ServiceDirection } from '../../api/src/conventions/enums';
import { Population } from '../../api/src/referential/enums';
import { Ministry } from '../../api/src/referential/ministry.entity';
import { ServiceHeadcount } from '../../api/src/referential/service-headcount.entity';
import type { Service } from '../../api/src/referential/service.entity';
import { initTestApp, NATIONAL, type TestApp } from '../support/app';
import { department, serviceWithAgents } from '../support/fixtures';
import { adoptedMap, clasOf } from '../support/lifecycle';
import { ADMIN_75, ANALYST, CTR_IDF, PARTNER } from '../support/principals';

let app: TestApp;
let paris: Service;
let hautsDeSeine: Service;
let marseille: Service;

const codes = (items: { code: string }[]) => items.map((i) => i.code).sort();
const errorOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions;

beforeAll(async () => {
  app = await initTestApp();
  const em = app.em();
  paris = await serviceWithAgents(em, '75', 3);
  hautsDeSeine = await serviceWithAgents(em, '92', 1);
  marseille = await serviceWithAgents(em, '13', 2);
  const [first] = await em.find(Agent, { service: paris }, { orderBy: { lastName: 'asc' } });
  Object.assign(first, {
    email: 'camille.agent@interieur.gouv.fr',
    phone: '01 02 03 04 05',
    mobilityPlanDate: '2026-09-01',
    mobilityPlanKind: 'TRANSFER',
  });
  for (const service of [paris, marseille]) {
    em.create(ServiceHeadcount, {
      service,
      population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
      count: 40,
      validFrom: '2020-01-01',
    });
  }
  await em.flush();
});
afterAll(() => app.close());

describe('authentication', () => {
  const query = async (authorization?: string) => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: '{ me { subject role perimeter } }' }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] },
    };
  };

  it('refuses a request without a token, with a forged, an expired or an incomplete one', async () => {
    const none = await query();
    expect(none.status).toBe(401);
    expect(none.body.errors![0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/Authentification requise/),
    });
    const otherKey = await mintToken(`${app.config.auth.mode === 'local' ? app.config.auth.keyFile : ''}.other`, NATIONAL);
    expect((await query(`Bearer ${otherKey}`)).status).toBe(401);
    const keyFile = app.config.auth.mode === 'local' ? app.config.auth.keyFile : '';
    const expired = await query(`Bearer ${await mintToken(keyFile, NATIONAL, Math.floor(Date.now() / 1000) - 60)}`);
    expect(expired.body.errors![0].message).toMatch(/jeton expiré/);
    const noPerimeter = await query(`Bearer ${await mintToken(keyFile, { ...ADMIN_75, perimeter: [] })}`);
    expect(noPerimeter.body.errors![0].message).toMatch(/exige un périmètre/);
  });

  it('knows who is calling', async () => {
    const { status, body } = await query(await app.authorization(ADMIN_75));
    expect(status).toBe(200);
    expect(body.data.me).toEqual({ subject: ADMIN_75.subject, role: 'DEPARTMENTAL_ADMIN', perimeter: ['75'] });
  });

  it('signs demo tokens only for a demo account with the demo password', async () => {
    const login = (username: string, password: string) =>
      fetch(`${app.baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
    expect((await login('admin.75@demo.interieur.gouv.fr', 'faux')).status).toBe(401);
    const ok = await login('admin.75@demo.interieur.gouv.fr', 'demo-test');
    const { token } = (await ok.json()) as { token: string };
    expect((await query(`Bearer ${token}`)).body.data.me).toMatchObject({ role: 'DEPARTMENTAL_ADMIN', perimeter: ['75'] });
  });
});

describe('departmental administrator (75)', () => {
  const as75 = () => app.as(ADMIN_75);

  it('reads only its department: lists, totals, direct reads, filters, nested fields and aggregates', async () => {
    const services = await as75()(`{ services(limit: 100) { totalCount items { code } } }`);
    expect(codes(services.data!.services.items)).toEqual([paris.code]);
    expect(services.data!.services.totalCount).toBe(1);
    expect(errorOf(await as75()(`query($id: ID!) { service(id: $id) { code } }`, { id: marseille.id }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const filtered = await as75()(`query($id: ID!) { agents(filter: { serviceId: $id }) { totalCount } }`, { id: marseille.id });
    expect(filtered.data!.agents.totalCount).toBe(0);
    expect((await as75()(`{ agents { totalCount } }`)).data!.agents.totalCount).toBe(3);
    const searched = await as75()(`query($q: String!) { services(filter: { q: $q }) { totalCount } }`, { q: marseille.code });
    expect(searched.data!.services.totalCount).toBe(0);
    const d13 = { id: (await department(app.em(), '13')).id };
    const nested = await as75()(
      `query($id: ID!) { department(id: $id) { services { code agents { registrationNumber } } headcount { network } } }`,
      d13,
    );
    expect(nested.data!.department).toEqual({ services: [], headcount: { network: 0 } });
    const national = await app.gql(`query($id: ID!) { department(id: $id) { headcount { network } } }`, d13);
    expect(national.data!.department.headcount.network).toBe(40);
  });

  it('writes inside its department, and is refused outside it, before and after the change, with nothing written', async () => {
    const renamed = await as75()(
      `mutation($id: ID!) { updateService(id: $id, version: 1, input: { name: "Préfecture de police — bureau RH" }) { name version } }`,
      { id: paris.id },
    );
    expect(renamed.data!.updateService).toEqual({ name: 'Préfecture de police — bureau RH', version: 2 });

    const outside = await as75()(`mutation($id: ID!) { updateService(id: $id, version: 1, input: { name: "Piraté" }) { name } }`, {
      id: marseille.id,
    });
    expect(errorOf(outside)).toMatchObject({ code: 'NOT_FOUND' });

    const d13 = (await department(app.em(), '13')).id;
    const moved = await as75()(`mutation($id: ID!, $d: ID!) { updateService(id: $id, version: 2, input: { departmentId: $d }) { id } }`, {
      id: paris.id,
      d: d13,
    });
    expect(errorOf(moved)).toMatchObject({ code: 'FORBIDDEN', subCode: 'OUT_OF_PERIMETER', field: 'departmentId' });
    expect(moved.errors![0].message).toBe(
      'Hors de votre périmètre (administrateur départemental : 75) : « Département » désigne Département « 13 ».',
    );

    const [agent] = await app.em().find(Agent, { service: paris }, { orderBy: { lastName: 'asc' } });
    const bulk = await as75()(`mutation($rows: [AgentRow!]!) { saveAgents(rows: $rows) { ok } }`, {
      rows: [
        { id: agent.id, version: agent.version, values: { grade: 'Attaché principal' } },
        { id: agent.id.replace(/.$/, '0'), version: 1, values: { grade: 'x' } },
      ],
    });
    expect(bulk.data!.saveAgents.ok).toBe(false);
    const ministryId = (await app.em().findOneOrFail(Agent, agent.id, { populate: ['employingMinistry'] })).employingMinistry.id;
    const newcomer = {
      registrationNumber: 'HORS-75',
      firstName: 'Dominique',
      lastName: 'Martin',
      grade: 'Secrétaire administratif',
      corps: 'SA',
      category: 'B',
      status: 'TITULAIRE',
      population: 'ADMINISTRATIVE_TECHNICAL_SCIENTIFIC',
      employingMinistryId: ministryId,
      serviceId: marseille.id,
      validFrom: '2026-01-01',
    };
    const createOutside = await as75()(
      `mutation($rows: [AgentRow!]!) { saveAgents(rows: $rows) { ok rows { violations { field code } } } }`,
      {
        rows: [{ id: agent.id, version: agent.version, values: { grade: 'Attaché principal' } }, { values: newcomer }],
      },
    );
    // Refused on its row and field, as the dry run says (issue 12 item 5; test/api/dry-run.e2e.test.ts).
    expect(createOutside.data!.saveAgents).toEqual({
      ok: false,
      rows: [{ violations: [] }, { violations: [{ field: 'serviceId', code: 'OUT_OF_PERIMETER' }] }],
    });
    const transfer = await as75()(
      `mutation($id: ID!, $v: Int!, $s: ID!) { updateAgent(id: $id, version: $v, input: { serviceId: $s, affectationDate: "2026-01-01" }) { id } }`,
      { id: agent.id, v: agent.version, s: marseille.id },
    );
    expect(errorOf(transfer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await app.em().count(Agent, { registrationNumber: 'HORS-75' })).toBe(0);
    const after = await app.em().findOneOrFail(Agent, agent.id, { populate: ['service'] });
    expect({ grade: after.grade, service: after.service.id, version: after.version }).toEqual({
      grade: agent.grade,
      service: paris.id,
      version: agent.version,
    });

    const region = await as75()(`mutation { createRegion(input: { code: "99", name: "Nouvelle région" }) { id } }`);
    expect(errorOf(region)).toMatchObject({ code: 'FORBIDDEN' });
    expect(region.errors![0].message).toMatch(/administrateur départemental.*ne permet pas de modifier.*Région/);
  });

  it('reads the audit trail of its own records only', async () => {
    expect(
      (await as75()(`query($id: ID!) { auditEntries(entityName: "Service", entityId: $id) { totalCount } }`, { id: paris.id })).data!
        .auditEntries.totalCount,
    ).toBeGreaterThan(0);
    expect(
      errorOf(await as75()(`query($id: ID!) { auditEntries(entityName: "Service", entityId: $id) { totalCount } }`, { id: marseille.id })),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('regional technical adviser (Île-de-France)', () => {
  it('reads the departments of its region and does not edit the referential', async () => {
    const ctr = app.as(CTR_IDF);
    const services = await ctr(`{ services(limit: 100) { totalCount items { code } } }`);
    expect(codes(services.data!.services.items)).toEqual([paris.code, hautsDeSeine.code].sort());
    const paca = (await department(app.em(), '13')).region.id;
    const region = await ctr(`query($id: ID!) { region(id: $id) { departments { services { code } } } }`, { id: paca });
    expect(region.data!.region.departments.flatMap((d: { services: unknown[] }) => d.services)).toEqual([]);
    const write = await ctr(`mutation($id: ID!) { updateService(id: $id, version: 1, input: { name: "x" }) { id } }`, {
      id: hautsDeSeine.id,
    });
    expect(errorOf(write)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('analyst', () => {
  const analyst = () => app.as(ANALYST);

  it('reads everything but never a withheld personal field, and writes nothing', async () => {
    const { data, errors } = await analyst()(
      `query($id: ID!) { service(id: $id) { agents { lastName email phone mobilityPlanDate mobilityPlanKind } } }`,
      { id: paris.id },
    );
    expect(errors).toBeUndefined();
    for (const agent of data!.service.agents)
      expect(agent).toMatchObject({ email: null, phone: null, mobilityPlanDate: null, mobilityPlanKind: null });
    const bulk = await analyst()(`mutation($rows: [AgentRow!]!) { saveAgents(rows: $rows, dryRun: true) { ok } }`, {
      rows: [{ values: { grade: 'x' } }],
    });
    expect(errorOf(bulk)).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      errorOf(await analyst()(`query($id: ID!) { auditEntries(entityName: "Agent", entityId: $id) { totalCount } }`, { id: paris.id })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await analyst()(`{ personalDataAccesses { totalCount } }`))).toMatchObject({ code: 'FORBIDDEN' });
    // Every service, as the national administrator sees them (other tests of this file add services of their own).
    const all = `{ services(limit: 100) { totalCount items { code } } }`;
    const [seen, national] = [(await analyst()(all)).data!.services, (await app.gql(all)).data!.services];
    expect(codes(seen.items)).toEqual(codes(national.items));
    expect(seen.totalCount).toBe(national.totalCount);
    expect(codes(seen.items)).toEqual(expect.arrayContaining([paris.code, hautsDeSeine.code, marseille.code]));
  });
});

describe('partner ministry', () => {
  it('sees only what its interministerial conventions cover on the query date, and nothing once they end', async () => {
    const em = app.em();
    const ddt = await serviceWithAgents(em, '35', 2);
    const [served, other] = await em.find(Agent, { service: ddt }, { orderBy: { lastName: 'asc' } });
    served.population = Population.OTHER_ADMINISTRATION;
    const agriculture = await em.findOneOrFail(Ministry, { code: 'AGRICULTURE' });
    const ecology = await em.findOneOrFail(Ministry, { code: 'TRANSITION_ECOLOGIQUE' });
    const convention = (reference: string, partnerMinistry: Ministry, validTo: string) =>
      em.create(Convention, {
        reference,
        title: `Convention ${reference}`,
        kind: ConventionKind.INTERMINISTERIAL,
        basis: ConventionBasis.CONVENTION,
        partnerMinistry,
        direction: ServiceDirection.INTERIOR_SERVES_PARTNER,
        populations: [Population.OTHER_ADMINISTRATION],
        validFrom: '2025-01-01',
        validTo,
      });
    const [withAgriculture, withEcology] = [
      convention('CI-AGRI-TEST', agriculture, '2026-06-30'),
      convention('CI-TE-TEST', ecology, '2030-12-31'),
    ];
    em.create(ConventionScope, { convention: withAgriculture, validFrom: withAgriculture.validFrom, service: ddt });
    em.create(ConventionScope, { convention: withEcology, validFrom: withEcology.validFrom, department: await department(em, '13') });
    await em.flush();

    const partner = app.as(PARTNER);
    const during = await partner(
      `{ services(asOf: "2026-03-01", limit: 100) { totalCount items { code } } agents(asOf: "2026-03-01") { totalCount items { id mobilityPlanKind } } conventions(asOf: "2026-03-01") { items { reference } } }`,
    );
    expect(during.errors).toBeUndefined();
    expect(codes(during.data!.services.items)).toEqual([ddt.code]);
    // Only the population its convention names: the other agent of the same service stays out of sight.
    expect(during.data!.agents.items.map((a: { id: string }) => a.id)).toEqual([served.id]);
    expect(during.data!.conventions.items).toEqual([{ reference: 'CI-AGRI-TEST' }]);
    expect(errorOf(await partner(`query($id: ID!) { service(id: $id) { code } }`, { id: paris.id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await partner(`query($id: ID!) { agent(id: $id) { id } }`, { id: other.id }))).toMatchObject({ code: 'NOT_FOUND' });

    // Today (2026-11-23 or later) the convention has ended: the same queries show nothing.
    const after = await partner(`{ services(limit: 100) { totalCount } agents { totalCount } conventions { totalCount } }`);
    expect(after.data).toEqual({ services: { totalCount: 0 }, agents: { totalCount: 0 }, conventions: { totalCount: 0 } });
    const write = await partner(`mutation($id: ID!) { updateService(id: $id, version: 1, input: { name: "x" }) { id } }`, { id: ddt.id });
    expect(errorOf(write)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('commissions and correspondents follow their department', () => {
  it('shows, lets change and counts only the departmental administrator’s own maps and commissions', async () => {
    const em = app.em();
    const lyon = await clasOf(em, '69', ['2025-03-01']);
    const own = await clasOf(em, '75', ['2025-03-01']);
    const lyonService = await serviceWithAgents(em, '69', 1);
    const lyonMap = await adoptedMap(app, (await department(em, '69')).id, [{ id: lyonService.id }], lyon.sessions[0], '2025-04-01');
    const as75 = app.as(ADMIN_75);

    const commissions = await as75(`{ commissions { items { code } } implantationMaps { totalCount } }`);
    expect(commissions.data!.commissions.items).toEqual([{ code: own.commission.code }]);
    expect(commissions.data!.implantationMaps.totalCount).toBe(0);
    const coverage = `query($asOf: Date) { mapCoverage(asOf: $asOf) { map { id } } }`;
    expect((await app.gql(coverage, { asOf: '2025-06-01' })).data!.mapCoverage.map((c: { map: { id: string } }) => c.map.id)).toContain(
      lyonMap.id,
    );
    expect((await as75(coverage, { asOf: '2025-06-01' })).data!.mapCoverage).toEqual([]);

    const create = `mutation($i: ImplantationMapInput!) { createImplantationMap(input: $i) { id version } }`;
    const outside = await as75(create, { i: { title: 'Carte', departmentId: (await department(em, '69')).id, authority: 'PREFECT' } });
    expect(errorOf(outside)).toMatchObject({ code: 'FORBIDDEN' });
    const inside = await as75(create, {
      i: { title: 'Carte de Paris', departmentId: (await department(em, '75')).id, authority: 'PREFECT' },
    });
    expect(inside.errors).toBeUndefined();
    const mapId = inside.data!.createImplantationMap.id;
    const entry = await as75(`mutation($i: ImplantationMapEntryInput!) { createImplantationMapEntry(input: $i) { id } }`, {
      i: { mapId, serviceId: paris.id, requiredCount: 1 },
    });
    expect(entry.errors).toBeUndefined();
    const foreignEntry = await as75(`mutation($i: ImplantationMapEntryInput!) { createImplantationMapEntry(input: $i) { id } }`, {
      i: { mapId: lyonMap.id, serviceId: paris.id, requiredCount: 1 },
    });
    expect(foreignEntry.errors).toBeDefined();
    // A workflow transition writes its dated history too: allowed within the department.
    const submitted = await as75(
      `mutation($id: ID!, $v: Int!, $s: ID!) { submitImplantationMap(id: $id, version: $v, sessionId: $s, on: "2025-01-15") { status } }`,
      {
        id: mapId,
        v: inside.data!.createImplantationMap.version,
        s: own.sessions[0],
      },
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitImplantationMap).toEqual({ status: 'SUBMITTED' });
    expect(errorOf(await app.as(ANALYST)(`{ mobilityPlansAfterAppointment { agent { id } } }`))).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('personal-data access log', () => {
  it('records who read which personal fields of whom, through which request, queryable by the national administrator', async () => {
    const reader: Principal = { ...ANALYST, subject: 'lecteur.journal@interieur.gouv.fr' };
    await app.gql(
      `query($id: ID!) { service(id: $id) { code agents { registrationNumber grade email } } }`,
      { id: marseille.id },
      { 'x-request-id': 'req-journal-1' },
      reader,
    );
    await app.gql(`{ services { totalCount items { code name } } }`, {}, {}, reader); // no personal field: no entry
    const { data } = await app.gql(
      `{ personalDataAccesses(filter: { actor: "lecteur.journal@interieur.gouv.fr" }) { totalCount items { role requestId entityName entityIds fields } } }`,
    );
    // One line for the request and its set of fields, naming both agents; the analyst receives no email, so none is logged.
    expect(data!.personalDataAccesses.totalCount).toBe(1);
    const agents = await app.em().find(Agent, { service: marseille });
    const [line] = data!.personalDataAccesses.items;
    expect(line).toMatchObject({ role: 'ANALYST', requestId: 'req-journal-1', entityName: 'Agent', fields: ['registrationNumber'] });
    expect([...line.entityIds].sort()).toEqual(agents.map((a) => a.id).sort());
    const byPerson = await app.gql(`query($id: ID!) { personalDataAccesses(filter: { entityId: $id }) { items { actor } } }`, {
      id: agents[0].id,
    });
    expect(byPerson.data!.personalDataAccesses.items).toEqual([{ actor: 'lecteur.journal@interieur.gouv.fr' }]);
    // A registration number is not a record's identifier: said in French, not answered with an empty journal.
    const byNumber = await app.gql(`{ personalDataAccesses(filter: { entityId: "M123456" }) { totalCount } }`);
    expect(errorOf(byNumber)).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(byNumber.errors![0].message).toContain('Filtre « entityId » : identifiant invalide « M123456 »');
    const byRequest = await app.gql(`{ personalDataAccesses(filter: { requestId: "req-journal-1" }) { items { actor } } }`);
    expect(byRequest.data!.personalDataAccesses.items).toEqual([{ actor: 'lecteur.journal@interieur.gouv.fr' }]);
  });
});

describe('retention', () => {
  it('anonymises the personal data of agents out of post for longer than the period, keeping every count', async () => {
    const em = app.em();
    // Outside Île-de-France: the regional adviser's test sees only the Paris and Hauts-de-Seine services.
    const service = await serviceWithAgents(em, '38', 2, '2010-01-01');
    const [gone] = await em.find(Agent, { service }, { orderBy: { lastName: 'asc' } });
    await app.gql(
      `mutation($id: ID!, $v: Int!) { updateAgent(id: $id, version: $v, input: { validTo: "2015-06-30", email: "ancien@interieur.gouv.fr" }) { id } }`,
      { id: gone.id, v: gone.version },
    );
    const count = `query($id: ID!) { agents(filter: { serviceId: $id }) { totalCount } }`;
    expect((await app.gql(count, { id: service.id })).data!.agents.totalCount).toBe(2);

    const dry = await app.gql(`mutation { purgeEndedPersonalData(dryRun: true) { purged dryRun cutoff } }`);
    expect(dry.data!.purgeEndedPersonalData).toMatchObject({ purged: 1, dryRun: true });
    expect((await app.em().findOneOrFail(Agent, gone.id)).lastName).toBe(gone.lastName);

    expect((await app.gql(`mutation { purgeEndedPersonalData { purged } }`)).data!.purgeEndedPersonalData.purged).toBe(1);
    const purged = await app.em().findOneOrFail(Agent, gone.id);
    expect(purged).toMatchObject({ lastName: 'Anonymisé', firstName: 'Anonymisé', email: null, registrationNumber: `ANON-${gone.id}` });
    expect(purged.personalDataPurgedAt).toBeInstanceOf(Date);
    const trail = await app.gql(`query($id: ID!) { auditEntries(entityName: "Agent", entityId: $id) { items { before after } } }`, {
      id: gone.id,
    });
    expect(JSON.stringify(trail.data!.auditEntries.items)).not.toMatch(/ancien@|Camille/);
    expect((await app.gql(count, { id: service.id })).data!.agents.totalCount).toBe(2);
    expect(errorOf(await app.as(ADMIN_75)(`mutation { purgeEndedPersonalData { purged } }`))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
