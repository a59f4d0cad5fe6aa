import { MemberRole } from '../../commissions/enums';
import { AgentStatus } from '../../referential/enums';
import { isValidOn } from '../../shared/dated';
import { Severity, violation, type Violation } from '../../shared/errors';
import { addMonths, type IsoDate } from '../../shared/scalars';
import { frDate } from '../../shared/french';

/*
 * Who may be a correspondent, per regime (DOMAIN.md §4, 3.). Conditions are errors and follow the regime in force on
 * the date checked (the filing date at filing, the arrêté's date at appointment). The 2026 mobility criterion is a
 * criterion of the appointment (« la nomination des correspondants tiendra compte … » [000]): it applies whenever the
 * appointment falls under a regime that has it, judged on the plan declared at filing (« au moment du dépôt de la
 * candidature »), and the appointment must acknowledge it with a reason.
 */

export interface RegimeRules {
  id: string;
  code: string;
  name: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  titularOnly: boolean;
  excludesClasMembers: boolean;
  mobilityCriterion: boolean;
  /** « Court terme », which the texts leave undefined (design): a plan due within this many months of the filing date. Null: any plan ahead. */
  mobilityHorizonMonths: number | null;
}

/** The regime in force on a date (periods are inclusive), or null when none is configured for it. */
export function regimeOn<R extends { validFrom: IsoDate; validTo: IsoDate | null }>(regimes: readonly R[], date: IsoDate): R | null {
  return regimes.find((r) => isValidOn(r, date)) ?? null;
}

/**
 * The regime whose mobility criterion a candidacy answers to. At appointment: the appointment's regime, whatever the
 * regime of the filing [000]. At filing, the appointment is still ahead: the filing date's regime if it has the
 * criterion, else the first later regime that has it (a candidacy filed under 2007 may be appointed under 2026).
 */
export function mobilityCriterionRegime<R extends RegimeRules>(
  regimes: readonly R[],
  stage: 'FILING' | 'APPOINTMENT',
  date: IsoDate,
): R | null {
  const current = regimeOn(regimes, date);
  if (stage === 'APPOINTMENT') return current?.mobilityCriterion ? current : null;
  return (
    regimes
      .filter((r) => r.mobilityCriterion && (r.validTo === null || r.validTo >= date))
      .sort((a, b) => a.validFrom.localeCompare(b.validFrom))[0] ?? null
  );
}

/** A plan declared at filing is « à court terme » when due from the filing date to the regime's horizon (inclusive). */
export function isShortTermPlan(plannedOn: IsoDate, filedOn: IsoDate, horizonMonths: number | null): boolean {
  return plannedOn >= filedOn && (horizonMonths === null || plannedOn <= addMonths(filedOn, horizonMonths));
}

export const noRegimeRule = (field: string, date: IsoDate): Violation[] => [
  violation(
    field,
    'REGIME_NONE',
    `Aucun régime des correspondants de l’action sociale n’est en vigueur le ${frDate(date)} : configurez les régimes.`,
  ),
];

export interface EligibilityFacts {
  stage: 'FILING' | 'APPOINTMENT';
  /** The date checked: filing date, or the arrêté's date. */
  date: IsoDate;
  /** The regime in force on `date`: the status and CLAS conditions follow it. */
  regime: RegimeRules;
  /** The regime whose mobility criterion applies (`mobilityCriterionRegime`), or null when none does. */
  criterionRegime: RegimeRules | null;
  filedOn: IsoDate;
  agent: { name: string; status: AgentStatus; interior: boolean; validFrom: IsoDate; validTo: IsoDate | null; active: boolean };
  /** The agent's service of assignment on `date`, from the assignment history. */
  serviceOnDate: { id: string; name: string } | null;
  /** The services of the adopted map in force on `date` for the call's perimeter; null when there is none. */
  mapServiceIds: ReadonlySet<string> | null;
  /** The agent's titular or substitute seat on a CLAS on `date`, if any. */
  clasSeat: { role: MemberRole; commission: string } | null;
  /** The planned date of the mobility plan declared at filing (the candidacy's snapshot; at filing, the agent's record). */
  mobilityPlanAtFiling: IsoDate | null;
  /** At appointment: the deciding authority's reason for appointing despite that plan. */
  mobilityAcknowledgedReason?: string | null;
}

const STATUS_LABELS: Record<AgentStatus, string> = {
  [AgentStatus.TITULAIRE]: 'fonctionnaire titulaire',
  [AgentStatus.STAGIAIRE]: 'fonctionnaire stagiaire',
  [AgentStatus.CONTRACTUEL]: 'agent contractuel',
};

const when = (f: EligibilityFacts) =>
  f.stage === 'FILING' ? `au dépôt de la candidature (${frDate(f.date)})` : `à la date de l’arrêté de nomination (${frDate(f.date)})`;

/** Every condition the agent fails, each naming its rule and its text, plus the mobility warning. */
export function eligibilityRules(f: EligibilityFacts): Violation[] {
  const out: Violation[] = [];
  const regime = `Régime ${f.regime.code} (${f.regime.name})`;
  // [001 art. 2, §2.3; 002 §2.3] an agent of the Ministry of the Interior in post…
  if (!f.agent.interior) {
    out.push(
      violation(
        'agentId',
        'ELIGIBILITY_NOT_INTERIOR_AGENT',
        `Condition « agent du ministère de l’Intérieur » non remplie : ${f.agent.name} est employé(e) par un autre ministère [arrêté du 12 février 2026, art. 2].`,
      ),
    );
  }
  if (!f.agent.active || !isValidOn(f.agent, f.date) || !f.serviceOnDate) {
    out.push(
      violation(
        'agentId',
        'ELIGIBILITY_NOT_IN_POST',
        `Condition « agent en poste » non remplie ${when(f)} : ${f.agent.name} n’a pas d’affectation à cette date [arrêté du 12 février 2026, art. 2].`,
      ),
    );
  } else if (!f.mapServiceIds) {
    out.push(
      violation(
        'serviceId',
        'ELIGIBILITY_NO_ADOPTED_MAP',
        `Condition « service de la carte d’implantation adoptée » non remplie ${when(f)} : aucune carte n’est en vigueur pour ce périmètre [arrêté du 12 février 2026, art. 2 et 3].`,
      ),
    );
  } else if (!f.mapServiceIds.has(f.serviceOnDate.id)) {
    out.push(
      violation(
        'agentId',
        'ELIGIBILITY_SERVICE_NOT_ON_MAP',
        `Condition « en poste dans un service de la carte d’implantation adoptée » non remplie ${when(f)} : le service d’affectation « ${f.serviceOnDate.name} » n’est pas sur la carte [arrêté du 12 février 2026, art. 2].`,
      ),
    );
  }
  // 2007: fonctionnaires titulaires only [002 §2.3]; 2026: « titulaire ou non titulaire » [000].
  if (f.regime.titularOnly && f.agent.status !== AgentStatus.TITULAIRE) {
    out.push(
      violation(
        'agentId',
        'ELIGIBILITY_TITULAR_ONLY',
        `${regime} : seuls les fonctionnaires titulaires peuvent être correspondants de l’action sociale ; ${f.agent.name} est ${STATUS_LABELS[f.agent.status]} ${when(f)} [circulaire du 31 décembre 2007, §2.3].`,
      ),
    );
  }
  // 2026: not a titular or substitute member of the CLAS [001 §2.3].
  if (f.regime.excludesClasMembers && f.clasSeat) {
    const role = f.clasSeat.role === MemberRole.TITULAIRE ? 'membre titulaire' : 'membre suppléant';
    out.push(
      violation(
        'agentId',
        'ELIGIBILITY_CLAS_MEMBER',
        `${regime} : un membre titulaire ou suppléant de la commission locale d’action sociale ne peut pas être correspondant ; ${f.agent.name} est ${role} de « ${f.clasSeat.commission} » ${when(f)} [circulaire du 12 février 2026, §2.3].`,
      ),
    );
  }
  out.push(...mobilityRule(f));
  return out;
}

/**
 * 2026: « ne pas avoir de projet déclaré de mobilité à court terme … au moment du dépôt de la candidature » [000]: a plan
 * declared at filing and due within the regime's horizon counts against the appointment: acknowledged with a reason, or refused.
 */
function mobilityRule(f: EligibilityFacts): Violation[] {
  const regime = f.criterionRegime;
  if (!regime || !f.mobilityPlanAtFiling || !isShortTermPlan(f.mobilityPlanAtFiling, f.filedOn, regime.mobilityHorizonMonths)) return [];
  const horizon = regime.mobilityHorizonMonths === null ? '' : `, à moins de ${regime.mobilityHorizonMonths} mois`;
  const what = `${f.agent.name} avait déclaré au dépôt de sa candidature (${frDate(f.filedOn)}) un projet de mobilité à court terme (prévu le ${frDate(f.mobilityPlanAtFiling)}${horizon}), critère de la nomination sous le régime ${regime.code} [fiche d’emploi du 12 février 2026, critères objectifs de sélection]`;
  if (f.stage === 'FILING') {
    return [violation('agentId', 'ELIGIBILITY_MOBILITY_PLAN', `${what} : la nomination devra en justifier.`, Severity.WARNING)];
  }
  if (f.mobilityAcknowledgedReason?.trim()) return [];
  return [
    violation(
      'mobilityAcknowledgedReason',
      'ELIGIBILITY_MOBILITY_PLAN_NOT_ACKNOWLEDGED',
      `${what} : indiquez le motif de la nomination malgré ce projet.`,
    ),
  ];
}
