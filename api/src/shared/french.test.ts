import { describe, expect, it } from 'vitest';
import { frDate, frLongDate, frNumber } from './french';

describe('French dates and numbers of the API’s texts', () => {
  it('writes an ISO day as jj/mm/aaaa', () => {
    expect(frDate('2026-03-19')).toBe('19/03/2026');
    expect(frDate(null)).toBe('');
  });
  it('writes the long form of printed documents', () => {
    expect(frLongDate('2026-03-01')).toBe('1 mars 2026');
  });
  it('writes numbers with a decimal comma and grouped thousands', () => {
    expect(frNumber(0.55)).toBe('0,55');
    expect(frNumber(1000).replace(/\s/g, ' ')).toBe('1 000');
  });
});
