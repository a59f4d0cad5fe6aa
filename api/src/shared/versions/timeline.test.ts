import { describe, expect, it } from 'vitest';
import { applyEdit, changesBetween, formatRange, parseRange, type Version, versionOn } from './timeline';

const show = (timeline: Version[]) => timeline.map((v) => [v.from, v.to, v.values, v.id ?? null]);

describe('versions timeline', () => {
  const one: Version[] = [{ id: 'v1', from: null, to: null, values: { name: 'Préfecture', parent: 'p1' } }];

  it('splits the version in force at the effective date: the change holds from that day on', () => {
    const after = applyEdit(one, { from: '2026-03-01', values: { name: 'Préfecture du Nord' } });
    expect(show(after)).toEqual([
      [null, '2026-02-28', { name: 'Préfecture', parent: 'p1' }, 'v1'],
      ['2026-03-01', null, { name: 'Préfecture du Nord', parent: 'p1' }, null],
    ]);
    expect(versionOn(after, '2026-02-28').values.name).toBe('Préfecture');
    expect(versionOn(after, '2026-03-01').values.name).toBe('Préfecture du Nord');
  });

  it('keeps the changes of later versions, and only those (a promotion entered after a later move)', () => {
    // Moved on 01/06; a rename then entered effective 01/03 carries to the end, the move stays on 01/06.
    const moved = applyEdit(one, { from: '2026-06-01', values: { parent: 'p2' } });
    const renamed = applyEdit(moved, { from: '2026-03-01', values: { name: 'Nouveau nom' } });
    expect(show(renamed)).toEqual([
      [null, '2026-02-28', { name: 'Préfecture', parent: 'p1' }, 'v1'],
      ['2026-03-01', '2026-05-31', { name: 'Nouveau nom', parent: 'p1' }, null],
      ['2026-06-01', null, { name: 'Nouveau nom', parent: 'p2' }, null],
    ]);
    // A later version that changed the same attribute keeps its own value.
    const renamedLater = applyEdit(moved, { from: '2026-06-01', values: { name: 'Nom de juin' } });
    const earlier = applyEdit(renamedLater, { from: '2026-03-01', values: { name: 'Nom de mars' } });
    expect(earlier.map((v) => v.values.name)).toEqual(['Préfecture', 'Nom de mars', 'Nom de juin']);
  });

  it('corrects a past period exactly, and merges what no longer differs', () => {
    const promoted = applyEdit(one, { from: '2026-03-15', values: { name: 'B' } });
    // The promotion really took effect on 01/03: the correction of 01/03–14/03 joins the two versions.
    const corrected = applyEdit(promoted, { from: '2026-03-01', until: '2026-03-14', values: { name: 'B' } });
    expect(show(corrected).map(([from, to, values]) => [from, to, values])).toEqual([
      [null, '2026-02-28', { name: 'Préfecture', parent: 'p1' }],
      ['2026-03-01', null, { name: 'B', parent: 'p1' }],
    ]);
    const back = applyEdit(corrected, { from: '2026-03-01', until: '2026-03-31', values: { name: 'Préfecture' } });
    expect(back.map((v) => [v.from, v.to, v.values.name])).toEqual([
      [null, '2026-03-31', 'Préfecture'],
      ['2026-04-01', null, 'B'],
    ]);
  });

  it('an edit from the origin changes the first version in place; an unchanged value creates no version', () => {
    expect(show(applyEdit(one, { from: null, values: { name: 'X' } }))).toEqual([[null, null, { name: 'X', parent: 'p1' }, 'v1']]);
    expect(show(applyEdit(one, { from: '2026-01-01', values: { name: 'Préfecture' } }))).toEqual(show(one));
  });

  it('says what to write: the stored versions changed, the new ones, the ones merged away', () => {
    const two = applyEdit(one, { from: '2026-03-01', values: { name: 'B' } }).map((v, i) => ({ ...v, id: v.id ?? `v${i + 1}` }));
    const after = applyEdit(two, { from: null, until: '2026-02-28', values: { name: 'B' } });
    expect(changesBetween(two, after)).toEqual({
      update: [{ id: 'v1', from: null, to: null, values: { name: 'B', parent: 'p1' } }],
      create: [],
      remove: ['v2'],
    });
  });

  it('reads and writes PostgreSQL ranges as inclusive bounds', () => {
    expect(parseRange('[2024-03-01,2025-01-01)')).toEqual({ from: '2024-03-01', to: '2024-12-31' });
    expect(parseRange('(,)')).toEqual({ from: null, to: null });
    expect(parseRange('[2024-03-01,)')).toEqual({ from: '2024-03-01', to: null });
    expect(formatRange('2024-03-01', '2024-12-31')).toBe('[2024-03-01,2025-01-01)');
    expect(formatRange(null, null)).toBe('[,)');
  });
});
