import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../api/src/commissions/enums';
import { Candidacy } from '../../api/src/correspondents/candidacies/candidacy.entity';
import { ImplantationMap } from '../../api/src/correspondents/maps/implantation-map.entity';
import { AgentStatus, MobilityPlanKind } from '../../api/src/referential/enums';
import { Ministry } from '../../api/src/referential/ministry.entity';
import type { Service } from '../../api/src/referential/service.entity';
import { initTestApp, type TestApp } from '../support/app';
import { department, serviceWithAgents } from '../support/fixtures';
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
  seat,
  throughOpinions,
} from '../support/lifecycle';

let app: TestApp;
beforeAll(async () => (app = await initTestApp()));
afterAll(() => app.close());

const mapById = (id: string) =>
  app.gql(
    `query($id: ID!) { implantationMap(id: $id) { ${MAP} entries { service { id } requiredCount } statusHistory { fromStatus toStatus action effectiveOn reason } } }`,
    { id },
  );

describe('implantation map: DRAFT → SUBMITTED → OPINION_GIVEN → ADOPTED → SUPERSEDED', () => {
  it('walks every step with its rules, dated and audited, and refuses every illegal transition', async () => {
    const em = app.em();
    const [prefecture, subPrefecture] = [await serviceWithAgents(em, '35', 1), await serviceWithAgents(em, '35', 1)];
    const elsewhere = await serviceWithAgents(em, '29', 1);
    const rennes = (await department(em, '35')).id;
    const {
      sessions: [s1, s2],
    } = await clasOf(em, '35', ['2024-03-01', '2025-03-01']);
    const {
      sessions: [other],
    } = await clasOf(em, '29', ['2024-03-01']);

    let map = must(
      await app.gql(`mutation($i: ImplantationMapInput!) { createImplantationMap(input: $i) { ${MAP} } }`, {
        i: { title: 'Carte 35', departmentId: rennes, authority: 'PREFECT' },
      }),
    ).createImplantationMap;
    expect(map).toMatchObject({ status: 'DRAFT', revision: 1, allowedTransitions: ['SUBMIT'] });

    // The status is not an input field: only the workflow mutations change it.
    const forged = await app.gql(`mutation($id: ID!) { updateImplantationMap(id: $id, version: 1, input: { status: ADOPTED }) { id } }`, {
      id: map.id,
    });
    expect(forged.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const adoptDraft = await app.gql(
      `mutation($id: ID!) { adoptImplantationMap(id: $id, version: 1, input: { arreteNumber: "1", arreteDate: "2024-04-01", arreteSignatory: "Préfet" }) { id } }`,
      { id: map.id },
    );
    expect(firstError(adoptDraft)?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      subCode: 'IMPLANTATION_MAP_ILLEGAL_TRANSITION',
      field: 'status',
    });
    expect(firstError(adoptDraft)?.message).toBe(
      'Impossible d’adopter par arrêté : la carte d’implantation est au statut « Brouillon » ; le passage au statut « Adoptée » n’est possible que depuis « Avis rendu ».',
    );

    const empty = await app.gql(
      `mutation($id: ID!, $s: ID!) { submitImplantationMap(id: $id, version: 1, sessionId: $s, on: "2024-02-01") { id } }`,
      { id: map.id, s: s1 },
    );
    expect(firstError(empty)?.extensions?.subCode).toBe('IMPLANTATION_MAP_EMPTY');

    const entry = `mutation($i: ImplantationMapEntryInput!) { createImplantationMapEntry(input: $i) { id } }`;
    const zero = await app.gql(entry, { i: { mapId: map.id, serviceId: prefecture.id, requiredCount: 0 } });
    expect(firstError(zero)?.extensions).toMatchObject({ subCode: 'IMPLANTATION_MAP_ENTRY_REQUIRED_COUNT', field: 'requiredCount' });
    const outside = await app.gql(entry, { i: { mapId: map.id, serviceId: elsewhere.id, requiredCount: 1 } });
    expect(firstError(outside)?.extensions).toMatchObject({ subCode: 'IMPLANTATION_MAP_SERVICE_OUTSIDE_PERIMETER', field: 'serviceId' });
    must(await app.gql(entry, { i: { mapId: map.id, serviceId: prefecture.id, requiredCount: 2 } }));

    const wrongCommission = await app.gql(
      `mutation($id: ID!, $s: ID!) { submitImplantationMap(id: $id, version: 1, sessionId: $s, on: "2024-02-01") { id } }`,
      { id: map.id, s: other },
    );
    expect(firstError(wrongCommission)?.extensions).toMatchObject({ subCode: 'COMMISSION_NOT_COMPETENT', field: 'sessionId' });

    map = must(
      await app.gql(
        `mutation($id: ID!, $s: ID!) { submitImplantationMap(id: $id, version: 1, sessionId: $s, on: "2024-02-01") { ${MAP} } }`,
        { id: map.id, s: s1 },
      ),
    ).submitImplantationMap;
    expect(map).toMatchObject({ status: 'SUBMITTED', allowedTransitions: ['RECORD_OPINION'] });
    const frozen = await app.gql(entry, { i: { mapId: map.id, serviceId: subPrefecture.id, requiredCount: 1 } });
    expect(firstError(frozen)?.extensions?.subCode).toBe('IMPLANTATION_MAP_NOT_EDITABLE');

    const opinion = `mutation($i: RecordOpinionInput!) { recordOpinion(input: $i) { id value reasons session { id } } }`;
    const unreasoned = await app.gql(opinion, {
      i: { sessionId: s1, value: 'UNFAVORABLE', implantationMapId: map.id, version: map.version },
    });
    expect(firstError(unreasoned)?.extensions).toMatchObject({ subCode: 'OPINION_REASONS_REQUIRED', field: 'reasons' });
    const wrongSession = await app.gql(opinion, {
      i: { sessionId: s2, value: 'FAVORABLE', implantationMapId: map.id, version: map.version },
    });
    expect(firstError(wrongSession)?.extensions?.subCode).toBe('OPINION_WRONG_SESSION');
    must(
      await app.gql(opinion, {
        i: {
          sessionId: s1,
          value: 'UNFAVORABLE',
          reasons: 'Les sous-préfectures manquent.',
          implantationMapId: map.id,
          version: map.version,
        },
      }),
    );

    const adopt = `mutation($id: ID!, $v: Int!, $i: AdoptImplantationMapInput!) { adoptImplantationMap(id: $id, version: $v, input: $i) { ${MAP} decisionReason } }`;
    const arrete = { arreteNumber: '2024-35-001', arreteDate: '2024-04-01', arreteSignatory: 'La préfète d’Ille-et-Vilaine' };
    const departing = await app.gql(adopt, { id: map.id, v: 3, i: arrete });
    expect(firstError(departing)?.extensions).toMatchObject({ subCode: 'DECISION_REASON_REQUIRED', field: 'decisionReason' });
    expect(firstError(departing)?.message).toContain('avis défavorable');
    const beforeOpinion = await app.gql(adopt, {
      id: map.id,
      v: 3,
      i: { ...arrete, arreteDate: '2024-02-15', decisionReason: 'Urgence.' },
    });
    expect(firstError(beforeOpinion)?.extensions).toMatchObject({ subCode: 'DATE_ORDER', field: 'arreteDate' });
    map = must(
      await app.gql(adopt, { id: map.id, v: 3, i: { ...arrete, decisionReason: 'Les sous-préfectures auront leur révision.' } }),
    ).adoptImplantationMap;
    expect(map).toMatchObject({ status: 'ADOPTED', inForceFrom: '2024-04-01', inForceTo: null, allowedTransitions: ['REVISE'] });

    // A revision: a new DRAFT with the same services, the adopted map staying in force until the revision is adopted.
    const revise = `mutation($id: ID!, $v: Int!) { reviseImplantationMap(id: $id, version: $v) { ${MAP} previous { id } entries { requiredCount } } }`;
    const revision = must(await app.gql(revise, { id: map.id, v: map.version })).reviseImplantationMap;
    expect(revision).toMatchObject({ status: 'DRAFT', revision: 2, previous: { id: map.id }, entries: [{ requiredCount: 2 }] });
    expect(firstError(await app.gql(revise, { id: map.id, v: map.version }))?.extensions?.subCode).toBe('IMPLANTATION_MAP_REVISION_OPEN');
    must(await app.gql(entry, { i: { mapId: revision.id, serviceId: subPrefecture.id, requiredCount: 1 } }));
    await app.gql(`mutation($id: ID!, $s: ID!) { submitImplantationMap(id: $id, version: 1, sessionId: $s, on: "2025-02-01") { id } }`, {
      id: revision.id,
      s: s2,
    });
    must(await app.gql(opinion, { i: { sessionId: s2, value: 'FAVORABLE', implantationMapId: revision.id, version: 2 } }));
    must(await app.gql(adopt, { id: revision.id, v: 3, i: { ...arrete, arreteNumber: '2025-35-001', arreteDate: '2025-04-01' } }));

    const old = must(await mapById(map.id)).implantationMap;
    expect(old).toMatchObject({ status: 'SUPERSEDED', inForceFrom: '2024-04-01', inForceTo: '2025-03-31', allowedTransitions: [] });
    expect(old.statusHistory.map((c: { toStatus: string; effectiveOn: string }) => [c.toStatus, c.effectiveOn])).toEqual([
      ['DRAFT', expect.any(String)],
      ['SUBMITTED', '2024-02-01'],
      ['OPINION_GIVEN', '2024-03-01'],
      ['ADOPTED', '2024-04-01'],
      ['SUPERSEDED', '2025-04-01'],
    ]);
    expect(old.statusHistory[3].reason).toBe('Les sous-préfectures auront leur révision.');

    const inForce = `query($d: Date!) { implantationMaps(filter: { inForceOn: $d, departmentId: "${rennes}" }) { items { revision } } }`;
    expect(must(await app.gql(inForce, { d: '2025-03-31' })).implantationMaps.items).toEqual([{ revision: 1 }]);
    expect(must(await app.gql(inForce, { d: '2025-04-01' })).implantationMaps.items).toEqual([{ revision: 2 }]);
    expect(must(await app.gql(inForce, { d: '2024-03-31' })).implantationMaps.items).toEqual([]);

    const audit = must(
      await app.gql(`query($id: ID!) { auditEntries(entityName: "ImplantationMap", entityId: $id) { items { action after } } }`, {
        id: map.id,
      }),
    ).auditEntries.items;
    expect(audit.some((e: { after: Record<string, unknown> | null }) => e.after?.status === 'SUPERSEDED')).toBe(true);
    expect(
      audit.some(
        (e: { after: Record<string, unknown> | null }) => e.after?.status === 'ADOPTED' && e.after?.arreteNumber === '2024-35-001',
      ),
    ).toBe(true);
  });
});

describe('candidacy: eligibility per regime, checked at filing and again at appointment', () => {
  let service: Service;
  let callId: string;
  let sessions: string[];

  beforeAll(async () => {
    const em = app.em();
    service = await serviceWithAgents(em, '44', 0);
    const clas = await clasOf(em, '44', ['2025-03-01', '2026-02-05', '2026-02-20', '2026-03-10']);
    sessions = clas.sessions;
    const map = await adoptedMap(app, (await department(em, '44')).id, [{ id: service.id, required: 3 }], sessions[0], '2025-04-01');
    callId = (await openCall(app, map.id, '2025-06-01', '2026-06-30')).id;
  });

  const file = (agentId: string, filedOn: string) => fileCandidacy(app, { callId, agentId, serviceId: service.id, filedOn });

  it('2007 regime (until 2026-02-11): a contractual or trainee agent is refused; from 2026-02-12 accepted and appointed', async () => {
    const em = app.em();
    const contractual = await agentIn(em, service, { status: AgentStatus.CONTRACTUEL });
    const refused = await file(contractual.id, '2026-02-11');
    expect(firstError(refused)?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      subCode: 'ELIGIBILITY_TITULAR_ONLY',
      field: 'agentId',
    });
    expect(firstError(refused)?.message).toContain('Régime 2007');
    expect(firstError(refused)?.message).toContain('agent contractuel');
    expect(await app.em().count(Candidacy, { agent: contractual.id })).toBe(0);

    const trainee = await agentIn(em, service, { status: AgentStatus.STAGIAIRE });
    expect(firstError(await file(trainee.id, '2025-09-01'))?.message).toContain('fonctionnaire stagiaire');

    const filed = must(await file(contractual.id, '2026-02-12')).createCandidacy;
    expect(filed).toMatchObject({
      status: 'FILED',
      regime: { code: '2026' },
      statusAtFiling: 'CONTRACTUEL',
      allowedTransitions: ['GIVE_HEAD_OPINION', 'WITHDRAW'],
    });
    const version = await throughOpinions(app, filed, '2026-02-13', sessions[2]);
    const appointed = must(await appoint(app, filed.id, version, { arreteDate: '2026-03-01' })).appointCandidate;
    expect(appointed).toMatchObject({
      status: 'PENDING_LETTER',
      regime: { code: '2026' },
      arreteKind: 'PREFECTORAL',
      startDate: '2026-03-01',
      services: [{ id: service.id }],
    });
  });

  it('the status condition follows the regime on the arrêté’s date: 2026-02-11 refused, 2026-02-12 accepted', async () => {
    const em = app.em();
    const agent = await agentIn(em, service);
    const filed = must(await file(agent.id, '2026-02-01')).createCandidacy;
    expect(filed.regime.code).toBe('2007');
    const version = await throughOpinions(app, filed, '2026-02-02', sessions[1]);
    agent.status = AgentStatus.CONTRACTUEL; // e.g. a status corrected after filing
    await em.flush();

    const before = await appoint(app, filed.id, version, { arreteDate: '2026-02-11' });
    expect(firstError(before)?.extensions).toMatchObject({ subCode: 'ELIGIBILITY_TITULAR_ONLY', field: 'agentId' });
    expect(firstError(before)?.message).toContain('à la date de l’arrêté de nomination (11/02/2026)');
    expect((await app.em().findOneOrFail(Candidacy, filed.id)).status).toBe('COMMISSION_OPINION_GIVEN');

    const after = must(await appoint(app, filed.id, version, { arreteDate: '2026-02-12' })).appointCandidate;
    expect(after.regime.code).toBe('2026');
    const candidacy = must(
      await app.gql(`query($id: ID!) { candidacy(id: $id) { status regime { code } closedOn appointment { id } } }`, { id: filed.id }),
    ).candidacy;
    expect(candidacy).toEqual({ status: 'APPOINTED', regime: { code: '2007' }, closedOn: '2026-02-12', appointment: { id: after.id } });
  });

  it('2026: a titular or substitute CLAS member is refused, at filing and at appointment; not under 2007', async () => {
    const em = app.em();
    const { commission } = await clasOf(em, '44', []);
    const member = await agentIn(em, service);
    await seat(em, commission, member, MemberRole.SUPPLEANT, '2025-01-01');
    const refused = await file(member.id, '2026-03-01');
    expect(firstError(refused)?.extensions).toMatchObject({ subCode: 'ELIGIBILITY_CLAS_MEMBER', field: 'agentId' });
    expect(firstError(refused)?.message).toContain('membre suppléant');

    const filed = must(await file(member.id, '2026-01-15')).createCandidacy;
    const version = await throughOpinions(app, filed, '2026-01-20', sessions[1]);
    expect(firstError(await appoint(app, filed.id, version, { arreteDate: '2026-02-20' }))?.extensions?.subCode).toBe(
      'ELIGIBILITY_CLAS_MEMBER',
    );

    const exOfficio = await agentIn(em, service);
    await seat(em, commission, exOfficio, MemberRole.EX_OFFICIO, '2025-01-01');
    expect((await file(exOfficio.id, '2026-03-01')).errors).toBeUndefined();
  });

  it('2026: a mobility plan declared at filing is a warning the appointment must acknowledge with a reason', async () => {
    const em = app.em();
    const mobile = await agentIn(em, service, { mobilityPlanDate: '2026-09-01', mobilityPlanKind: MobilityPlanKind.TRANSFER });
    const filed = await file(mobile.id, '2026-03-01');
    expect(filed.errors).toBeUndefined();
    expect((filed as { extensions?: { warnings?: unknown[] } }).extensions?.warnings).toEqual([
      expect.objectContaining({ code: 'ELIGIBILITY_MOBILITY_PLAN', severity: 'WARNING', field: 'agentId' }),
    ]);
    const candidacy = filed.data!.createCandidacy;
    expect(candidacy.mobilityPlanDateAtFiling).toBe('2026-09-01');

    const version = await throughOpinions(app, candidacy, '2026-03-02', sessions[3]);
    const silent = await appoint(app, candidacy.id, version, { arreteDate: '2026-03-15' });
    expect(firstError(silent)?.extensions).toMatchObject({
      subCode: 'ELIGIBILITY_MOBILITY_PLAN_NOT_ACKNOWLEDGED',
      field: 'mobilityAcknowledgedReason',
    });
    const acknowledged = await appoint(app, candidacy.id, version, {
      arreteDate: '2026-03-15',
      mobilityAcknowledgedReason: 'Seul candidat ; mutation reportée à 2027.',
    });
    expect(acknowledged.errors).toBeUndefined();
    const stored = must(
      await app.gql(`query($id: ID!) { appointment(id: $id) { mobilityAcknowledgedReason } }`, {
        id: acknowledged.data!.appointCandidate.id,
      }),
    ).appointment;
    expect(stored.mobilityAcknowledgedReason).toBe('Seul candidat ; mutation reportée à 2027.');
  });

  it('names every failed condition: not in a service of the map, another ministry', async () => {
    const em = app.em();
    const offMap = await serviceWithAgents(em, '44', 0);
    const stranger = await agentIn(em, offMap, { employingMinistry: await em.findOneOrFail(Ministry, { code: 'AGRICULTURE' }) });
    const refused = await file(stranger.id, '2026-03-01');
    expect(refused.errors![0].extensions!.violations.map((v: { code: string }) => v.code).sort()).toEqual([
      'ELIGIBILITY_NOT_INTERIOR_AGENT',
      'ELIGIBILITY_SERVICE_NOT_ON_MAP',
    ]);
  });
});

describe('candidacy transitions', () => {
  it('refuses every illegal transition and requires a reason to depart from the commission’s opinion', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '49', 0);
    const { sessions } = await clasOf(em, '49', ['2025-03-01', '2026-04-01']);
    const map = await adoptedMap(app, (await department(em, '49')).id, [{ id: service.id }], sessions[0], '2025-04-01');
    const call = await openCall(app, map.id, '2026-03-01', '2026-03-31');
    const file = async (filedOn = '2026-03-10') =>
      must(await fileCandidacy(app, { callId: call.id, agentId: (await agentIn(em, service)).id, serviceId: service.id, filedOn }))
        .createCandidacy;

    const late = await fileCandidacy(app, {
      callId: call.id,
      agentId: (await agentIn(em, service)).id,
      serviceId: service.id,
      filedOn: '2026-04-01',
    });
    expect(firstError(late)?.extensions).toMatchObject({ subCode: 'CANDIDACY_OUTSIDE_CALL', field: 'filedOn' });

    const a = await file();
    const early = await appoint(app, a.id, a.version, { arreteDate: '2026-04-10' });
    expect(firstError(early)?.extensions?.subCode).toBe('CANDIDACY_ILLEGAL_TRANSITION');
    expect(firstError(early)?.message).toContain('« Déposée »');
    const unreasoned = await app.gql(
      `mutation($id: ID!) { giveHeadOpinion(id: $id, version: 1, input: { value: FAVORABLE, reasons: " ", on: "2026-03-11" }) { id } }`,
      { id: a.id },
    );
    expect(firstError(unreasoned)?.extensions).toMatchObject({ subCode: 'REQUIRED', field: 'reasons' });

    const unfavourable = await throughOpinions(app, a, '2026-03-11', sessions[1], 'UNFAVORABLE');
    const against = await appoint(app, a.id, unfavourable, { arreteDate: '2026-04-10' });
    expect(firstError(against)?.extensions).toMatchObject({ subCode: 'DECISION_REASON_REQUIRED', field: 'decisionReason' });
    const appointed = await appoint(app, a.id, unfavourable, {
      arreteDate: '2026-04-10',
      decisionReason: 'Aucun autre candidat pour ce site.',
    });
    expect(appointed.errors).toBeUndefined();
    const withdraw = `mutation($id: ID!, $v: Int!) { withdrawCandidacy(id: $id, version: $v, input: { on: "2026-04-11" }) { status } }`;
    expect(firstError(await app.gql(withdraw, { id: a.id, v: unfavourable + 1 }))?.extensions?.subCode).toBe(
      'CANDIDACY_ILLEGAL_TRANSITION',
    );

    const b = await file();
    const favourable = await throughOpinions(app, b, '2026-03-11', sessions[1]);
    const notSelect = `mutation($id: ID!, $v: Int!, $r: String) { notSelectCandidacy(id: $id, version: $v, input: { on: "2026-04-10", reason: $r }) { status outcomeReason } }`;
    expect(firstError(await app.gql(notSelect, { id: b.id, v: favourable }))?.extensions?.subCode).toBe('DECISION_REASON_REQUIRED');
    expect(must(await app.gql(notSelect, { id: b.id, v: favourable, r: 'Un seul correspondant requis.' })).notSelectCandidacy).toEqual({
      status: 'NOT_SELECTED',
      outcomeReason: 'Un seul correspondant requis.',
    });
    expect(firstError(await app.gql(notSelect, { id: b.id, v: favourable + 1, r: 'x' }))?.extensions?.subCode).toBe(
      'CANDIDACY_ILLEGAL_TRANSITION',
    );

    const c = await file();
    expect(must(await app.gql(withdraw, { id: c.id, v: c.version })).withdrawCandidacy.status).toBe('WITHDRAWN');
    const stale = await app.gql(
      `mutation($id: ID!) { giveHeadOpinion(id: $id, version: 1, input: { value: FAVORABLE, reasons: "ok", on: "2026-03-11" }) { id } }`,
      { id: c.id },
    );
    expect(firstError(stale)?.extensions).toMatchObject({ code: 'CONFLICT', subCode: 'STALE_VERSION' });
    expect((await app.em().findOneOrFail(ImplantationMap, map.id)).status).toBe('ADOPTED');
  });
});
