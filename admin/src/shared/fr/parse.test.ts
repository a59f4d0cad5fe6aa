import { describe, expect, it } from 'vitest';
import { dateOfIso, formatNumber, INVALID, isoOfDate, parseNumber } from './parse';

describe('French dates and numbers', () => {
  it('reads an ISO day as that local day, and gives it back unchanged', () => {
    const date = dateOfIso('2026-09-01')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 8, 1]);
    expect(isoOfDate(date)).toBe('2026-09-01');
    expect(dateOfIso('')).toBeNull();
    expect(dateOfIso('2026-02-31')).toBeNull();
  });

  it('holds an incomplete date as invalid, an empty one as null', () => {
    expect(isoOfDate(new Date(Number.NaN))).toBe(INVALID);
    expect(isoOfDate(null)).toBeNull();
  });

  it('reads « 0,55 », « 1 000 » and « 1 000,5 » (any kind of space), refuses « 1,2,3 » and « abc »', () => {
    expect(parseNumber('0,55')).toBe(0.55);
    expect(parseNumber('0.55')).toBe(0.55);
    expect(parseNumber('1 000')).toBe(1000);
    expect(parseNumber('1\u202f000,5')).toBe(1000.5);
    expect(parseNumber('  ')).toBeNull();
    expect(parseNumber('1,2,3')).toBe(INVALID);
    expect(parseNumber('abc')).toBe(INVALID);
  });

  it('writes « 0,55 » and « 1 000 », a year without grouping', () => {
    expect(formatNumber(0.55)).toBe('0,55');
    expect(formatNumber(1000)).toBe('1\u00a0000');
    expect(formatNumber(2026, false)).toBe('2026');
    expect(formatNumber(null)).toBe('');
  });
});
