import { describe, expect, it } from 'vitest';
import { CommissionKind } from '../commissions/enums';
import { consultationOpinionRule, consultedCommissionRule } from './consultations.rules';

const codes = (v: { code: string; field: string }[]) => v.map((x) => `${x.field}:${x.code}`);

describe('the CLAS are informed and consulted on the correspondents’ working conditions [001 §1]', () => {
  it('a CLAS is consulted, not the CNAS or an SRIAS', () => {
    expect(consultedCommissionRule(CommissionKind.CLAS)).toEqual([]);
    expect(codes(consultedCommissionRule(CommissionKind.CNAS))).toEqual(['commissionId:CONSULTATION_NOT_CLAS']);
    expect(consultedCommissionRule(CommissionKind.SRIAS)[0].message).toContain('§1');
  });

  it('the opinion is the consulted commission’s, at a session on or after the day it was consulted', () => {
    const consultation = { commissionId: 'clas', submittedOn: '2026-04-01' };
    expect(consultationOpinionRule(consultation, { commissionId: 'clas', date: '2026-04-01' })).toEqual([]);
    expect(codes(consultationOpinionRule(consultation, { commissionId: 'clas', date: '2026-03-31' }))).toEqual(['sessionId:DATE_ORDER']);
    expect(consultationOpinionRule(consultation, { commissionId: 'clas', date: '2026-03-31' })[0].message).toContain('31/03/2026');
    expect(codes(consultationOpinionRule(consultation, { commissionId: 'other', date: '2026-05-01' }))).toEqual([
      'sessionId:CONSULTATION_WRONG_COMMISSION',
    ]);
  });
});
