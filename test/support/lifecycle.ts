import type { EntityManager } from '@mikro-orm/postgresql';
import { CommissionMember } from '../../api/src/commissions/commission-member.entity';
import { CommissionSession } from '../../api/src/commissions/commission-session.entity';
import { Commission } from '../../api/src/commissions/commission.entity';
import { CommissionKind, MemberRole } from '../../api/src/commissions/enums';
import { Affectation } from '../../api/src/referential/affectation.entity';
import { Agent } from '../../api/src/referential/agent.entity';
import { AgentCategory, AgentStatus, Population } from '../../api/src/referential/enums';
import type { Service } from '../../api/src/referential/service.entity';
import type { GraphQLResponse, TestApp } from './app';
import { department, interior } from './fixtures';

/** The data of a response that must have no error (a fixture step, not what is under test). */
export function must<T = Record<string, any>>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

export const firstError = (r: GraphQLResponse) => r.errors?.[0];

let sequence = 0;

/** An agent of a service (with its assignment), written directly. */
export async function agentIn(em: EntityManager, service: Service, overrides: Partial<Agent> = {}, validFrom = '2020-01-01') {
  const agent = em.create(Agent, {
    registrationNumber: `L${++sequence}`,
    firstName: 'Claire',
    lastName: `Candidate ${sequence}`,
    grade: 'Secrétaire administratif',
    corps: 'SA de l’Intérieur',
    category: AgentCategory.B,
    status: AgentStatus.TITULAIRE,
    population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
    employingMinistry: await interior(em),
    service,
    validFrom,
    ...overrides,
  });
  em.create(Affectation, { agent, service, validFrom });
  await em.flush();
  return agent;
}

/** The departmental CLAS of a department, with sessions on the given dates. */
export async function clasOf(em: EntityManager, departmentCode: string, sessionDates: string[]) {
  const commission = em.create(Commission, {
    code: `CLAS-${departmentCode}-${++sequence}`,
    name: `CLAS ${departmentCode}`,
    kind: CommissionKind.CLAS,
    department: await department(em, departmentCode),
    validFrom: '2000-01-01',
  });
  const sessions = sessionDates.map((date) => em.create(CommissionSession, { commission, date, agenda: 'Séance plénière' }));
  await em.flush();
  return { commission, sessions: sessions.map((s) => s.id) };
}

export async function seat(
  em: EntityManager,
  commission: Commission,
  agent: Agent,
  role: MemberRole,
  validFrom: string,
  validTo: string | null = null,
) {
  const member = em.create(CommissionMember, { commission, agent, role, validFrom, validTo });
  await em.flush();
  return member;
}

export const MAP = 'id version status revision inForceFrom inForceTo allowedTransitions';

/** A map of a department adopted through the API: created, filled, submitted, given an opinion and adopted. */
export async function adoptedMap(
  app: TestApp,
  departmentId: string,
  services: { id: string; required?: number }[],
  sessionId: string,
  arreteDate: string,
) {
  let map = must(
    await app.gql(`mutation($i: ImplantationMapInput!) { createImplantationMap(input: $i) { ${MAP} } }`, {
      i: { title: 'Carte départementale', departmentId, authority: 'PREFECT' },
    }),
  ).createImplantationMap;
  for (const s of services) {
    must(
      await app.gql(`mutation($i: ImplantationMapEntryInput!) { createImplantationMapEntry(input: $i) { id } }`, {
        i: { mapId: map.id, serviceId: s.id, requiredCount: s.required ?? 1 },
      }),
    );
  }
  map = must(
    await app.gql(
      `mutation($id: ID!, $v: Int!, $s: ID!, $on: Date) { submitImplantationMap(id: $id, version: $v, sessionId: $s, on: $on) { ${MAP} } }`,
      { id: map.id, v: map.version, s: sessionId, on: '2000-01-01' },
    ),
  ).submitImplantationMap;
  must(
    await app.gql(`mutation($i: RecordOpinionInput!) { recordOpinion(input: $i) { id } }`, {
      i: { sessionId, value: 'FAVORABLE', implantationMapId: map.id, version: map.version },
    }),
  );
  return must(
    await app.gql(
      `mutation($id: ID!, $v: Int!, $i: AdoptImplantationMapInput!) { adoptImplantationMap(id: $id, version: $v, input: $i) { ${MAP} } }`,
      {
        id: map.id,
        v: map.version + 1,
        i: { arreteNumber: `ARR-${arreteDate}`, arreteDate, arreteSignatory: 'Le préfet' },
      },
    ),
  ).adoptImplantationMap;
}

export async function openCall(app: TestApp, mapId: string, openingDate: string, closingDate: string) {
  return must(
    await app.gql(`mutation($i: CandidateCallInput!) { createCandidateCall(input: $i) { id services { id } } }`, {
      i: { title: 'Appel à candidatures', mapId, openingDate, closingDate },
    }),
  ).createCandidateCall;
}

export const CANDIDACY = 'id version status allowedTransitions regime { code } statusAtFiling gradeAtFiling mobilityPlanDateAtFiling';

export const fileCandidacy = (app: TestApp, values: { callId: string; agentId: string; serviceId: string; filedOn: string }) =>
  app.gql(`mutation($i: CandidacyInput!) { createCandidacy(input: $i) { ${CANDIDACY} } }`, { i: values });

/** Head of service's opinion, then the commission's, through the API: the candidacy ends COMMISSION_OPINION_GIVEN. */
export async function throughOpinions(
  app: TestApp,
  candidacy: { id: string; version: number },
  headOn: string,
  sessionId: string,
  value = 'FAVORABLE',
) {
  const head = must(
    await app.gql(`mutation($id: ID!, $v: Int!, $i: HeadOpinionInput!) { giveHeadOpinion(id: $id, version: $v, input: $i) { version } }`, {
      id: candidacy.id,
      v: candidacy.version,
      i: { value: 'FAVORABLE', reasons: 'Agent motivé et disponible.', on: headOn },
    }),
  ).giveHeadOpinion;
  must(
    await app.gql(`mutation($i: RecordOpinionInput!) { recordOpinion(input: $i) { id } }`, {
      i: {
        sessionId,
        value,
        reasons: value === 'FAVORABLE' ? null : 'Réserves de la commission.',
        candidacyId: candidacy.id,
        version: head.version,
      },
    }),
  );
  return head.version + 1;
}

export const APPOINTMENT = 'id version status arreteKind regime { code } startDate services { id } allowedTransitions';

/** Appoints through the API; the arrêté's authority is the map's unless the input names another. */
export async function appoint(app: TestApp, id: string, version: number, input: Record<string, unknown>) {
  const { candidacy } = must(
    await app.gql(`query($id: ID!) { candidacy(id: $id) { call { map { authority department { id } } } } }`, { id }),
  );
  const map = candidacy.call.map;
  return app.gql(
    `mutation($id: ID!, $v: Int!, $i: AppointCandidateInput!) { appointCandidate(id: $id, version: $v, input: $i) { ${APPOINTMENT} } }`,
    {
      id,
      v: version,
      i: {
        interviewDate: '2000-01-01',
        jointInterview: true,
        arreteNumber: 'NOM-1',
        arreteAuthority: map.authority,
        arreteAuthorityDepartmentId: map.department?.id ?? null,
        arreteSignatory: 'Le préfet',
        ...input,
      },
    },
  );
}

/** A letter with a precise time credit, signed by the three signatories on `on`: the appointment becomes effective. */
export async function signedLetter(app: TestApp, appointmentId: string, on: string) {
  let letter = must(
    await app.gql(`mutation($i: MissionLetterInput!) { createMissionLetter(input: $i) { id version } }`, {
      i: { appointmentId, timeCreditAmount: 4, timeCreditUnit: 'HOURS_PER_MONTH' },
    }),
  ).createMissionLetter;
  for (const signatory of ['AGENT', 'HEAD_OF_SERVICE', 'SOCIAL_ACTION_HEAD']) {
    letter = must(
      await app.gql(
        `mutation($id: ID!, $v: Int!, $s: Signatory!, $on: Date) { signMissionLetter(id: $id, version: $v, signatory: $s, on: $on) { id version status } }`,
        {
          id: letter.id,
          v: letter.version,
          s: signatory,
          on,
        },
      ),
    ).signMissionLetter;
  }
  return letter;
}
