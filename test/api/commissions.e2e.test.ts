import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Commission } from '../../api/src/commissions/commission.entity';
import { SessionAttendance } from '../../api/src/commissions/session-attendance.entity';
import { initTestApp, type TestApp } from '../support/app';
import { department, serviceWithAgents } from '../support/fixtures';
import { adoptedMap, agentIn, appoint, clasOf, fileCandidacy, firstError, must, openCall, throughOpinions } from '../support/lifecycle';

let app: TestApp;
let dep: string;
beforeAll(async () => {
  app = await initTestApp();
  dep = (await department(app.em(), '63')).id;
});
afterAll(() => app.close());

const createCommission = (input: Record<string, unknown>) =>
  app.gql(`mutation($i: CommissionInput!) { createCommission(input: $i) { id code kind department { code } } }`, { i: input });

describe('commissions', () => {
  it('creates the CNAS, a departmental CLAS and an SRIAS, each with its perimeter', async () => {
    expect(
      must(await createCommission({ code: 'CNAS', name: 'Commission nationale d’action sociale', kind: 'CNAS', validFrom: '2022-09-05' }))
        .createCommission.kind,
    ).toBe('CNAS');
    expect(
      must(
        await createCommission({ code: 'CLAS-63', name: 'CLAS du Puy-de-Dôme', kind: 'CLAS', departmentId: dep, validFrom: '2020-01-01' }),
      ).createCommission.department,
    ).toEqual({ code: '63' });
    const clasWithout = await createCommission({ code: 'CLAS-X', name: 'CLAS sans périmètre', kind: 'CLAS', validFrom: '2020-01-01' });
    expect(firstError(clasWithout)?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      subCode: 'COMMISSION_PERIMETER',
      field: 'departmentId',
    });
    const cnasWithDepartment = await createCommission({
      code: 'CNAS-2',
      name: 'CNAS',
      kind: 'CNAS',
      departmentId: dep,
      validFrom: '2020-01-01',
    });
    expect(firstError(cnasWithDepartment)?.extensions?.subCode).toBe('COMMISSION_PERIMETER');
    const sriasWithoutRegion = await createCommission({ code: 'SRIAS-X', name: 'SRIAS', kind: 'SRIAS', validFrom: '2020-01-01' });
    expect(firstError(sriasWithoutRegion)?.extensions).toMatchObject({ subCode: 'COMMISSION_PERIMETER', field: 'regionId' });
    const central = await createCommission({
      code: 'CLAS-AC-SG',
      name: 'CLAS de l’administration centrale',
      kind: 'CLAS',
      authority: 'SECRETARY_GENERAL',
      validFrom: '2020-01-01',
    });
    expect(central.errors).toBeUndefined();
    expect(await app.em().count(Commission, { code: { $in: ['CLAS-X', 'CNAS-2', 'SRIAS-X'] } })).toBe(0);
  });

  it('lists the members seated on a date', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '63', 0);
    const { commission } = await clasOf(em, '63', []);
    const [a, b] = [await agentIn(em, service), await agentIn(em, service)];
    const add = `mutation($i: CommissionMemberInput!) { createCommissionMember(input: $i) { id role } }`;
    must(
      await app.gql(add, {
        i: { commissionId: commission.id, agentId: a.id, role: 'TITULAIRE', validFrom: '2023-01-01', validTo: '2025-12-31' },
      }),
    );
    must(await app.gql(add, { i: { commissionId: commission.id, agentId: b.id, role: 'SUPPLEANT', validFrom: '2026-01-01' } }));
    const members = `query($id: ID!, $d: Date) { commission(id: $id) { members(asOf: $d) { role agent { id } } } }`;
    expect(must(await app.gql(members, { id: commission.id, d: '2025-06-01' })).commission.members).toEqual([
      { role: 'TITULAIRE', agent: { id: a.id } },
    ]);
    expect(must(await app.gql(members, { id: commission.id, d: '2026-06-01' })).commission.members).toEqual([
      { role: 'SUPPLEANT', agent: { id: b.id } },
    ]);
    const backwards = await app.gql(add, {
      i: { commissionId: commission.id, agentId: a.id, role: 'EXPERT', validFrom: '2026-01-01', validTo: '2025-01-01' },
    });
    expect(firstError(backwards)?.extensions).toMatchObject({ subCode: 'DATE_RANGE', field: 'validTo' });
    // A commission with members is not deleted: a French refusal, not an internal error.
    const kept = await app.gql(`mutation($id: ID!) { deleteCommission(id: $id, version: 1) }`, { id: commission.id });
    expect(firstError(kept)).toMatchObject({
      message: expect.stringContaining('encore utilisé par d’autres enregistrements'),
      extensions: { code: 'VALIDATION_FAILED', subCode: 'IN_USE' },
    });
    expect(await app.em().count(Commission, { id: commission.id })).toBe(1);
  });

  it('lets correspondents attend a session as observers, or as experts at a member’s request', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '63', 0);
    const clas = await clasOf(em, '63', ['2025-03-01', '2026-03-01', '2026-06-15']);
    const map = await adoptedMap(app, dep, [{ id: service.id }], clas.sessions[0], '2025-04-01');
    const call = await openCall(app, map.id, '2026-02-12', '2026-02-28');
    const correspondent = await agentIn(em, service);
    const filed = must(
      await fileCandidacy(app, { callId: call.id, agentId: correspondent.id, serviceId: service.id, filedOn: '2026-02-15' }),
    ).createCandidacy;
    must(await appoint(app, filed.id, await throughOpinions(app, filed, '2026-02-16', clas.sessions[1]), { arreteDate: '2026-04-01' }));
    const member = must(
      await app.gql(`mutation($i: CommissionMemberInput!) { createCommissionMember(input: $i) { id } }`, {
        i: { commissionId: clas.commission.id, agentId: (await agentIn(em, service)).id, role: 'TITULAIRE', validFrom: '2024-01-01' },
      }),
    ).createCommissionMember;

    const attend = `mutation($i: SessionAttendanceInput!) { createSessionAttendance(input: $i) { id capacity requestedBy { id } } }`;
    const before = await app.gql(attend, { i: { sessionId: clas.sessions[1], agentId: correspondent.id, capacity: 'OBSERVER' } });
    expect(firstError(before)?.extensions).toMatchObject({ subCode: 'SESSION_ATTENDANCE_NOT_CORRESPONDENT', field: 'agentId' });
    const unrequested = await app.gql(attend, { i: { sessionId: clas.sessions[2], agentId: correspondent.id, capacity: 'EXPERT' } });
    expect(firstError(unrequested)?.extensions).toMatchObject({ subCode: 'SESSION_ATTENDANCE_EXPERT_REQUEST', field: 'requestedById' });
    expect(await app.em().count(SessionAttendance, {})).toBe(0);
    const expert = must(
      await app.gql(attend, {
        i: { sessionId: clas.sessions[2], agentId: correspondent.id, capacity: 'EXPERT', requestedById: member.id },
      }),
    ).createSessionAttendance;
    expect(expert).toMatchObject({ capacity: 'EXPERT', requestedBy: { id: member.id } });
    const session = must(
      await app.gql(`query($id: ID!) { commissionSession(id: $id) { date attendances { capacity agent { id } } } }`, {
        id: clas.sessions[2],
      }),
    ).commissionSession;
    expect(session).toEqual({ date: '2026-06-15', attendances: [{ capacity: 'EXPERT', agent: { id: correspondent.id } }] });
  });

  it('keeps opinions read-only: they are written by recordOpinion only', async () => {
    const { data } = await app.gql(`{ __type(name: "Mutation") { fields { name } } }`);
    const mutations = data!.__type.fields.map((f: { name: string }) => f.name);
    expect(mutations).toContain('recordOpinion');
    expect(mutations.filter((m: string) => /Opinion$|Opinions$/.test(m) && m !== 'recordOpinion' && m !== 'giveHeadOpinion')).toEqual([]);
    // A map adopted here, through recordOpinion, the list not relying on another test's map (one map per department: the Cantal's).
    const em = app.em();
    const clas = await clasOf(em, '15', ['2025-03-01']);
    await adoptedMap(
      app,
      (await department(em, '15')).id,
      [{ id: (await serviceWithAgents(em, '15', 0)).id }],
      clas.sessions[0],
      '2025-04-01',
    );
    expect(
      must(await app.gql(`{ opinions(filter: { subject: IMPLANTATION_MAP }) { totalCount items { value session { date } } } }`)).opinions
        .totalCount,
    ).toBeGreaterThan(0);
  });
});
