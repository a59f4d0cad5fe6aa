import { describe, expect, it } from 'vitest';
import { segments, within } from './periods';

describe('periods', () => {
  const a = { id: 'a', validFrom: '2024-01-01', validTo: '2024-06-30' };
  const b = { id: 'b', validFrom: '2024-04-01', validTo: null };

  it('cuts time where the records in force change', () => {
    const cut = segments([a, b], { validFrom: '2024-01-01', validTo: null });
    expect(cut.map((s) => [s.from, s.to, s.active.map((x) => x.id).join('+')])).toEqual([
      ['2024-01-01', '2024-03-31', 'a'],
      ['2024-04-01', '2024-06-30', 'a+b'],
      ['2024-07-01', null, 'b'],
    ]);
  });

  it('stays within the window asked for and leaves out empty stretches', () => {
    const cut = segments([a], { validFrom: '2024-05-01', validTo: '2024-12-31' });
    expect(cut.map((s) => [s.from, s.to])).toEqual([['2024-05-01', '2024-06-30']]);
  });

  it('tells whether a period lies within another, open ends included', () => {
    expect(within(a, { validFrom: '2023-01-01', validTo: null })).toBe(true);
    expect(within(b, { validFrom: '2023-01-01', validTo: '2030-12-31' })).toBe(false);
    expect(within(a, { validFrom: '2024-02-01', validTo: null })).toBe(false);
  });
});
