import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommissionSession } from '../../api/src/commissions/commission-session.entity';
import { Commission } from '../../api/src/commissions/commission.entity';
import { CommissionKind } from '../../api/src/commissions/enums';
import { type Principal, Role } from '../../api/src/access/roles';
import { initTestApp, type TestApp } from '../support/app';
import { clasOf, firstError, must } from '../support/lifecycle';
import { pdfText } from '../support/pdf';
import { ANALYST } from '../support/principals';

/* Issue 14 items 8 and 10: the national synthesis presented to the CNAS [001 §2.7]; the CLAS consulted on the correspondents' working conditions [001 §1]. */

let app: TestApp;
beforeAll(async () => (app = await initTestApp()));
afterAll(() => app.close());

const ADMIN_44: Principal = { subject: 'admin.44@interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['44'] };
const ADMIN_45: Principal = { subject: 'admin.45@interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['45'] };

const OPINION = `mutation($i: RecordOpinionInput!) { recordOpinion(input: $i) { id subject value reasons proposals session { id date } } }`;

async function cnasSessions(dates: string[]) {
  const em = app.em();
  const cnas =
    (await em.findOne(Commission, { kind: CommissionKind.CNAS })) ??
    em.create(Commission, { code: 'CNAS-TEST', name: 'CNAS', kind: CommissionKind.CNAS, validFrom: '2000-01-01' });
  const sessions = dates.map((date) => em.create(CommissionSession, { commission: cnas, date, agenda: 'Synthèse nationale' }));
  await em.flush();
  return sessions.map((s) => s.id);
}

describe('the national synthesis is presented to the CNAS, which gives its opinion and proposals [001 §2.7]', () => {
  const SYNTHESIS =
    'id version year status narrative allowedTransitions opinion { id value proposals session { date } } figures { year totals { year correspondents } }';

  it('records the presentation at a CNAS session held after the year, then freezes the synthesis', async () => {
    const [early, session] = await cnasSessions(['2025-12-31', '2026-01-01']);
    const clas = (await clasOf(app.em(), '44', ['2026-02-01'])).sessions[0];
    const created = must(
      await app.gql(`mutation { createNationalSynthesisReport(input: { year: 2025, narrative: "Le réseau s’étoffe." }) { ${SYNTHESIS} } }`),
    ).createNationalSynthesisReport;
    expect(created).toMatchObject({
      year: 2025,
      status: 'DRAFT',
      allowedTransitions: ['RECORD_OPINION'],
      figures: { year: 2025, totals: { year: 2025 } },
    });
    expect(firstError(await app.gql(`mutation { createNationalSynthesisReport(input: { year: 2025 }) { id } }`))?.extensions).toMatchObject(
      { subCode: 'DUPLICATE', field: 'year' },
    );

    const at = (sessionId: string) =>
      app.gql(OPINION, {
        i: {
          nationalSynthesisReportId: created.id,
          version: created.version,
          sessionId,
          value: 'FAVORABLE',
          proposals: 'Renforcer la formation continue.',
        },
      });
    const atClas = firstError(await at(clas));
    expect(atClas?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode: 'NATIONAL_SYNTHESIS_NOT_CNAS', field: 'sessionId' });
    expect(atClas?.message).toContain('CNAS');
    // 31 December of the year is too early; 1 January of the next one is the first day.
    expect(firstError(await at(early))?.extensions).toMatchObject({ subCode: 'DATE_ORDER' });
    // The back office's session picker offers the CNAS's sessions only.
    const picked = must(
      await app.gql(`{ commissionSessions(filter: { commissionKind: CNAS }, limit: 100) { items { id commission { kind } } } }`),
    ).commissionSessions.items;
    expect(picked.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([early, session]));
    expect(picked.every((s: { commission: { kind: string } }) => s.commission.kind === 'CNAS')).toBe(true);
    expect(picked.map((s: { id: string }) => s.id)).not.toContain(clas);
    const opinion = must(await at(session)).recordOpinion;
    expect(opinion).toMatchObject({
      subject: 'NATIONAL_SYNTHESIS',
      value: 'FAVORABLE',
      proposals: 'Renforcer la formation continue.',
      session: { date: '2026-01-01' },
    });

    const presented = must(
      await app.gql(`query($id: ID!) { nationalSynthesisReport(id: $id) { ${SYNTHESIS} } }`, { id: created.id }),
    ).nationalSynthesisReport;
    expect(presented).toMatchObject({
      status: 'PRESENTED',
      allowedTransitions: [],
      opinion: { id: opinion.id, proposals: 'Renforcer la formation continue.' },
    });
    const edit = await app.gql(
      `mutation($id: ID!, $v: Int!) { updateNationalSynthesisReport(id: $id, version: $v, input: { narrative: "Autre" }) { id } }`,
      { id: created.id, v: presented.version },
    );
    expect(firstError(edit)?.extensions).toMatchObject({ subCode: 'NATIONAL_SYNTHESIS_NOT_EDITABLE' });
    expect(firstError(await at(session))?.extensions?.subCode).toBe('STALE_VERSION');

    // The synthesis's PDF now says where and how the CNAS received it.
    const pdf = await fetch(`${app.baseUrl}/documents/national-synthesis/2025.pdf`, {
      headers: { authorization: await app.authorization() },
    });
    expect(pdf.status).toBe(200);
    const { text } = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('Le réseau s’étoffe.');
    expect(text).toContain('Présentée à la commission nationale d’action sociale lors de sa séance du 01/01/2026 : avis favorable.');
    expect(text).toContain('Propositions : Renforcer la formation continue.');
  });

  it('is read by those who see every department: the national administration and analysts, not a departmental administrator', async () => {
    const list = `{ nationalSynthesisReports { totalCount items { year status } } }`;
    expect(must(await app.as(ANALYST)(list)).nationalSynthesisReports.totalCount).toBeGreaterThan(0);
    expect(firstError(await app.as(ADMIN_44)(list))?.extensions?.code).toBe('FORBIDDEN');
    expect(
      firstError(await app.as(ANALYST)(`mutation { createNationalSynthesisReport(input: { year: 2024 }) { id } }`))?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(firstError(await app.gql(`mutation { createNationalSynthesisReport(input: { year: 2007 }) { id } }`))?.extensions).toMatchObject(
      { subCode: 'NATIONAL_SYNTHESIS_YEAR' },
    );
  });
});

describe('the CLAS are informed and consulted on the correspondents’ working conditions [001 §1]', () => {
  const CONSULTATION =
    'id version topic title submittedOn status allowedTransitions commission { id } opinion { id value reasons session { date } }';
  const create = (commissionId: string, principal: Principal = ADMIN_44) =>
    app.as(principal)(
      `mutation($c: ID!) { createConsultation(input: { commissionId: $c, title: "Temps dédié aux missions", description: "Le temps prévu par les lettres de mission suffit-il ?", submittedOn: "2026-04-01" }) { ${CONSULTATION} } }`,
      { c: commissionId },
    );

  it('a question put to a CLAS, answered in one of its sessions on or after the day it was put', async () => {
    const { commission, sessions } = await clasOf(app.em(), '44', ['2026-03-31', '2026-04-01']);
    const other = await clasOf(app.em(), '44', ['2026-05-01']);
    const consultation = must(await create(commission.id)).createConsultation;
    expect(consultation).toMatchObject({
      topic: 'WORKING_CONDITIONS',
      status: 'SUBMITTED',
      allowedTransitions: ['RECORD_OPINION'],
      commission: { id: commission.id },
    });

    const answer = (sessionId: string, value = 'RESERVED', reasons: string | null = 'Temps insuffisant dans les petits services.') =>
      app.as(ADMIN_44)(OPINION, { i: { consultationId: consultation.id, version: consultation.version, sessionId, value, reasons } });
    expect(firstError(await answer(other.sessions[0]))?.extensions).toMatchObject({
      subCode: 'CONSULTATION_WRONG_COMMISSION',
      field: 'sessionId',
    });
    const before = firstError(await answer(sessions[0]));
    expect(before?.extensions).toMatchObject({ subCode: 'DATE_ORDER' });
    expect(before?.message).toContain('01/04/2026');
    // A reserved opinion is reasoned, as every other one.
    expect(firstError(await answer(sessions[1], 'RESERVED', null))?.extensions?.subCode).toBe('OPINION_REASONS_REQUIRED');
    const opinion = must(await answer(sessions[1])).recordOpinion;
    expect(opinion).toMatchObject({ subject: 'CONSULTATION', value: 'RESERVED', session: { date: '2026-04-01' } });

    const read = must(
      await app.as(ADMIN_44)(`query($id: ID!) { consultation(id: $id) { ${CONSULTATION} } }`, { id: consultation.id }),
    ).consultation;
    expect(read).toMatchObject({
      status: 'OPINION_GIVEN',
      allowedTransitions: [],
      opinion: { id: opinion.id, reasons: 'Temps insuffisant dans les petits services.' },
    });
    const del = await app.as(ADMIN_44)(`mutation($id: ID!, $v: Int!) { deleteConsultation(id: $id, version: $v) }`, {
      id: consultation.id,
      v: read.version,
    });
    expect(firstError(del)?.extensions).toMatchObject({ subCode: 'CONSULTATION_ANSWERED' });
  });

  it('is put to a CLAS only, and stays within the departmental administrator’s perimeter', async () => {
    const [cnasSession] = await cnasSessions(['2026-06-01']);
    const cnas = (await app.em().findOneOrFail(CommissionSession, cnasSession)).commission;
    expect(firstError(await create(cnas.id, { ...ADMIN_44, role: Role.NATIONAL_ADMIN, perimeter: [] }))?.extensions).toMatchObject({
      subCode: 'CONSULTATION_NOT_CLAS',
      field: 'commissionId',
    });
    const { commission } = await clasOf(app.em(), '44', []);
    const consultation = must(await create(commission.id)).createConsultation;
    expect(
      must(await app.as(ADMIN_45)(`{ consultations(filter: { ids: ["${consultation.id}"] }) { totalCount } }`)).consultations.totalCount,
    ).toBe(0);
    expect(firstError(await create(commission.id, ADMIN_45))?.extensions?.code).toBe('FORBIDDEN');
  });
});
