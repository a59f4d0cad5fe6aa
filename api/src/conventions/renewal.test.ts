import { describe, expect, it } from 'vitest';
import { addYears, termEndRule, termOn } from './renewal';

const convention = { validFrom: '2021-03-01', validTo: null, tacitRenewal: true };

describe('tacit yearly renewal [003 annexes 4–5]', () => {
  it('runs in yearly terms from the effective date, until denounced', () => {
    expect(termOn(convention, '2021-03-01')).toEqual({ from: '2021-03-01', to: '2022-02-28', renewals: 0 });
    expect(termOn(convention, '2026-02-28')).toEqual({ from: '2025-03-01', to: '2026-02-28', renewals: 4 });
    expect(termOn(convention, '2026-03-01')).toEqual({ from: '2026-03-01', to: '2027-02-28', renewals: 5 });
    expect(termOn(convention, '2021-02-28')).toBeNull();
    expect(termOn({ ...convention, validTo: '2024-02-29' }, '2024-03-01')).toBeNull();
    expect(termOn({ ...convention, tacitRenewal: false }, '2026-03-01')).toEqual({ from: '2021-03-01', to: null, renewals: 0 });
  });

  it('keeps the calendar day, 29 February included', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(termOn({ validFrom: '2024-02-29', validTo: null, tacitRenewal: true }, '2027-03-01')).toEqual({
      from: '2027-02-28',
      to: '2028-02-28',
      renewals: 3,
    });
  });

  it('warns when a tacitly renewed convention ends other than at the end of a term', () => {
    expect(termEndRule({ ...convention, validTo: '2024-02-29' })).toEqual([]);
    expect(termEndRule({ ...convention, validTo: '2024-06-30' })[0]).toMatchObject({
      field: 'validTo',
      code: 'CONVENTION_TERM_END',
      severity: 'WARNING',
    });
    expect(termEndRule({ ...convention, validTo: '2024-06-30' })[0].message).toContain('ici le 28/02/2025');
    expect(termEndRule({ ...convention, tacitRenewal: false, validTo: '2024-06-30' })).toEqual([]);
  });
});
