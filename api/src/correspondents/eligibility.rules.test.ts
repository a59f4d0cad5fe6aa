import { describe, expect, it } from 'vitest';
import { MemberRole } from '../commissions/enums';
import { AgentStatus } from '../referential/enums';
import { type EligibilityFacts, eligibilityRules, type RegimeRules, regimeOn } from './eligibility.rules';

const R2007: RegimeRules = { id: 'r7', code: '2007', name: 'Régime de 2007', validFrom: '2008-01-01', validTo: '2026-02-11', titularOnly: true, excludesClasMembers: false, mobilityCriterion: false };
const R2026: RegimeRules = { id: 'r26', code: '2026', name: 'Régime de 2026', validFrom: '2026-02-12', validTo: null, titularOnly: false, excludesClasMembers: true, mobilityCriterion: true };

const facts = (overrides: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  stage: 'FILING',
  date: '2026-03-01',
  regime: R2026,
  filingRegime: R2026,
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
      expect(codes(facts({ regime: R2007, filingRegime: R2007, agent }))).toEqual(['ELIGIBILITY_TITULAR_ONLY:ERROR']);
      expect(codes(facts({ agent }))).toEqual([]);
    }
  });

  it('2026: not a titular or substitute CLAS member; 2007: no such condition', () => {
    const seated = facts({ clasSeat: { role: MemberRole.TITULAIRE, commission: 'CLAS 35' } });
    expect(codes(seated)).toEqual(['ELIGIBILITY_CLAS_MEMBER:ERROR']);
    expect(eligibilityRules(seated)[0].message).toContain('membre titulaire de « CLAS 35 »');
    expect(codes({ ...seated, regime: R2007, filingRegime: R2007 })).toEqual([]);
  });

  it('2026 mobility criterion, read at filing: a warning at filing, an error at appointment unless acknowledged with a reason', () => {
    const mobile = facts({ mobilityPlanAtFiling: '2026-09-01' });
    expect(codes(mobile)).toEqual(['ELIGIBILITY_MOBILITY_PLAN:WARNING']);
    const appointment = { ...mobile, stage: 'APPOINTMENT' as const };
    expect(codes(appointment)).toEqual(['ELIGIBILITY_MOBILITY_PLAN_NOT_ACKNOWLEDGED:ERROR']);
    expect(codes({ ...appointment, mobilityAcknowledgedReason: '  ' })).toEqual(['ELIGIBILITY_MOBILITY_PLAN_NOT_ACKNOWLEDGED:ERROR']);
    expect(codes({ ...appointment, mobilityAcknowledgedReason: 'Seul candidat.' })).toEqual([]);
    // Filed under 2007, appointed under 2026: the criterion follows the filing date.
    expect(codes({ ...appointment, filingRegime: R2007 })).toEqual([]);
  });

  it('names each failed condition: ministry, in post, service on the adopted map', () => {
    expect(codes(facts({ agent: { ...facts().agent, interior: false }, serviceOnDate: { id: 's9', name: 'DDT' } }))).toEqual([
      'ELIGIBILITY_NOT_INTERIOR_AGENT:ERROR', 'ELIGIBILITY_SERVICE_NOT_ON_MAP:ERROR',
    ]);
    expect(codes(facts({ serviceOnDate: null }))).toEqual(['ELIGIBILITY_NOT_IN_POST:ERROR']);
    expect(codes(facts({ agent: { ...facts().agent, validTo: '2026-02-28' } }))).toEqual(['ELIGIBILITY_NOT_IN_POST:ERROR']);
    expect(codes(facts({ mapServiceIds: null }))).toEqual(['ELIGIBILITY_NO_ADOPTED_MAP:ERROR']);
  });
});
