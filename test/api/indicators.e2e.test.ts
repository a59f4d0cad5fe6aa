import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { Commission } from '../../api/src/commissions/commission.entity';
import { MemberRole } from '../../api/src/commissions/enums';
import { Role } from '../../api/src/access/roles';
import { TrainingKind } from '../../api/src/correspondents/enums';
import { InformationMeeting, InformationMeetingAttendance } from '../../api/src/correspondents/follow-up/information-meeting.entity';
import { Training } from '../../api/src/correspondents/follow-up/training.entity';
import { Agent } from '../../api/src/referential/agent.entity';
import type { Service } from '../../api/src/referential/service.entity';
import { initTestApp, type TestApp } from '../support/app';
import { department, serviceWithAgents } from '../support/fixtures';
import {
  adoptedMap,
  agentIn,
  appoint,
  clasOf,
  fileCandidacy,
  must,
  openCall,
  seat,
  signedLetter,
  throughOpinions,
} from '../support/lifecycle';

let app: TestApp;
const D1 = '2025-12-31';
const D2 = '2026-04-01';
let dep22: string;
let dep29: string;
let services: Record<'A' | 'B' | 'C' | 'D', Service>;
const agents: Record<string, Agent> = {};
const calls: Record<string, string> = {};

/** A correspondent appointed through the API on `arreteDate`, with a letter signed on `signedOn` (if any). */
async function correspondent(
  name: string,
  service: Service,
  callId: string,
  sessionId: string,
  arreteDate: string,
  signedOn: string | null,
) {
  const agent = await agentIn(app.em(), service, { lastName: name });
  agents[name] = agent;
  const filed = must(await fileCandidacy(app, { callId, agentId: agent.id, serviceId: service.id, filedOn: '2025-03-01' })).createCandidacy;
  const version = await throughOpinions(app, filed, '2025-03-02', sessionId);
  const appointment = must(await appoint(app, filed.id, version, { arreteDate })).appointCandidate;
  if (signedOn) await signedLetter(app, appointment.id, signedOn);
  return appointment;
}

beforeAll(async () => {
  app = await initTestApp();
  const em = app.em();
  const [A, B, C, D] = [
    await serviceWithAgents(em, '22', 0),
    await serviceWithAgents(em, '22', 0),
    await serviceWithAgents(em, '22', 0),
    await serviceWithAgents(em, '22', 0),
  ];
  services = { A, B, C, D };
  dep22 = (await department(em, '22')).id;
  dep29 = (await department(em, '29')).id;
  const clas22 = await clasOf(em, '22', ['2025-01-05', '2025-03-10']);
  const map = await adoptedMap(app, dep22, [{ id: A.id, required: 2 }, { id: B.id }, { id: C.id }], clas22.sessions[0], '2025-01-15');
  calls.c22 = (await openCall(app, map.id, '2025-02-01', '2025-03-31')).id;
  await correspondent('X', A, calls.c22, clas22.sessions[1], '2025-06-01', '2025-06-10');
  await correspondent('Y', A, calls.c22, clas22.sessions[1], '2025-09-01', '2026-03-01');
  await correspondent('Z', B, calls.c22, clas22.sessions[1], '2025-06-01', '2025-06-05');
  await correspondent('W', C, calls.c22, clas22.sessions[1], '2025-06-01', '2025-06-05');

  const E = await serviceWithAgents(em, '29', 0);
  const clas29 = await clasOf(em, '29', ['2025-01-05', '2025-03-10']);
  const map29 = await adoptedMap(app, dep29, [{ id: E.id }], clas29.sessions[0], '2025-01-15');
  calls.c29 = (await openCall(app, map29.id, '2025-02-01', '2025-03-31')).id;
  await correspondent('V', E, calls.c29, clas29.sessions[1], '2025-07-01', '2025-07-02');

  // What happens next: trainings, a meeting, Z on the CLAS and planning to move, W moved to a service the appointment does not cover.
  em.create(Training, { agent: agents.X.id, kind: TrainingKind.INITIAL_ELEARNING, title: 'E-learning CAS', date: '2025-07-01' });
  em.create(Training, { agent: agents.Z.id, kind: TrainingKind.INITIAL_ELEARNING, title: 'E-learning CAS', date: '2026-01-10' });
  em.create(Training, { agent: agents.V.id, kind: TrainingKind.CONTINUING, title: 'Prestations 2025', date: '2025-10-01' });
  em.create(InformationMeeting, { department: dep22, date: '2025-05-10', title: 'Réunion annuelle des correspondants' });
  await em.flush();
  await seat(em, clas22.commission, await em.findOneOrFail(Agent, agents.Z.id), MemberRole.TITULAIRE, '2026-03-01');
  must(
    await app.gql(
      `mutation($id: ID!) { updateAgent(id: $id, version: 1, input: { mobilityPlanDate: "2026-09-01", mobilityPlanKind: TRANSFER }) { id } }`,
      { id: agents.Z.id },
    ),
  );
  must(
    await app.gql(
      `mutation($id: ID!, $s: ID!) { updateAgent(id: $id, version: 1, input: { serviceId: $s, affectationDate: "2026-02-01" }) { id } }`,
      { id: agents.W.id, s: D.id },
    ),
  );
});
afterAll(() => app.close());

/** Tests that add meetings remove them, so that every indicator test reads the same fixture in any order. */
async function removeMeetings(ids: string[]) {
  const em = app.em();
  await em.nativeDelete(InformationMeetingAttendance, { meeting: { $in: ids } });
  await em.nativeDelete(InformationMeeting, { id: { $in: ids } });
}

const names = (alerts: { agent: { lastName: string } }[]) => alerts.map((a) => a.agent.lastName).sort();

describe('indicators, as of any date', () => {
  it('coverage of each adopted map: required vs appointed per service, uncovered services', async () => {
    const query = `query($d: Date, $dep: ID) { mapCoverage(asOf: $d, departmentId: $dep) {
      department { code } required appointed effective uncoveredCount entries { service { id } required appointed effective missing } uncovered { service { id } missing } } }`;
    const [d1] = must(await app.gql(query, { d: D1, dep: dep22 })).mapCoverage;
    expect(d1).toMatchObject({
      department: { code: '22' },
      required: 4,
      appointed: 4,
      effective: 3,
      uncoveredCount: 1,
      uncovered: [{ service: { id: services.A.id }, missing: 1 }],
    });
    expect(d1.entries.find((e: { service: { id: string } }) => e.service.id === services.A.id)).toEqual({
      service: { id: services.A.id },
      required: 2,
      appointed: 2,
      effective: 1,
      missing: 1,
    });
    const [d2] = must(await app.gql(query, { d: D2, dep: dep22 })).mapCoverage;
    expect(d2).toMatchObject({ required: 4, appointed: 4, effective: 4, uncoveredCount: 0, uncovered: [] });
    const before = must(await app.gql(query, { d: '2025-01-14', dep: dep22 })).mapCoverage;
    expect(before).toEqual([]);
  });

  it('correspondents without initial training', async () => {
    const query = `query($d: Date, $dep: ID) { correspondentsWithoutInitialTraining(asOf: $d, departmentId: $dep) { agent { lastName } appointment { id } department { code } } }`;
    expect(names(must(await app.gql(query, { d: D1, dep: dep22 })).correspondentsWithoutInitialTraining)).toEqual(['W', 'Y', 'Z']);
    expect(names(must(await app.gql(query, { d: D2, dep: dep22 })).correspondentsWithoutInitialTraining)).toEqual(['W', 'Y']);
    expect(names(must(await app.gql(query, { d: D2 })).correspondentsWithoutInitialTraining)).toEqual(['V', 'W', 'Y']);
  });

  it('appointments without a fully signed mission letter', async () => {
    const query = `query($d: Date) { appointmentsWithoutSignedLetter(asOf: $d) { agent { lastName } date } }`;
    expect(must(await app.gql(query, { d: D1 })).appointmentsWithoutSignedLetter).toEqual([
      { agent: { lastName: 'Y' }, date: '2025-09-01' },
    ]);
    expect(must(await app.gql(query, { d: D2 })).appointmentsWithoutSignedLetter).toEqual([]);
  });

  it('broken conditions, with the reason', async () => {
    const query = `query($d: Date) { brokenConditions(asOf: $d) { agent { lastName } reason detail date } }`;
    expect(must(await app.gql(query, { d: D1 })).brokenConditions).toEqual([]);
    const broken = must(await app.gql(query, { d: D2 })).brokenConditions;
    expect(broken.map((b: { agent: { lastName: string }; reason: string }) => [b.agent.lastName, b.reason]).sort()).toEqual([
      ['W', 'LEFT_SERVICE'],
      ['Z', 'CLAS_MEMBER'],
    ]);
    expect(broken.find((b: { reason: string }) => b.reason === 'LEFT_SERVICE')).toMatchObject({
      detail: services.D.name,
      date: '2026-02-01',
    });
    // The service renamed after the date: the detail names it as it was named on the date.
    const rename = async (name: string) => {
      const [{ version }] = await app.em().getConnection().execute(`select version from service where id = ?`, [services.D.id]);
      must(
        await app.gql(
          `mutation($id: ID!, $version: Int!, $input: ServiceInput!) { updateService(id: $id, version: $version, input: $input) { id } }`,
          {
            id: services.D.id,
            version,
            input: { name, effectiveDate: '2026-06-01' },
          },
        ),
      );
    };
    const before = services.D.name;
    await rename('Service renommé après la date');
    onTestFinished(() => rename(before));
    const renamed = must(await app.gql(query, { d: D2 })).brokenConditions;
    expect(renamed.find((b: { reason: string }) => b.reason === 'LEFT_SERVICE')).toMatchObject({ detail: before });
  });

  it('mobility plans not declared at filing, still ahead on the date', async () => {
    const query = `query($d: Date) { mobilityPlansAfterAppointment(asOf: $d) { agent { lastName } date detail } }`;
    expect(must(await app.gql(query, { d: D2 })).mobilityPlansAfterAppointment).toEqual([
      { agent: { lastName: 'Z' }, date: '2026-09-01', detail: 'TRANSFER' },
    ]);
    expect(must(await app.gql(query, { d: '2026-09-02' })).mobilityPlansAfterAppointment).toEqual([]);
  });

  it('departments with no information meeting in the window: not flagged in January for last year’s meeting [001 §2.5]', async () => {
    const query = `query($d: Date, $w: MeetingWindow) { perimetersWithoutInformationMeeting(asOf: $d, window: $w) { department { code } lastMeeting } }`;
    const on = async (d: string, w?: string) => must(await app.gql(query, { d, w })).perimetersWithoutInformationMeeting;
    // 22 met on 2025-05-10: within the last 12 months on D1 and D2 (the former rule flagged it from 1 January 2026).
    expect(await on(D1)).toEqual([{ department: { code: '29' }, lastMeeting: null }]);
    expect(await on(D2)).toEqual([{ department: { code: '29' }, lastMeeting: null }]);
    expect(await on('2026-05-09')).toEqual([{ department: { code: '29' }, lastMeeting: null }]);
    expect(await on('2026-05-10')).toEqual([
      { department: { code: '22' }, lastMeeting: '2025-05-10' },
      { department: { code: '29' }, lastMeeting: null },
    ]);
    expect(await on(D2, 'PREVIOUS_CALENDAR_YEAR')).toEqual([{ department: { code: '29' }, lastMeeting: null }]);
    expect(await on('2027-01-05', 'PREVIOUS_CALENDAR_YEAR')).toEqual([
      { department: { code: '22' }, lastMeeting: '2025-05-10' },
      { department: { code: '29' }, lastMeeting: null },
    ]);
    // The former query keeps its shape, over the configured window.
    const legacy = `query($d: Date) { departmentsWithoutInformationMeeting(asOf: $d) { department { code } lastMeeting } }`;
    expect(must(await app.gql(legacy, { d: D2 })).departmentsWithoutInformationMeeting).toEqual([
      { department: { code: '29' }, lastMeeting: null },
    ]);
  });
});

describe('annual activity report and national synthesis', () => {
  const FIGURES =
    'year mapServices requiredCorrespondents correspondents effectiveCorrespondents uncoveredServices candidaciesFiled appointmentsMade appointmentsEnded initialTrainings continuingTrainings informationMeetings meetingAttendances fieldReports difficultiesReported sessionAttendances';

  it('builds each department’s report from the data; the national synthesis is the sum of the departments', async () => {
    const reports: Record<string, number>[] = [];
    for (const departmentId of [dep22, dep29]) {
      reports.push(
        must(
          await app.gql(`mutation($i: AnnualReportInput!) { createAnnualReport(input: $i) { activity { ${FIGURES} } } }`, {
            i: { departmentId, year: 2025 },
          }),
        ).createAnnualReport.activity,
      );
    }
    expect(reports[0]).toMatchObject({
      year: 2025,
      mapServices: 3,
      requiredCorrespondents: 4,
      correspondents: 4,
      effectiveCorrespondents: 3,
      uncoveredServices: 1,
      candidaciesFiled: 4,
      appointmentsMade: 4,
      initialTrainings: 1,
      continuingTrainings: 0,
      informationMeetings: 1,
    });
    expect(reports[1]).toMatchObject({
      mapServices: 1,
      correspondents: 1,
      effectiveCorrespondents: 1,
      uncoveredServices: 0,
      continuingTrainings: 1,
      informationMeetings: 0,
    });

    const national = must(
      await app.gql(
        `{ nationalSynthesis(year: 2025) { totals { ${FIGURES} } departments { department { code } figures { ${FIGURES} } } } }`,
      ),
    ).nationalSynthesis;
    expect(national.departments.map((d: { department: { code: string } }) => d.department.code)).toEqual(['22', '29']);
    expect(national.departments.map((d: { figures: unknown }) => d.figures)).toEqual(reports);
    const sum = Object.fromEntries(Object.keys(reports[0]).map((k) => [k, k === 'year' ? 2025 : reports[0][k] + reports[1][k]]));
    expect(national.totals).toEqual(sum);
    expect(national.totals.correspondents).toBe(5);
  });

  it('reads the synthesis as the registry recorded it at a past instant, after the data changed (issue 17 item 2)', async () => {
    const query = `query($at: DateTime) { nationalSynthesis(year: 2025, recordedAt: $at) { totals { informationMeetings } departments { department { code } figures { informationMeetings } } } }`;
    const before = must(await app.gql(query, {})).nationalSynthesis;
    const presented = new Date();
    // After the CNAS saw it: a meeting of 2025 entered late in the Côtes-d’Armor.
    const em = app.em();
    const late = em.create(InformationMeeting, { department: dep22, date: '2025-11-20', title: 'Réunion saisie après coup' });
    await em.flush();
    try {
      const now = must(await app.gql(query, {})).nationalSynthesis;
      expect(now.totals.informationMeetings).toBe(before.totals.informationMeetings + 1);
      const recorded = must(await app.gql(query, { at: presented.toISOString() })).nationalSynthesis;
      expect(recorded).toEqual(before);
      // Only the national administration reads the registry as recorded.
      const departmental = await app.as({ subject: 'a@interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['22'] })(query, {
        at: presented.toISOString(),
      });
      expect(departmental.errors![0].extensions).toMatchObject({ subCode: 'FORBIDDEN', field: 'recordedAt' });
    } finally {
      await removeMeetings([late.id]);
    }
  });

  it('records the commission’s opinion and proposals on a report, which is then frozen', async () => {
    const em = app.em();
    const { sessions } = await clasOf(em, '22', ['2026-02-10']);
    const report = must(
      await app.gql(`mutation($i: AnnualReportInput!) { createAnnualReport(input: $i) { id version status allowedTransitions } }`, {
        i: { departmentId: dep22, year: 2024 },
      }),
    ).createAnnualReport;
    expect(report.allowedTransitions).toEqual(['RECORD_OPINION']);
    const opinion = must(
      await app.gql(`mutation($i: RecordOpinionInput!) { recordOpinion(input: $i) { value proposals } }`, {
        i: {
          sessionId: sessions[0],
          value: 'FAVORABLE',
          proposals: 'Former les deux nouveaux correspondants avant l’été.',
          annualReportId: report.id,
          version: report.version,
        },
      }),
    ).recordOpinion;
    expect(opinion.proposals).toContain('Former');
    const edit = await app.gql(
      `mutation($id: ID!, $v: Int!) { updateAnnualReport(id: $id, version: $v, input: { narrative: "x" }) { id } }`,
      { id: report.id, v: report.version + 1 },
    );
    expect(edit.errors![0].extensions).toMatchObject({ subCode: 'ANNUAL_REPORT_NOT_EDITABLE' });
  });
});

describe('no N+1', () => {
  it('sends as many statements for the candidacies of a call with 4 appointed correspondents as with 1', async () => {
    const query = `query($c: ID) { candidacies(filter: { callId: $c }) { items { agent { lastName } service { code } regime { code } statusHistory { toStatus }
      call { map { entries { service { code } } } } appointment { services { code } letters { status signedOn } regime { code } } } } }`;
    let four: any;
    const many = await app.countStatements(async () => (four = await app.gql(query, { c: calls.c22 })));
    const one = await app.countStatements(() => app.gql(query, { c: calls.c29 }));
    expect(four.data.candidacies.items).toHaveLength(4);
    expect(four.data.candidacies.items.every((c: { appointment: { letters: unknown[] } }) => c.appointment.letters.length === 1)).toBe(
      true,
    );
    expect({ many }).toEqual({ many: one });
  });

  it('sends as many statements for the coverage of 2 maps as of 1', async () => {
    const query = `query($dep: ID) { mapCoverage(asOf: "${D2}", departmentId: $dep) { map { title } department { code region { code } } entries { service { code department { code } } } } }`;
    const one = await app.countStatements(() => app.gql(query, { dep: dep29 }));
    let all: any;
    const both = await app.countStatements(async () => (all = await app.gql(query, {})));
    expect(all.data.mapCoverage).toHaveLength(2);
    expect({ both }).toEqual({ both: one });
  });

  it('sends as many statements for the nested lists of several parents as of one', async () => {
    const em = app.em();
    const added = (
      [
        [dep29, agents.V],
        [dep22, agents.X],
        [dep22, agents.Z],
      ] as const
    ).map(([department, agent]) => {
      const meeting = em.create(InformationMeeting, { department, date: '2026-09-15', title: 'Réunion de rentrée' });
      em.create(InformationMeetingAttendance, { meeting, agent: agent.id });
      return meeting;
    });
    await em.flush();
    onTestFinished(() => removeMeetings(added.map((m) => m.id)));
    const createReport = `mutation($i: AnnualReportInput!) { createAnnualReport(input: $i) { id } }`;
    const reports: string[] = [];
    // Two years: the figures of reports of different years are read together too.
    for (const [departmentId, year] of [
      [dep22, 2023],
      [dep29, 2024],
    ])
      reports.push(must(await app.gql(createReport, { i: { departmentId, year } })).createAnnualReport.id);
    const createSynthesis = `mutation($y: Int!) { createNationalSynthesisReport(input: { year: $y }) { id } }`;
    const syntheses: string[] = [];
    for (const year of [2023, 2024]) syntheses.push(must(await app.gql(createSynthesis, { y: year })).createNationalSynthesisReport.id);
    const maps = must(await app.gql(`{ implantationMaps(sort: [{ field: "title" }]) { items { id department { code } } } }`))
      .implantationMaps.items;
    const of = (code: string) =>
      maps.filter((m: { department: { code: string } }) => m.department.code === code).map((m: { id: string }) => m.id);
    const commissions = await em.find(Commission, { department: { code: { $in: ['22', '29'] } } }, { orderBy: { code: 'asc' } });
    const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
      [
        `query($ids: [ID!]) { commissions(filter: { ids: $ids }) { items { members(limit: 10) { role agent { lastName } } sessions(limit: 10) { date opinions { value } attendances { capacity } } } } }`,
        { ids: [commissions.find((c) => c.department?.id === dep22)!.id] },
        { ids: commissions.map((c) => c.id) },
      ],
      [
        `query($ids: [ID!]) { implantationMaps(filter: { ids: $ids }) { items { allowedTransitions statusHistory { toStatus } entries { requiredCount service { code } } } } }`,
        { ids: of('29') },
        { ids: [...of('22'), ...of('29')] },
      ],
      [
        `query($m: ID) { appointments(filter: { mapId: $m }) { items { allowedTransitions services { code } statusHistory { toStatus } fieldReports { topic }
           letters { status printableHtml statusHistory { toStatus } } candidacy { call { services { code } } } } } }`,
        { m: of('29')[0] },
        { m: of('22')[0] },
      ],
      [
        `query($ids: [ID!]) { candidateCalls(filter: { ids: $ids }) { items { services { code } candidacies { status eligibility(on: "2026-04-01") { code } agent { lastName } } } } }`,
        { ids: [calls.c29] },
        { ids: [calls.c22, calls.c29] },
      ],
      [
        `query($d: ID) { informationMeetings(filter: { departmentId: $d }) { items { date department { code } attendances { agent { lastName } } } } }`,
        { d: dep29 },
        { d: dep22 },
      ],
      [
        `query($ids: [ID!]) { annualReports(filter: { departmentId: null, ids: $ids }) { items { year activity { correspondents } department { code } } } }`,
        { ids: [reports[1]] },
        { ids: reports },
      ],
      [
        `query($ids: [ID!]) { nationalSynthesisReports(filter: { ids: $ids }) { items { year figures { totals { correspondents } departments { department { code } figures { correspondents } } } } } }`,
        { ids: [syntheses[1]] },
        { ids: syntheses },
      ],
    ];
    for (const [query, one, many] of cases) {
      let result: any;
      const items = () => (Object.values(result.data)[0] as { items: unknown[] }).items.length;
      const single = await app.countStatements(async () => (result = await app.gql(query, one)));
      const fewer = items();
      const several = await app.countStatements(async () => (result = await app.gql(query, many)));
      expect({ query, fewer: fewer >= 1, more: items() > fewer }).toEqual({ query, fewer: true, more: true });
      expect({ query, several }).toEqual({ query, several: single });
    }
  });
});

describe('conditions of the correspondents in place', () => {
  it('previews a candidacy’s eligibility on any date, under the regime in force that day', async () => {
    const query = `query($a: ID, $on: Date) { candidacies(filter: { agentId: $a }) { items { eligibility(on: $on) { code severity } } } }`;
    const of = async (name: string, on: string) =>
      must(await app.gql(query, { a: agents[name].id, on })).candidacies.items[0].eligibility.map((v: { code: string }) => v.code);
    expect(await of('Z', '2026-02-11')).toEqual([]);
    expect(await of('Z', '2026-04-01')).toEqual(['ELIGIBILITY_CLAS_MEMBER']);
    expect(await of('W', '2026-01-31')).toEqual([]);
    expect(await of('W', '2026-04-01')).toEqual(['ELIGIBILITY_SERVICE_NOT_ON_MAP']);
  });

  it('records at information meetings only the correspondents in post on the meeting date', async () => {
    const meeting = must(
      await app.gql(
        `mutation($d: ID) { createInformationMeeting(input: { departmentId: $d, date: "2025-05-20", title: "Réunion de printemps" }) { id } }`,
        { d: dep22 },
      ),
    ).createInformationMeeting;
    const attend = `mutation($m: ID!, $a: ID!) { createInformationMeetingAttendance(input: { meetingId: $m, agentId: $a }) { id } }`;
    const early = await app.gql(attend, { m: meeting.id, a: agents.X.id });
    expect(early.errors![0].extensions).toMatchObject({ subCode: 'INFORMATION_MEETING_NOT_CORRESPONDENT', field: 'agentId' });
    const later = must(
      await app.gql(
        `mutation($d: ID) { createInformationMeeting(input: { departmentId: $d, date: "2025-11-20", title: "Réunion d’automne" }) { id } }`,
        { d: dep22 },
      ),
    ).createInformationMeeting;
    onTestFinished(() => removeMeetings([meeting.id, later.id]));
    expect((await app.gql(attend, { m: later.id, a: agents.X.id })).errors).toBeUndefined();
  });
});
