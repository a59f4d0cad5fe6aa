import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Appointment } from '../../api/src/correspondents/appointments/appointment.entity';
import { AppointmentStatus, ArreteKind } from '../../api/src/correspondents/enums';
import { DesignatingAuthority } from '../../api/src/referential/enums';
import { Regime } from '../../api/src/correspondents/appointments/regime.entity';
import { MissionLetter } from '../../api/src/correspondents/appointments/mission-letter.entity';
import { ServiceSite } from '../../api/src/referential/service-site.entity';
import type { Service } from '../../api/src/referential/service.entity';
import { frDate } from '../../api/src/shared/french';
import { initTestApp, type TestApp } from '../support/app';
import { pdfText } from '../support/pdf';
import { department, serviceWithAgents } from '../support/fixtures';
import { adoptedMap, agentIn, appoint, clasOf, fileCandidacy, firstError, must, openCall, throughOpinions } from '../support/lifecycle';

let app: TestApp;
let service: Service;
let mapId: string;
let callId: string;
let commissionSession: string;
let siteId: string;
let elsewhereId: string;

const LETTER = 'id version revision status signedOn allowedTransitions previous { id }';
const createLetter = (input: Record<string, unknown>) =>
  app.gql(`mutation($i: MissionLetterInput!) { createMissionLetter(input: $i) { ${LETTER} } }`, { i: input });
const sign = (id: string, version: number, signatory: string, on: string, name?: string) =>
  app.gql(
    `mutation($id: ID!, $v: Int!, $s: Signatory!, $on: Date, $n: String) { signMissionLetter(id: $id, version: $v, signatory: $s, on: $on, name: $n) { ${LETTER} } }`,
    { id, v: version, s: signatory, on, n: name },
  );
const appointment = (id: string) =>
  app.gql(
    `query($id: ID!) { appointment(id: $id) { status allowedTransitions statusHistory { toStatus effectiveOn } letters { revision status } } }`,
    { id },
  );

beforeAll(async () => {
  app = await initTestApp();
  const em = app.em();
  service = await serviceWithAgents(em, '56', 0);
  const { sessions } = await clasOf(em, '56', ['2025-03-01', '2026-03-01']);
  commissionSession = sessions[1];
  mapId = (await adoptedMap(app, (await department(em, '56')).id, [{ id: service.id }], sessions[0], '2025-04-01')).id;
  callId = (await openCall(app, mapId, '2026-02-12', '2026-02-28')).id;
  const site = em.create(ServiceSite, {
    service,
    label: 'Cité administrative',
    address: '24 place de la République',
    postalCode: '56000',
    city: 'Vannes',
  });
  const elsewhere = em.create(ServiceSite, {
    service: await serviceWithAgents(em, '56', 0),
    label: 'Autre site',
    address: '1 rue du Port',
    postalCode: '56100',
    city: 'Lorient',
  });
  await em.flush();
  [siteId, elsewhereId] = [site.id, elsewhere.id];
});

/** A correspondent of its own for each test, appointed on 2026-03-10 (PENDING_LETTER): no test depends on another's letters or transitions. */
async function newAppointment() {
  const em = app.em();
  const agent = await agentIn(em, service, { firstName: 'Léa', lastName: 'Le Gall <b>' });
  const filed = must(await fileCandidacy(app, { callId, agentId: agent.id, serviceId: service.id, filedOn: '2026-02-15' })).createCandidacy;
  const version = await throughOpinions(app, filed, '2026-02-16', commissionSession);
  const input = { arreteDate: '2026-03-10', arreteNumber: 'N°2026/56-12', interviewDate: '2026-03-05' };
  const stranger = await appoint(app, filed.id, version, { ...input, siteIds: [siteId, elsewhereId] });
  expect(stranger.errors![0].extensions).toMatchObject({ subCode: 'APPOINTMENT_SITE_OUTSIDE_SERVICES', field: 'siteIds' });
  return must(await appoint(app, filed.id, version, { ...input, siteIds: [siteId] })).appointCandidate.id as string;
}

/** The first letter of an appointment, as the effective-appointment test writes and signs it (effective on 2026-03-16). */
async function signedFirstLetter(appointmentId: string) {
  let letter = must(
    await createLetter({
      appointmentId,
      timeCreditAmount: 4,
      timeCreditUnit: 'HOURS_PER_MONTH',
      means: 'Bureau <partagé> & téléphone',
      dedicatedEmail: 'cas.56@interieur.gouv.fr',
    }),
  ).createMissionLetter;
  letter = must(await sign(letter.id, letter.version, 'AGENT', '2026-03-12')).signMissionLetter;
  letter = must(await sign(letter.id, letter.version, 'HEAD_OF_SERVICE', '2026-03-13', 'M. le chef de service')).signMissionLetter;
  return must(await sign(letter.id, letter.version, 'SOCIAL_ACTION_HEAD', '2026-03-16', 'Mme la responsable')).signMissionLetter;
}
afterAll(() => app.close());

describe('mission letter', () => {
  it('states a precise time credit: vague wording and out-of-range values are refused', async () => {
    const appointmentId = await newAppointment();
    const vague = await createLetter({ appointmentId, historicalTimeCredit: 'temps suffisant' });
    expect(vague.errors![0].extensions!.violations.map((v: { code: string }) => v.code).sort()).toEqual([
      'MISSION_LETTER_TIME_CREDIT_REQUIRED',
      'MISSION_LETTER_VAGUE_TIME_CREDIT',
    ]);
    const historical = await createLetter({
      appointmentId,
      historical: true,
      historicalTimeCredit: 'en fonction des nécessités du service',
    });
    expect(firstError(historical)?.extensions).toMatchObject({ subCode: 'MISSION_LETTER_HISTORICAL_NOT_ALLOWED', field: 'historical' });
    const tooMuch = await createLetter({ appointmentId, timeCreditAmount: 0.8, timeCreditUnit: 'FRACTION_OF_WORKING_TIME' });
    expect(firstError(tooMuch)?.extensions).toMatchObject({ subCode: 'MISSION_LETTER_TIME_CREDIT_RANGE', field: 'timeCreditAmount' });
    expect(firstError(tooMuch)?.message).toContain('au plus 50 % du temps de travail');
    const zero = await createLetter({ appointmentId, timeCreditAmount: 0, timeCreditUnit: 'HOURS_PER_WEEK' });
    expect(firstError(zero)?.extensions?.subCode).toBe('MISSION_LETTER_TIME_CREDIT_RANGE');
    const noMention = await createLetter({
      appointmentId,
      timeCreditAmount: 2,
      timeCreditUnit: 'HOURS_PER_WEEK',
      annualInterviewMention: false,
    });
    expect(firstError(noMention)?.extensions?.subCode).toBe('MISSION_LETTER_INTERVIEW_MENTION');
    expect(await app.em().count(MissionLetter, { appointment: appointmentId })).toBe(0);
  });

  it('makes the appointment effective with its third dated signature; every revision is kept', async () => {
    const appointmentId = await newAppointment();
    let letter = must(
      await createLetter({
        appointmentId,
        timeCreditAmount: 4,
        timeCreditUnit: 'HOURS_PER_MONTH',
        means: 'Bureau <partagé> & téléphone',
        dedicatedEmail: 'cas.56@interieur.gouv.fr',
      }),
    ).createMissionLetter;
    expect(letter).toMatchObject({ revision: 1, status: 'DRAFT', allowedTransitions: ['SIGN'] });
    expect(
      firstError(await createLetter({ appointmentId, timeCreditAmount: 1, timeCreditUnit: 'HOURS_PER_WEEK' }))?.extensions?.subCode,
    ).toBe('MISSION_LETTER_EXISTS');
    expect(
      firstError(await app.gql(`mutation($id: ID!) { reviseMissionLetter(id: $id, version: 1) { id } }`, { id: letter.id }))?.extensions
        ?.subCode,
    ).toBe('MISSION_LETTER_ILLEGAL_TRANSITION');

    expect(firstError(await sign(letter.id, 1, 'AGENT', '2026-03-01'))?.extensions).toMatchObject({ subCode: 'DATE_ORDER', field: 'on' });
    letter = must(await sign(letter.id, 1, 'AGENT', '2026-03-12')).signMissionLetter;
    expect(letter.status).toBe('PARTIALLY_SIGNED');
    expect(firstError(await sign(letter.id, letter.version, 'AGENT', '2026-03-13'))?.extensions?.subCode).toBe(
      'MISSION_LETTER_ALREADY_SIGNED',
    );
    const edit = await app.gql(
      `mutation($id: ID!, $v: Int!) { updateMissionLetter(id: $id, version: $v, input: { timeCreditAmount: 6 }) { id } }`,
      { id: letter.id, v: letter.version },
    );
    expect(firstError(edit)?.extensions?.subCode).toBe('MISSION_LETTER_NOT_EDITABLE');
    letter = must(await sign(letter.id, letter.version, 'HEAD_OF_SERVICE', '2026-03-13', 'M. le chef de service')).signMissionLetter;
    expect((await app.em().findOneOrFail(Appointment, appointmentId)).status).toBe(AppointmentStatus.PENDING_LETTER);
    letter = must(await sign(letter.id, letter.version, 'SOCIAL_ACTION_HEAD', '2026-03-16', 'Mme la responsable')).signMissionLetter;
    expect(letter).toMatchObject({ status: 'SIGNED', signedOn: '2026-03-16', allowedTransitions: ['REVISE'] });
    expect(must(await appointment(appointmentId)).appointment).toMatchObject({
      status: 'EFFECTIVE',
      allowedTransitions: ['END'],
      statusHistory: [
        { toStatus: 'PENDING_LETTER', effectiveOn: '2026-03-10' },
        { toStatus: 'EFFECTIVE', effectiveOn: '2026-03-16' },
      ],
    });

    const revision = must(
      await app.gql(`mutation($id: ID!, $v: Int!) { reviseMissionLetter(id: $id, version: $v) { ${LETTER} timeCreditAmount } }`, {
        id: letter.id,
        v: letter.version,
      }),
    ).reviseMissionLetter;
    expect(revision).toMatchObject({ revision: 2, status: 'DRAFT', previous: { id: letter.id }, timeCreditAmount: 4 });
    must(
      await app.gql(`mutation($id: ID!) { updateMissionLetter(id: $id, version: 1, input: { timeCreditAmount: 6 }) { id } }`, {
        id: revision.id,
      }),
    );
    let v = 2;
    for (const s of ['AGENT', 'HEAD_OF_SERVICE', 'SOCIAL_ACTION_HEAD'])
      v = must(await sign(revision.id, v, s, '2026-09-01')).signMissionLetter.version;
    expect(must(await appointment(appointmentId)).appointment.letters).toEqual([
      { revision: 1, status: 'SUPERSEDED' },
      { revision: 2, status: 'SIGNED' },
    ]);
  });

  it('prints the letter as HTML following the model letter, every value escaped', async () => {
    const letter = await signedFirstLetter(await newAppointment());
    const html = must(await app.gql(`query($id: ID!) { missionLetter(id: $id) { printableHtml } }`, { id: letter.id })).missionLetter
      .printableHtml as string;
    expect(html).toContain('<h1>LETTRE DE MISSION</h1>');
    expect(html).toContain('par arrêté préfectoral n° N°2026/56-12 du 10 mars 2026');
    expect(html).toContain('Arrêté du 12 février 2026 relatif aux correspondants de l’action sociale du Ministère de l’Intérieur');
    expect(html).toContain('<strong>4 heures par mois</strong>');
    expect(html).toContain('Le Gall &lt;b&gt;');
    expect(html).toContain('Bureau &lt;partagé&gt; &amp; téléphone');
    expect(html).not.toContain('<partagé>');
    expect(html).toContain('Signé le 16 mars 2026');
    expect(html).toContain(service.code);
    // One site: the model's « du(es) établissement(s) suivant(s) » agreed with it [000].
    expect(html).toContain('<p>Vous exercerez votre activité au bénéfice des agents de l’établissement suivant :</p>');
    expect(html).toContain('<li>Établissement : Cité administrative, 24 place de la République, 56000 Vannes</li>');
    expect(html).toContain(`<li>Service situé : ${service.code} — ${service.name}</li>`);
    expect(html).toContain('<p>et vous aurez libre accès aux locaux de ce site.</p>');
    expect(html).not.toMatch(/\((e?s)\)/);
  });

  it('prints the notice for the covered services’ board, with the department’s support professionals [001 §2.2, art. 5]', async () => {
    const appointmentId = await newAppointment();
    await signedFirstLetter(appointmentId); // effective: the notice may be displayed
    const create = `mutation($i: SupportProfessionalInput!) { createSupportProfessional(input: $i) { id } }`;
    const [morbihan, rhone] = [(await department(app.em(), '56')).id, (await department(app.em(), '69')).id];
    must(
      await app.gql(create, {
        i: {
          kind: 'PREVENTION_DOCTOR',
          name: 'Médecine de prévention du Morbihan',
          phone: '02 97 00 00 00',
          departmentId: morbihan,
          validFrom: '2024-01-01',
        },
      }),
    );
    must(await app.gql(create, { i: { kind: 'OPERATIONAL_SUPPORT_PSYCHOLOGIST', name: 'SSPO national', validFrom: '2024-01-01' } }));
    must(
      await app.gql(create, {
        i: { kind: 'SOCIAL_WORKER', name: 'Service social du Rhône', departmentId: rhone, validFrom: '2024-01-01' },
      }),
    );
    const html = must(await app.gql(`query($id: ID!) { appointment(id: $id) { noticeHtml } }`, { id: appointmentId })).appointment
      .noticeHtml as string;
    expect(html).toContain('<h1>Votre correspondant de l’action sociale</h1>');
    expect(html).toContain('Le Gall &lt;b&gt;');
    expect(html).toContain('Médecine de prévention du Morbihan — 02 97 00 00 00');
    expect(html).toContain('SSPO national');
    expect(html).not.toContain('Service social du Rhône');
    expect(html).toContain('24 place de la République, 56000 Vannes');
    expect(html).not.toContain('ne pas afficher avant');
  });

  it('keeps vague 2007 letters only as flagged historical records', async () => {
    const em = app.em();
    const agent = await agentIn(em, service);
    const old = em.create(Appointment, {
      agent,
      map: mapId,
      regime: await em.findOneOrFail(Regime, { code: '2007' }),
      interviewDate: '2012-01-10',
      jointInterview: false,
      arreteKind: ArreteKind.PREFECTORAL,
      arreteNumber: '2012-56-3',
      arreteDate: '2012-01-20',
      arreteAuthority: DesignatingAuthority.PREFECT,
      arreteSignatory: 'Le préfet',
      startDate: '2012-01-20',
    });
    await em.flush();
    const vague = await createLetter({ appointmentId: old.id, historicalTimeCredit: 'temps suffisant' });
    expect(vague.errors![0].extensions!.violations.map((v: { code: string }) => v.code)).toContain('MISSION_LETTER_VAGUE_TIME_CREDIT');
    const kept = must(
      await createLetter({ appointmentId: old.id, historical: true, historicalTimeCredit: 'temps suffisant' }),
    ).createMissionLetter;
    expect(kept.status).toBe('DRAFT');
    const html = must(
      await app.gql(`query($id: ID!) { missionLetter(id: $id) { printableHtml historical } }`, { id: kept.id }),
    ).missionLetter;
    expect(html.historical).toBe(true);
    expect(html.printableHtml).toContain('archive historique (régime 2007)');
    expect(html.printableHtml).toContain('Arrêté du 31 décembre 2007');
    // Its PDF too: flagged, the 2007 texts, the wording as written, not signed yet.
    const pdf = await fetch(`${app.baseUrl}/documents/mission-letter/${kept.id}.pdf`, {
      headers: { authorization: await app.authorization() },
    });
    const { text } = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('Archive historique (régime 2007)');
    expect(text).toContain('Circulaire NOR/INT/A/07/00130/C du 31 décembre 2007');
    expect(text).toContain('par arrêté préfectoral n° 2012-56-3 du 20/01/2012');
    expect(text).toContain('crédit de temps suivant : temps suffisant');
    expect(text).toContain('PROJET');
  });

  it('ends an appointment once, with its date and reason', async () => {
    const appointmentId = await newAppointment();
    await signedFirstLetter(appointmentId);
    const end = `mutation($id: ID!, $v: Int!, $d: Date!) { endAppointment(id: $id, version: $v, endDate: $d, endReason: RESIGNATION) { status endDate endReason allowedTransitions } }`;
    const current = await app.em().findOneOrFail(Appointment, appointmentId);
    expect(firstError(await app.gql(end, { id: appointmentId, v: current.version, d: '2026-01-01' }))?.extensions).toMatchObject({
      subCode: 'DATE_ORDER',
      field: 'endDate',
    });
    expect(must(await app.gql(end, { id: appointmentId, v: current.version, d: '2026-12-31' })).endAppointment).toEqual({
      status: 'ENDED',
      endDate: '2026-12-31',
      endReason: 'RESIGNATION',
      allowedTransitions: [],
    });
    expect(firstError(await app.gql(end, { id: appointmentId, v: current.version + 1, d: '2027-01-31' }))?.extensions?.subCode).toBe(
      'APPOINTMENT_ILLEGAL_TRANSITION',
    );
  });
});

describe('field reports', () => {
  it('are dated within the correspondent’s appointment, followed up after they are made, and hold no personal case data', async () => {
    const appointmentId = await newAppointment();
    const { startDate } = must(await app.gql(`query($id: ID!) { appointment(id: $id) { startDate } }`, { id: appointmentId })).appointment;
    const create = (input: Record<string, unknown>) =>
      app.gql(`mutation($i: FieldReportInput!) { createFieldReport(input: $i) { id date } }`, {
        i: { appointmentId, topic: 'Logement', text: 'Besoins de logement temporaire.', ...input },
      });
    const early = firstError(await create({ date: '2026-01-15' }))!;
    expect(early.extensions).toMatchObject({ subCode: 'FIELD_REPORT_OUTSIDE_APPOINTMENT', field: 'date' });
    expect(early.message).toContain(`hors de la période de nomination du correspondant (à partir du ${frDate(startDate)})`);
    expect(
      firstError(await create({ date: startDate, followUp: 'Relayé à la SRIAS.', followUpOn: '2026-01-20' }))!.extensions,
    ).toMatchObject({ subCode: 'DATE_ORDER', field: 'followUpOn' });
    expect(
      firstError(await create({ date: startDate, text: 'M. Dupont, né le 12/03/1970, est en difficulté.' }))!.extensions,
    ).toMatchObject({ field: 'text' });
    expect(must(await create({ date: startDate })).createFieldReport).toMatchObject({ date: startDate });
    expect(
      must(await app.gql(`query($id: ID!) { appointment(id: $id) { fieldReports { date } } }`, { id: appointmentId })).appointment
        .fieldReports,
    ).toEqual([{ date: startDate }]);
  });
});
