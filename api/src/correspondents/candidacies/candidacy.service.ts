import type { EntityManager } from '@mikro-orm/postgresql';
import { Agent } from '../../referential/agent.entity';
import { Service } from '../../referential/service.entity';
import { CrudService, type PreparedRow, valueOf } from '../../shared/crud.service';
import { violation, type Violation } from '../../shared/errors';
import { isUuid } from '../../shared/ids';
import { recordCreation } from '../../shared/workflow/status-history';
import { CandidateCall } from './candidate-call.entity';
import { Candidacy } from './candidacy.entity';
import type { CandidacyInput } from '../correspondents.types';
import { regimeOn } from './eligibility.rules';
import { checkEligibility, type EligibilityBatch, loadEligibility } from './eligibility.repository';
import { CandidacyStatus } from '../enums';
import { perimeterOf } from '../maps/implantation-map.workflow';
import { frDate } from '../../shared/french';

type Row = PreparedRow<Candidacy, CandidacyInput>;

interface FilingFacts {
  calls: Map<string, CandidateCall>;
  /** Candidacies of the rows' agents still in progress, by `agentId:callId`. */
  open: Map<string, string>;
  eligibility: EligibilityBatch;
}

const CLOSED = [CandidacyStatus.APPOINTED, CandidacyStatus.NOT_SELECTED, CandidacyStatus.WITHDRAWN];

async function filingFacts(em: EntityManager, rows: Row[]): Promise<FilingFacts> {
  const callIds = [...new Set(rows.map((r) => valueOf(r, 'callId')).filter(isUuid))];
  const agentIds = [...new Set(rows.map((r) => valueOf(r, 'agentId')).filter(isUuid))];
  // One after the other: they share the transaction's connection.
  const calls = await em.find(CandidateCall, { id: { $in: callIds } }, { populate: ['map', 'services'] });
  const open = await em.find(Candidacy, { agent: { $in: agentIds }, call: { $in: callIds }, status: { $nin: CLOSED } });
  const eligibility = await loadEligibility(em, agentIds);
  return {
    calls: new Map(calls.map((c) => [c.id, c])),
    open: new Map(open.map((c) => [`${c.agent.id}:${c.call.id}`, c.id])),
    eligibility,
  };
}

/** Filing rules: within the call's dates, for one of its services, once per call, and the eligibility of the agent on the filing date. */
function filingRules(row: Row, facts: FilingFacts): Violation[] {
  if (row.existing && row.existing.status !== CandidacyStatus.FILED) {
    return [violation('id', 'CANDIDACY_NOT_EDITABLE', 'Cette candidature a déjà reçu un avis : elle ne peut plus être modifiée.')];
  }
  const call = facts.calls.get(valueOf(row, 'callId') as string);
  const agentId = valueOf(row, 'agentId') as string;
  const filedOn = valueOf(row, 'filedOn') as string;
  const serviceId = valueOf(row, 'serviceId') as string;
  if (!call || !agentId || !filedOn) return [];
  const out: Violation[] = [];
  if (filedOn < call.openingDate || filedOn > call.closingDate) {
    out.push(
      violation(
        'filedOn',
        'CANDIDACY_OUTSIDE_CALL',
        `La candidature est déposée le ${frDate(filedOn)}, hors de la période de l’appel (du ${frDate(call.openingDate)} au ${frDate(call.closingDate)}) : vérifiez la date de dépôt ou l’appel choisi.`,
      ),
    );
  }
  if (serviceId && !call.services.getItems().some((s) => s.id === serviceId)) {
    out.push(violation('serviceId', 'CANDIDACY_SERVICE_NOT_IN_CALL', 'Ce service n’est pas concerné par l’appel à candidatures.'));
  }
  const other = facts.open.get(`${agentId}:${call.id}`);
  if (other && other !== row.existing?.id) {
    out.push(violation('agentId', 'CANDIDACY_DUPLICATE', 'Cet agent a déjà une candidature en cours pour cet appel.'));
  }
  const checked = checkEligibility(facts.eligibility, {
    stage: 'FILING',
    agentId,
    date: filedOn,
    filedOn,
    perimeter: perimeterOf(call.map),
  });
  return [...out, ...checked.violations];
}

/** The snapshot the commission is shown (grade, status, assignment, mobility plan at filing) and the legal basis. */
function snapshot(em: EntityManager, candidacy: Candidacy, facts: FilingFacts): void {
  const agent = facts.eligibility.agents.get(candidacy.agent.id) as Agent;
  const assigned = facts.eligibility.affectations.find(
    (a) => a.agent.id === agent.id && a.validFrom <= candidacy.filedOn && (!a.validTo || a.validTo >= candidacy.filedOn),
  );
  // A plan whose date has passed is history, not a plan.
  const planAhead = !!agent.mobilityPlanDate && agent.mobilityPlanDate >= candidacy.filedOn;
  Object.assign(candidacy, {
    regime: regimeOn(facts.eligibility.regimes, candidacy.filedOn),
    gradeAtFiling: agent.grade,
    statusAtFiling: agent.status,
    serviceAtFiling: assigned ? em.getReference(Service, assigned.service.id) : null,
    mobilityPlanDateAtFiling: planAhead ? agent.mobilityPlanDate : null,
    mobilityPlanKindAtFiling: planAhead ? agent.mobilityPlanKind : null,
  });
}

/** Filing a candidacy is creating it; its status then moves only through the workflow mutations. */
export const candidacies = new CrudService<Candidacy, CandidacyInput, FilingFacts>({
  entity: Candidacy,
  label: 'Candidature',
  fields: {
    callId: 'Appel à candidatures',
    agentId: 'Agent',
    serviceId: 'Service',
    filedOn: 'Date de dépôt',
    motivation: 'Motivation',
    headOfServiceName: 'Chef de service',
  },
  list: { sortable: ['filedOn', 'status', 'agent.lastName'], dated: false },
  required: ['callId', 'agentId', 'serviceId', 'filedOn'],
  prepare: filingFacts,
  check: filingRules,
  afterApply: (em, candidacy, row, _previous, facts) => {
    snapshot(em, candidacy, facts);
    if (!row.existing) recordCreation(em, candidacy, candidacy.filedOn, 'FILE');
  },
  beforeDelete: async (_em, candidacy) =>
    candidacy.status === CandidacyStatus.FILED
      ? []
      : [violation('id', 'CANDIDACY_NOT_EDITABLE', 'Une candidature qui a reçu un avis ne peut pas être supprimée : retirez-la.')],
});
