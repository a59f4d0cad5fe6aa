import { describe, expect, it } from 'vitest';
import { CommissionKind } from '../commissions/enums';
import { cnasPresentationRule, synthesisYearRule } from './national-synthesis.rules';

const codes = (v: { code: string; field: string }[]) => v.map((x) => `${x.field}:${x.code}`);

describe('the national synthesis is presented to the CNAS [001 §2.7]', () => {
  it('at a session of the CNAS, not of a CLAS or an SRIAS', () => {
    expect(cnasPresentationRule(2025, { kind: CommissionKind.CNAS, date: '2026-03-10' })).toEqual([]);
    expect(codes(cnasPresentationRule(2025, { kind: CommissionKind.CLAS, date: '2026-03-10' }))).toEqual([
      'sessionId:NATIONAL_SYNTHESIS_NOT_CNAS',
    ]);
    expect(cnasPresentationRule(2025, { kind: CommissionKind.SRIAS, date: '2026-03-10' })[0].message).toContain('§2.7');
  });

  it('after the year it sums up: 1 January of the next year is the first day', () => {
    expect(codes(cnasPresentationRule(2025, { kind: CommissionKind.CNAS, date: '2025-12-31' }))).toEqual(['sessionId:DATE_ORDER']);
    expect(cnasPresentationRule(2025, { kind: CommissionKind.CNAS, date: '2026-01-01' })).toEqual([]);
  });

  it('of a year since 2008, not one still to come', () => {
    expect(synthesisYearRule(2026, '2026-12-01')).toEqual([]);
    expect(codes(synthesisYearRule(2027, '2026-12-01'))).toEqual(['year:NATIONAL_SYNTHESIS_YEAR']);
    expect(codes(synthesisYearRule(2007, '2026-12-01'))).toEqual(['year:NATIONAL_SYNTHESIS_YEAR']);
  });
});
