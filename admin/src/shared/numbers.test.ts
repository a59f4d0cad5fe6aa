import { describe, expect, it } from 'vitest';
import { frNumber } from './french';
import { formatDecimal, formatInteger, frenchNumber } from './numbers';

describe('numbers the French way', () => {
  it('groups thousands with a no-break space (U+00A0), never Intl’s narrow one (U+202F, unreadable on a chart)', () => {
    expect(frenchNumber('12\u202f345,5')).toBe('12\u00a0345,5');
    expect(formatInteger(1000)).toBe('1\u00a0000');
    expect(formatInteger(1234567)).toBe('1\u00a0234\u00a0567');
    expect(formatDecimal(1234.567)).toBe('1\u00a0234,57');
    expect(frNumber(10000.25)).toBe('10\u00a0000,25');
    expect(frNumber(0.55)).toBe('0,55');
    expect(formatInteger(null)).toBe('');
  });
});
