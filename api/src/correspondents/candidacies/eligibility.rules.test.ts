import { describe, expect, it } from 'vitest';
import { MemberRole } from '../../commissions/enums';
import { AgentStatus } from '../../referential/enums';
import {
  type EligibilityFacts,
  eligibilityRules,
  isShortTermPlan,
  mobilityCriterionRegime,
  type RegimeRules,
  regimeOn,
} from './eligibility.rules';

const R2007: RegimeRules = {
  id: 'r7',
  code: '2007',
  name: 'Régime de 2007',
  validFrom: '2008-01-01',
  validTo: '2026-02-11',
  titularOnly: true,
  excludesClasMembers: false,
  mobilityCriterion: false,
  mobilityHorizonMonths: null,
};
const R2026: RegimeRules = {
  id: 'r26',
  code: '2026',
  name: 'Régime de 2026',
  validFrom: '2026-02-12',
  validTo: null,
  titularOnly: false,
  excludesClasMembers: true,
  mobilityCriterion: true,
  mobilityHorizonMonths: 12,
};

const facts = (overrides: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  stage: 'FILING',
  date: '2026-03-01',
  regime: R2026,
  criterionRegime: R2026,
  filedOn: '2026-03-01',
  agent: { name: 'Jeanne Martin', status: AgentStatus.TITULAIRE, interior: true, validFrom: '2015-01-01', validTo: null, active: true },
  serviceOnDate: { id: 's1', name: 'Préfecture' },
  mapServiceIds: new Set(['s1']),
  clasSeat: null,
  mobilityPlanAtFiling: null,
  ...overrides,
});
const codes = (f: EligibilityFacts) => eligibilityRules(f).map((v) => `${v.code}:${v.severity}`);

describe('eligibility of a correspondent [001, 002, 000]', () => {
  it('chooses the regime in force on a date, inclusive at both ends', () => {
    expect(regimeOn([R2007, R2026], '2026-02-11')?.code).toBe('2007');
    expect(regimeOn([R2007, R2026], '2026-02-12')?.code).toBe('2026');
    expect(regimeOn([R2007, R2026], '2008-01-01')?.code).toBe('2007');
    expect(regimeOn([R2007, R2026], '2007-12-31')).toBeNull();
  });

  it('2007: fonctionnaires titulaires only; 2026: titular or not', () => {
    for (const status of [AgentStatus.STAGIAIRE, AgentStatus.CONTRACTUEL]) {
      const agent = { ...facts().agent, status };
      expect(codes(facts({ regime: R2007, criterionRegime: null, agent }))).toEqual(['ELIGIBILITY_TITULAR_ONLY:ERROR']);
      expect(codes(facts({ agent }))).toEqual([]);
    }
  });

  it('2026: not a titular or substitute CLAS member; 2007: no such condition', () => {
    const seated = facts({ clasSeat: { role: MemberRole.TITULAIRE, commission: 'CLAS 35' } });
    expect(codes(seated)).toEqual(['ELIGIBILITY_CLAS_MEMBER:ERROR']);
    expect(eligibilityRules(seated)[0].message).toContain('membre titulaire de « CLAS 35 »');
    expect(codes({ ...seated, regime: R2007, criterionRegime: null })).toEqual([]);
  });

  it('2026 mobility criterion, judged on the plan declared at filing: a warning at filing, an error at appointment unless acknowledged [000]', () => {
    const mobile = facts({ mobilityPlanAtFiling: '2026-09-01' });
    expect(codes(mobile)).toEqual(['ELIGIBILITY_MOBILITY_PLAN:WARNING']);
    const appointment = { ...mobile, stage: 'APPOINTMENT' as const, date: '2026-05-01' };
    expect(codes(appointment)).toEqual(['ELIGIBILITY_MOBILITY_PLAN_NOT_ACKNOWLEDGED:ERROR']);
    expect(eligibilityRules(appointment)[0].message).toContain('fiche d’emploi du 12 février 2026');
    expect(codes({ ...appointment, mobilityAcknowledgedReason: '  ' })).toEqual(['ELIGIBILITY_MOBILITY_PLAN_NOT_ACKNOWLEDGED:ERROR']);
    expect(codes({ ...appointment, mobilityAcknowledgedReason: 'Seul candidat.' })).toEqual([]);
    // No criterion under the appointment's regime: nothing to say.
    expect(codes({ ...appointment, criterionRegime: null })).toEqual([]);
  });

  it('the criterion belongs to the appointment: filed under 2007, appointed under 2026, it applies; appointed under 2007, it does not', () => {
    const regimes = [R2007, R2026];
    // Appointment on either side of the regime change (2026-02-12), whatever the filing date.
    expect(mobilityCriterionRegime(regimes, 'APPOINTMENT', '2026-02-11')).toBeNull();
    expect(mobilityCriterionRegime(regimes, 'APPOINTMENT', '2026-02-12')?.code).toBe('2026');
    // At filing under 2007 the appointment may fall under 2026: the warning is given already.
    expect(mobilityCriterionRegime(regimes, 'FILING', '2026-01-15')?.code).toBe('2026');
    expect(mobilityCriterionRegime([R2007], 'FILING', '2026-01-15')).toBeNull();
    const filed2007 = facts({
      stage: 'APPOINTMENT',
      date: '2026-02-12',
      filedOn: '2026-01-15',
      regime: R2026,
      criterionRegime: mobilityCriterionRegime(regimes, 'APPOINTMENT', '2026-02-12'),
      mobilityPlanAtFiling: '2026-06-01',
    });
    expect(codes(filed2007)).toEqual(['ELIGIBILITY_MOBILITY_PLAN_NOT_ACKNOWLEDGED:ERROR']);
    const before = {
      ...filed2007,
      date: '2026-02-11',
      regime: R2007,
      criterionRegime: mobilityCriterionRegime(regimes, 'APPOINTMENT', '2026-02-11'),
    };
    expect(codes(before)).toEqual([]);
  });

  it('« court terme »: a plan due within the regime’s horizon from the filing date, inclusive (design, configurable)', () => {
    expect(isShortTermPlan('2027-03-01', '2026-03-01', 12)).toBe(true);
    expect(isShortTermPlan('2027-03-02', '2026-03-01', 12)).toBe(false);
    expect(isShortTermPlan('2026-02-28', '2026-03-01', 12)).toBe(false);
    expect(isShortTermPlan('2030-01-01', '2026-03-01', null)).toBe(true);
    expect(isShortTermPlan('2026-08-28', '2026-02-28', 6)).toBe(true);
    expect(isShortTermPlan('2027-02-28', '2026-08-31', 6)).toBe(true);
    expect(isShortTermPlan('2027-03-01', '2026-08-31', 6)).toBe(false);
    expect(codes(facts({ mobilityPlanAtFiling: '2027-03-02' }))).toEqual([]);
    expect(codes(facts({ mobilityPlanAtFiling: '2027-03-02', criterionRegime: { ...R2026, mobilityHorizonMonths: 24 } }))).toEqual([
      'ELIGIBILITY_MOBILITY_PLAN:WARNING',
    ]);
    expect(eligibilityRules(facts({ mobilityPlanAtFiling: '2026-09-01' }))[0].message).toContain('à moins de 12 mois');
  });

  it('names each failed condition: ministry, in post, service on the adopted map', () => {
    expect(codes(facts({ agent: { ...facts().agent, interior: false }, serviceOnDate: { id: 's9', name: 'DDT' } }))).toEqual([
      'ELIGIBILITY_NOT_INTERIOR_AGENT:ERROR',
      'ELIGIBILITY_SERVICE_NOT_ON_MAP:ERROR',
    ]);
    expect(codes(facts({ serviceOnDate: null }))).toEqual(['ELIGIBILITY_NOT_IN_POST:ERROR']);
    expect(codes(facts({ agent: { ...facts().agent, validTo: '2026-02-28' } }))).toEqual(['ELIGIBILITY_NOT_IN_POST:ERROR']);
    expect(codes(facts({ mapServiceIds: null }))).toEqual(['ELIGIBILITY_NO_ADOPTED_MAP:ERROR']);
  });
});
