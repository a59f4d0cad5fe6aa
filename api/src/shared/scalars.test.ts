import { describe, expect, it } from 'vitest';
import { dayInParis } from './scalars';

describe('the registry’s day is the day in Paris, not in UTC', () => {
  it('is already tomorrow from midnight in Paris (23:00 UTC in winter, 22:00 UTC in summer)', () => {
    expect(dayInParis(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(dayInParis(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(dayInParis(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(dayInParis(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });
});
