import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { CommissionMember } from '../../commissions/commission-member.entity';
import { CommissionKind, VOTING_ROLES } from '../../commissions/enums';
import { Affectation } from '../../referential/affectation.entity';
import { Agent } from '../../referential/agent.entity';
import type { DesignatingAuthority } from '../../referential/enums';
import { isValidOn } from '../../shared/dated';
import type { Violation } from '../../shared/errors';
import type { IsoDate } from '../../shared/scalars';
import { type EligibilityFacts, eligibilityRules, mobilityCriterionRegime, noRegimeRule, regimeOn } from './eligibility.rules';
import { ImplantationMapStatus } from '../enums';
import { ImplantationMapEntry } from '../maps/implantation-map-entry.entity';
import { ImplantationMap } from '../maps/implantation-map.entity';
import { Regime } from '../appointments/regime.entity';
import { Candidacy } from './candidacy.entity';

export interface Perimeter {
  authority: DesignatingAuthority;
  departmentId: string | null;
}

/** What the eligibility of many candidacies needs, loaded in five queries whatever their number. */
export interface EligibilityBatch {
  regimes: Regime[];
  agents: Map<string, Agent>;
  affectations: Affectation[];
  maps: { map: ImplantationMap; serviceIds: Set<string> }[];
  seats: CommissionMember[];
}

export async function loadEligibility(em: EntityManager, agentIds: string[]): Promise<EligibilityBatch> {
  const ids = [...new Set(agentIds)];
  // One after the other: they share the transaction's connection.
  const regimes = await em.find(Regime, {}, { orderBy: { validFrom: 'asc' } });
  const agents = await em.find(Agent, { id: { $in: ids } }, { populate: ['employingMinistry'] });
  const affectations = await em.find(Affectation, { agent: { $in: ids } }, { populate: ['service'] });
  const maps = await em.find(ImplantationMap, { status: { $in: [ImplantationMapStatus.ADOPTED, ImplantationMapStatus.SUPERSEDED] } });
  const seats = await em.find(
    CommissionMember,
    { agent: { $in: ids }, role: { $in: [...VOTING_ROLES] }, commission: { kind: CommissionKind.CLAS } },
    { populate: ['commission'] },
  );
  const entries = maps.length ? await em.find(ImplantationMapEntry, { map: { $in: maps } }) : [];
  return {
    regimes,
    agents: new Map(agents.map((a) => [a.id, a])),
    affectations,
    maps: maps.map((map) => ({ map, serviceIds: new Set(entries.filter((e) => e.map.id === map.id).map((e) => e.service.id)) })),
    seats,
  };
}

const samePerimeter = (map: ImplantationMap, p: Perimeter) =>
  map.authority === p.authority && (map.department?.id ?? null) === p.departmentId;

/** The adopted map of a perimeter in force on a date, and its services. */
export function mapInForce(batch: EligibilityBatch, perimeter: Perimeter, date: IsoDate) {
  return (
    batch.maps.find(
      ({ map }) =>
        samePerimeter(map, perimeter) && !!map.inForceFrom && isValidOn({ validFrom: map.inForceFrom, validTo: map.inForceTo }, date),
    ) ?? null
  );
}

export interface EligibilityRequest {
  stage: 'FILING' | 'APPOINTMENT';
  agentId: string;
  date: IsoDate;
  filedOn: IsoDate;
  perimeter: Perimeter;
  /** At appointment: the snapshot taken at filing. At filing: read from the agent (a plan still ahead of the filing date). */
  mobilityPlanAtFiling?: IsoDate | null;
  mobilityAcknowledgedReason?: string | null;
}

/** The regime on the checked date, and the violations of the eligibility rules (nothing to say when the agent is unknown). */
export function checkEligibility(batch: EligibilityBatch, r: EligibilityRequest): { regime: Regime | null; violations: Violation[] } {
  const agent = batch.agents.get(r.agentId);
  const regime = regimeOn(batch.regimes, r.date);
  const filingRegime = regimeOn(batch.regimes, r.filedOn);
  if (!regime || !filingRegime)
    return { regime, violations: noRegimeRule(r.stage === 'FILING' ? 'filedOn' : 'arreteDate', !regime ? r.date : r.filedOn) };
  if (!agent) return { regime, violations: [] };
  const affectation = batch.affectations.find((a) => a.agent.id === agent.id && isValidOn(a, r.date));
  const seat = batch.seats.find((s) => s.agent.id === agent.id && isValidOn(s, r.date) && isValidOn(s.commission, r.date));
  const declared = r.stage === 'FILING' ? agent.mobilityPlanDate : r.mobilityPlanAtFiling;
  const facts: EligibilityFacts = {
    stage: r.stage,
    date: r.date,
    regime,
    criterionRegime: mobilityCriterionRegime(batch.regimes, r.stage, r.date),
    filedOn: r.filedOn,
    agent: {
      name: `${agent.firstName} ${agent.lastName}`,
      status: agent.status,
      interior: agent.employingMinistry.interior,
      validFrom: agent.validFrom,
      validTo: agent.validTo,
      active: agent.active,
    },
    serviceOnDate: affectation ? { id: affectation.service.id, name: affectation.service.name } : null,
    mapServiceIds: mapInForce(batch, r.perimeter, r.date)?.serviceIds ?? null,
    clasSeat: seat ? { role: seat.role, commission: seat.commission.name } : null,
    mobilityPlanAtFiling: declared ?? null,
    mobilityAcknowledgedReason: r.mobilityAcknowledgedReason,
  };
  return { regime, violations: eligibilityRules(facts) };
}

/** The conditions of many candidacies checked as for an appointment on a date, in a few queries per date. */
export function eligibilityOn(ctx: Context, candidacyId: string, date: IsoDate): Promise<Violation[]> {
  return ctx.loaders
    .loader<Violation[]>(`eligibility:${date}`, async (ids) => {
      const candidacies = await ctx.em.find(Candidacy, { id: { $in: [...ids] } }, { populate: ['call.map'] });
      const batch = await loadEligibility(
        ctx.em,
        candidacies.map((c) => c.agent.id),
      );
      const byId = new Map(candidacies.map((c) => [c.id, c]));
      return ids.map((id) => {
        const c = byId.get(id);
        if (!c) return [];
        const perimeter = { authority: c.call.map.authority, departmentId: c.call.map.department?.id ?? null };
        return checkEligibility(batch, {
          stage: 'APPOINTMENT',
          agentId: c.agent.id,
          date,
          filedOn: c.filedOn,
          perimeter,
          mobilityPlanAtFiling: c.mobilityPlanDateAtFiling,
        }).violations;
      });
    })
    .load(candidacyId);
}
