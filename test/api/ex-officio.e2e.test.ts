import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../api/src/commissions/enums';
import { type Principal, Role } from '../../api/src/access/roles';
import { initTestApp, type TestApp } from '../support/app';
import { serviceWithAgents } from '../support/fixtures';
import { clasOf, firstError, must, seat } from '../support/lifecycle';
import { heldPost } from '../support/network';

/* Issue 14 item 6: « Les assistants de service social sont membres de droit des commissions locales d’action sociale » [004 §II.3]. */

let app: TestApp;
beforeAll(async () => (app = await initTestApp()));
afterAll(() => app.close());

const ADMIN_46: Principal = { subject: 'admin.46@interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['46'] };
const ADMIN_47: Principal = { subject: 'admin.47@interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['47'] };

const ALERTS = `query($asOf: Date, $dep: ID) { clasWithoutExOfficioSocialWorkers(asOf: $asOf, departmentId: $dep) {
  commission { id } department { code } missing { agent { id lastName } post { code } assignment { id } validFrom validTo } } }`;
const SEAT = `mutation($c: ID!, $asOf: Date, $dry: Boolean) { seatExOfficioSocialWorkers(commissionId: $c, asOf: $asOf, dryRun: $dry) { id role validFrom validTo agent { id } commission { id } } }`;

describe('the ASS of the department sit ex officio on its CLAS [004 §II.3]', () => {
  it('lists the CLAS lacking them, as of two dates, and seats them for the time of their assignment', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '46', 0);
    const { commission } = await clasOf(em, '46', []);
    const seated = await heldPost(em, service, 1, '2021-01-01');
    await seat(em, commission, seated.agent, MemberRole.EX_OFFICIO, '2021-01-01');
    const missing = await heldPost(em, service, 1, '2025-03-01');
    // A seat of another quality is not the ex-officio one the text gives.
    await seat(em, commission, missing.agent, MemberRole.EXPERT, '2025-03-01');
    const alerts = async (asOf: string, principal: Principal = ADMIN_46) =>
      must(await app.as(principal)(ALERTS, { asOf, dep: commission.department!.id })).clasWithoutExOfficioSocialWorkers.filter(
        (a: { commission: { id: string } }) => a.commission.id === commission.id,
      );

    // The day before the second ASS's assignment: nothing missing; from its first day, that ASS is.
    expect(await alerts('2025-02-28')).toEqual([]);
    const [alert] = await alerts('2025-03-01');
    expect(alert).toMatchObject({
      department: { code: '46' },
      missing: [
        {
          agent: { id: missing.agent.id },
          post: { code: missing.post.code },
          assignment: { id: missing.assignment.id },
          validFrom: '2025-03-01',
          validTo: null,
        },
      ],
    });
    expect(await alerts('2025-03-01', ADMIN_47)).toEqual([]);

    // Outside the perimeter the CLAS does not exist; a dry run writes nothing.
    expect(firstError(await app.as(ADMIN_47)(SEAT, { c: commission.id, asOf: '2025-06-30' }))?.extensions?.code).toBe('NOT_FOUND');
    expect(must(await app.as(ADMIN_46)(SEAT, { c: commission.id, asOf: '2025-06-30', dry: true })).seatExOfficioSocialWorkers).toEqual([]);
    expect(await alerts('2025-06-30')).toHaveLength(1);

    const added = must(await app.as(ADMIN_46)(SEAT, { c: commission.id, asOf: '2025-06-30' })).seatExOfficioSocialWorkers;
    expect(added).toEqual([
      expect.objectContaining({
        role: 'EX_OFFICIO',
        validFrom: '2025-03-01',
        validTo: null,
        agent: { id: missing.agent.id },
        commission: { id: commission.id },
      }),
    ]);
    expect(await alerts('2025-03-01')).toEqual([]);
    expect(await alerts('2026-06-30')).toEqual([]);
    // Audited like any write.
    const audit = must(
      await app.gql(`query($id: ID!) { auditEntries(entityName: "CommissionMember", entityId: $id) { totalCount } }`, { id: added[0].id }),
    );
    expect(audit.auditEntries.totalCount).toBe(1);
    // Nothing left to seat: the action adds nothing twice.
    expect(must(await app.as(ADMIN_46)(SEAT, { c: commission.id, asOf: '2025-06-30' })).seatExOfficioSocialWorkers).toEqual([]);
  });

  it('the seat starts the day after an ended one, and only a departmental CLAS takes them', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '48', 0);
    const { commission } = await clasOf(em, '48', []);
    const ass = await heldPost(em, service, 1, '2020-01-01');
    await seat(em, commission, ass.agent, MemberRole.EX_OFFICIO, '2020-01-01', '2023-12-31');
    const only = async (asOf: string) =>
      must(await app.gql(ALERTS, { asOf, dep: commission.department!.id })).clasWithoutExOfficioSocialWorkers;
    expect(await only('2023-12-31')).toEqual([]);
    expect((await only('2024-01-01'))[0].missing[0]).toMatchObject({ validFrom: '2024-01-01', validTo: null });

    const central = must(
      await app.gql(
        `mutation { createCommission(input: { code: "CLAS-SG-EXO", name: "CLAS de l’administration centrale", kind: CLAS, authority: SECRETARY_GENERAL, validFrom: "2020-01-01" }) { id } }`,
      ),
    ).createCommission;
    const refused = firstError(await app.gql(SEAT, { c: central.id }));
    expect(refused?.extensions).toMatchObject({ subCode: 'EX_OFFICIO_NOT_DEPARTMENTAL_CLAS', field: 'commissionId' });
    expect(refused?.message).toContain('§ II.3');
  });
});
