import { describe, expect, it } from 'vitest';
import { frCount, frDate, frLongDate, frNumber } from './french';

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
  it('writes a count with words that agree with it, singular for 0 and 1', () => {
    const sites = (n: number) => frCount(n, 'site n’appartient pas', 'sites n’appartiennent pas');
    expect(sites(0)).toBe('0 site n’appartient pas');
    expect(sites(1)).toBe('1 site n’appartient pas');
    expect(sites(2)).toBe('2 sites n’appartiennent pas');
    expect(sites(1200).replace(/\s/g, ' ')).toBe('1 200 sites n’appartiennent pas');
  });
});
