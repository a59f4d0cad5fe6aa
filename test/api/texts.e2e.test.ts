import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Commission } from '../../api/src/commissions/commission.entity';
import { CommissionSession } from '../../api/src/commissions/commission-session.entity';
import { CommissionKind } from '../../api/src/commissions/enums';
import { MeetingWindow } from '../../api/src/correspondents/enums';
import { Regime } from '../../api/src/correspondents/appointments/regime.entity';
import { DesignatingAuthority, MobilityPlanKind, ServiceKind } from '../../api/src/referential/enums';
import { Service } from '../../api/src/referential/service.entity';
import { initTestApp, type TestApp } from '../support/app';
import { department, interior, serviceWithAgents } from '../support/fixtures';
import {
  adoptedMap,
  agentIn,
  appoint,
  clasOf,
  fileCandidacy,
  firstError,
  MAP,
  must,
  openCall,
  throughOpinions,
} from '../support/lifecycle';

/* The rules of issue 14, each at the HTTP level against PostgreSQL, on both sides of its boundary date. */

let app: TestApp;
beforeAll(async () => (app = await initTestApp()));
afterAll(() => app.close());

const warnings = (r: unknown) => (r as { extensions?: { warnings?: { code: string }[] } }).extensions?.warnings?.map((w) => w.code) ?? [];

describe('the mobility criterion belongs to the appointment [000]', () => {
  let service: Service;
  let callId: string;
  let sessions: string[];

  beforeAll(async () => {
    const em = app.em();
    service = await serviceWithAgents(em, '22', 0);
    sessions = (await clasOf(em, '22', ['2025-03-01', '2026-02-05', '2026-03-10'])).sessions;
    const map = await adoptedMap(app, (await department(em, '22')).id, [{ id: service.id, required: 5 }], sessions[0], '2025-04-01');
    callId = (await openCall(app, map.id, '2025-06-01', '2026-06-30')).id;
  });

  const mobileCandidate = async (planned: string, filedOn: string, session: string) => {
    const agent = await agentIn(app.em(), service, { mobilityPlanDate: planned, mobilityPlanKind: MobilityPlanKind.SECONDMENT });
    const filed = await fileCandidacy(app, { callId, agentId: agent.id, serviceId: service.id, filedOn });
    const candidacy = must(filed).createCandidacy;
    return { filed, candidacy, version: await throughOpinions(app, candidacy, filedOn, session) };
  };

  it('filed under 2007 and appointed under 2026: the plan declared at filing must be acknowledged; appointed under 2007: no criterion', async () => {
    const late = await mobileCandidate('2026-09-01', '2026-01-15', sessions[1]);
    // At filing (2007) the warning is given already: the appointment may fall under 2026.
    expect(warnings(late.filed)).toEqual(['ELIGIBILITY_MOBILITY_PLAN']);
    expect(late.candidacy).toMatchObject({ regime: { code: '2007' }, mobilityPlanDateAtFiling: '2026-09-01' });
    const silent = await appoint(app, late.candidacy.id, late.version, { arreteDate: '2026-02-12' });
    expect(firstError(silent)?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      subCode: 'ELIGIBILITY_MOBILITY_PLAN_NOT_ACKNOWLEDGED',
      field: 'mobilityAcknowledgedReason',
    });
    expect(firstError(silent)?.message).toContain('critère de la nomination sous le régime 2026');
    const acknowledged = must(
      await appoint(app, late.candidacy.id, late.version, { arreteDate: '2026-02-12', mobilityAcknowledgedReason: 'Détachement ajourné.' }),
    ).appointCandidate;
    expect(acknowledged.regime.code).toBe('2026');

    const early = await mobileCandidate('2026-09-01', '2026-01-16', sessions[1]);
    const before = must(await appoint(app, early.candidacy.id, early.version, { arreteDate: '2026-02-11' })).appointCandidate;
    expect(before.regime.code).toBe('2007');
  });

  it('« court terme » is the regime’s horizon (12 months by default, configurable) from the filing date', async () => {
    const within = await mobileCandidate('2027-03-01', '2026-03-01', sessions[2]);
    expect(warnings(within.filed)).toEqual(['ELIGIBILITY_MOBILITY_PLAN']);
    const beyond = await mobileCandidate('2027-03-02', '2026-03-01', sessions[2]);
    expect(warnings(beyond.filed)).toEqual([]);
    must(await appoint(app, beyond.candidacy.id, beyond.version, { arreteDate: '2026-03-20' }));

    const em = app.em();
    const r2026 = await em.findOneOrFail(Regime, { code: '2026' });
    expect(r2026.mobilityHorizonMonths).toBe(12);
    const update = `mutation($id: ID!, $v: Int!, $h: Int) { updateRegime(id: $id, version: $v, input: { mobilityHorizonMonths: $h }) { version mobilityHorizonMonths } }`;
    expect(firstError(await app.gql(update, { id: r2026.id, v: r2026.version, h: 0 }))?.extensions).toMatchObject({
      subCode: 'REGIME_MOBILITY_HORIZON',
      field: 'mobilityHorizonMonths',
    });
    const widened = must(await app.gql(update, { id: r2026.id, v: r2026.version, h: 24 })).updateRegime;
    try {
      const now = await mobileCandidate('2027-03-02', '2026-03-01', sessions[2]);
      expect(warnings(now.filed)).toEqual(['ELIGIBILITY_MOBILITY_PLAN']);
      expect(firstError(await appoint(app, now.candidacy.id, now.version, { arreteDate: '2026-03-20' }))?.extensions?.subCode).toBe(
        'ELIGIBILITY_MOBILITY_PLAN_NOT_ACKNOWLEDGED',
      );
    } finally {
      must(await app.gql(update, { id: r2026.id, v: widened.version, h: 12 }));
    }
  });
});

/** A central perimeter's map adopted on 2026-03-03, after its central CLAS's opinion [001 art. 3]. */
async function centralMap(authority: DesignatingAuthority) {
  const em = app.em();
  const ministry = await interior(em);
  const tag = `${authority}-${Math.random().toString(36).slice(2, 8)}`;
  const central = em.create(Service, {
    code: `AC-${tag}`,
    name: `Direction centrale ${tag}`,
    kind: ServiceKind.ADMINISTRATION_CENTRALE,
    designatingAuthority: authority,
    ministry,
    validFrom: '2020-01-01',
  });
  const clas = em.create(Commission, {
    code: `CLAS-${tag}`,
    name: `CLAS centrale ${tag}`,
    kind: CommissionKind.CLAS,
    authority,
    validFrom: '2000-01-01',
  });
  const session = em.create(CommissionSession, { commission: clas, date: '2026-03-02', agenda: 'Carte' });
  await em.flush();
  let map = must(
    await app.gql(`mutation($i: ImplantationMapInput!) { createImplantationMap(input: $i) { ${MAP} } }`, {
      i: { title: `Carte ${tag}`, authority },
    }),
  ).createImplantationMap;
  must(
    await app.gql(`mutation($i: ImplantationMapEntryInput!) { createImplantationMapEntry(input: $i) { id } }`, {
      i: { mapId: map.id, serviceId: central.id, requiredCount: 1 },
    }),
  );
  map = must(
    await app.gql(
      `mutation($id: ID!, $s: ID!) { submitImplantationMap(id: $id, version: 1, sessionId: $s, on: "2026-03-01") { ${MAP} } }`,
      { id: map.id, s: session.id },
    ),
  ).submitImplantationMap;
  must(
    await app.gql(`mutation($i: RecordOpinionInput!) { recordOpinion(input: $i) { id } }`, {
      i: { sessionId: session.id, value: 'FAVORABLE', implantationMapId: map.id, version: map.version },
    }),
  );
  must(
    await app.gql(
      `mutation($id: ID!, $v: Int!) { adoptImplantationMap(id: $id, version: $v, input: { arreteNumber: "AC-2026-1", arreteDate: "2026-03-03", arreteSignatory: "Le directeur" }) { id } }`,
      { id: map.id, v: map.version + 1 },
    ),
  );
  return { map, central, clas };
}

describe('the appointing arrêté is taken by the map’s authority [001 art. 3–4]', () => {
  it('refuses « le préfet de la Gironde » for a central police service, and records the DRHFSPN’s arrêté signed by delegation', async () => {
    const em = app.em();
    const { map, central, clas } = await centralMap(DesignatingAuthority.POLICE);
    const call = await openCall(app, map.id, '2026-03-04', '2026-04-30');
    const agent = await agentIn(em, central);
    const candidacy = must(
      await fileCandidacy(app, { callId: call.id, agentId: agent.id, serviceId: central.id, filedOn: '2026-03-05' }),
    ).createCandidacy;
    const session2 = em.create(CommissionSession, {
      commission: em.getReference(Commission, clas.id),
      date: '2026-03-20',
      agenda: 'Candidatures',
    });
    await em.flush();
    const version = await throughOpinions(app, candidacy, '2026-03-06', session2.id);
    const gironde = (await department(em, '33')).id;

    const prefect = await appoint(app, candidacy.id, version, {
      arreteDate: '2026-04-01',
      arreteAuthority: 'PREFECT',
      arreteAuthorityDepartmentId: gironde,
      arreteSignatory: 'Le préfet de la Gironde',
    });
    expect(firstError(prefect)?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      subCode: 'APPOINTMENT_AUTHORITY_NOT_MAP',
      field: 'arreteAuthority',
    });
    expect(firstError(prefect)?.message).toContain(
      'le directeur des ressources humaines, des finances et des soutiens de la police nationale',
    );
    const none = await appoint(app, candidacy.id, version, { arreteDate: '2026-04-01', arreteAuthority: null });
    expect(firstError(none)?.extensions).toMatchObject({ subCode: 'REQUIRED', field: 'arreteAuthority' });
    const untitled = await appoint(app, candidacy.id, version, {
      arreteDate: '2026-04-01',
      arreteAuthority: 'POLICE',
      arreteSignatory: 'Paul Durand',
      arreteSignatoryCapacity: 'DELEGATION',
    });
    expect(firstError(untitled)?.extensions).toMatchObject({
      subCode: 'APPOINTMENT_SIGNATORY_TITLE_REQUIRED',
      field: 'arreteSignatoryTitle',
    });

    const appointed = must(
      await appoint(app, candidacy.id, version, {
        arreteDate: '2026-04-01',
        arreteAuthority: 'POLICE',
        arreteSignatory: 'Paul Durand',
        arreteSignatoryCapacity: 'DELEGATION',
        arreteSignatoryTitle: 'le sous-directeur de l’action sociale',
      }),
    ).appointCandidate;
    const stored = must(
      await app.gql(
        `query($id: ID!) { appointment(id: $id) { arreteKind arreteAuthority arreteAuthorityDepartment { code } arreteSignatory arreteSignatoryCapacity arreteSignatoryTitle noticeHtml } }`,
        { id: appointed.id },
      ),
    ).appointment;
    expect(stored).toMatchObject({
      arreteKind: 'MINISTERIAL',
      arreteAuthority: 'POLICE',
      arreteAuthorityDepartment: null,
      arreteSignatory: 'Paul Durand',
      arreteSignatoryCapacity: 'DELEGATION',
      arreteSignatoryTitle: 'le sous-directeur de l’action sociale',
    });
    expect(stored.noticeHtml).toContain(
      'Pour le directeur des ressources humaines, des finances et des soutiens de la police nationale et par délégation, le sous-directeur de l’action sociale, Paul Durand',
    );
  });

  it('for a departmental map, the prefect of the map’s department only', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '35', 0);
    const { sessions } = await clasOf(em, '35', ['2026-03-01', '2026-03-20']);
    const map = await adoptedMap(app, (await department(em, '35')).id, [{ id: service.id }], sessions[0], '2026-03-05');
    const call = await openCall(app, map.id, '2026-03-06', '2026-04-30');
    const agent = await agentIn(em, service);
    const candidacy = must(
      await fileCandidacy(app, { callId: call.id, agentId: agent.id, serviceId: service.id, filedOn: '2026-03-07' }),
    ).createCandidacy;
    const version = await throughOpinions(app, candidacy, '2026-03-08', sessions[1]);
    const other = await appoint(app, candidacy.id, version, {
      arreteDate: '2026-04-01',
      arreteAuthorityDepartmentId: (await department(em, '33')).id,
    });
    expect(firstError(other)?.extensions).toMatchObject({ subCode: 'APPOINTMENT_AUTHORITY_NOT_MAP', field: 'arreteAuthorityDepartmentId' });
    const central = await appoint(app, candidacy.id, version, {
      arreteDate: '2026-04-01',
      arreteAuthority: 'SECRETARY_GENERAL',
      arreteAuthorityDepartmentId: null,
    });
    expect(firstError(central)?.extensions?.subCode).toBe('APPOINTMENT_AUTHORITY_NOT_MAP');
    const ok = must(await appoint(app, candidacy.id, version, { arreteDate: '2026-04-01' })).appointCandidate;
    expect(ok).toMatchObject({ arreteKind: 'PREFECTORAL', status: 'PENDING_LETTER' });
  });
});

describe('a session is found by the date it is named by', () => {
  it('« Séance du 20/03/2026 », « 20/03/2026 » or the ISO date find it; another date does not', async () => {
    const {
      sessions: [id],
    } = await clasOf(app.em(), '29', ['2026-03-20']);
    const find = async (q: string) =>
      must(
        await app.gql(`query($q: String) { commissionSessions(filter: { q: $q }, limit: 500) { items { id } } }`, { q }),
      ).commissionSessions.items.map((s: { id: string }) => s.id);
    for (const q of ['Séance du 20/03/2026', '20/03/2026', '2026-03-20']) expect(await find(q)).toContain(id);
    expect(await find('21/03/2026')).not.toContain(id);
  });
});

describe('the yearly information meeting is checked for central administration too, over a configurable window [001 §2.5]', () => {
  const ALERTS = `query($d: Date, $w: MeetingWindow) { perimetersWithoutInformationMeeting(asOf: $d, window: $w) { department { code } authority lastMeeting window from to } }`;
  const gendarmerie = async (d: string, w?: string) =>
    must(await app.gql(ALERTS, { d, w })).perimetersWithoutInformationMeeting.filter(
      (a: { authority: string | null }) => a.authority === 'GENDARMERIE',
    );

  it('flags a central perimeter with no meeting, on both sides of the window’s first day; a meeting of another central perimeter does not count', async () => {
    await centralMap(DesignatingAuthority.GENDARMERIE);
    expect(await gendarmerie('2026-06-30')).toEqual([
      { department: null, authority: 'GENDARMERIE', lastMeeting: null, window: 'LAST_12_MONTHS', from: '2025-07-01', to: '2026-06-30' },
    ]);
    const meeting = `mutation($a: DesignatingAuthority, $d: Date) { createInformationMeeting(input: { authority: $a, date: $d, title: "Réunion des correspondants" }) { id } }`;
    must(await app.gql(meeting, { a: 'POLICE', d: '2026-04-15' }));
    expect(await gendarmerie('2026-06-30')).toHaveLength(1);
    must(await app.gql(meeting, { a: 'GENDARMERIE', d: '2026-04-15' }));
    // Last 12 months: the meeting counts up to the day before its anniversary.
    expect(await gendarmerie('2027-04-14')).toEqual([]);
    expect(await gendarmerie('2027-04-15')).toEqual([
      expect.objectContaining({ lastMeeting: '2026-04-15', from: '2026-04-16', to: '2027-04-15' }),
    ]);
    // Previous calendar year: no flag in January for a meeting held the year before; flagged the year after.
    expect(await gendarmerie('2027-01-05', 'PREVIOUS_CALENDAR_YEAR')).toEqual([]);
    expect(await gendarmerie('2028-01-05', 'PREVIOUS_CALENDAR_YEAR')).toEqual([
      expect.objectContaining({ from: '2027-01-01', to: '2027-12-31', window: 'PREVIOUS_CALENDAR_YEAR' }),
    ]);
    const refused = await app.gql(
      `mutation($d: ID) { createInformationMeeting(input: { departmentId: $d, authority: POLICE, date: "2026-05-01", title: "x" }) { id } }`,
      { d: (await department(app.em(), '35')).id },
    );
    expect(firstError(refused)?.extensions).toMatchObject({ subCode: 'INFORMATION_MEETING_PERIMETER', field: 'authority' });
  });

  it('the default window is the setting INFORMATION_MEETING_WINDOW', async () => {
    const other = await initTestApp({ config: { informationMeetingWindow: MeetingWindow.PREVIOUS_CALENDAR_YEAR } });
    try {
      const r = await other.gql(`{ perimetersWithoutInformationMeeting(asOf: "2026-06-30") { window from to } }`);
      expect(r.errors).toBeUndefined();
      for (const alert of r.data!.perimetersWithoutInformationMeeting)
        expect(alert).toEqual({ window: 'PREVIOUS_CALENDAR_YEAR', from: '2025-01-01', to: '2025-12-31' });
    } finally {
      await other.close();
    }
  });
});
