import { describe, expect, it } from 'vitest';
import { changesDatedField, datedChanges } from './dated';

describe('dated edits', () => {
  const record = { id: 's1', name: 'Préfecture', parentId: 'p1', code: 'PREF', kind: 'PREFECTURE' };

  it('sends only the dated fields the edit changes, and the dates when given', () => {
    expect(
      datedChanges('services', { ...record, name: 'Préfecture du Nord', effectiveDate: '2025-03-01', effectiveUntil: '' }, record),
    ).toEqual({
      id: 's1',
      code: 'PREF',
      name: 'Préfecture du Nord',
      effectiveDate: '2025-03-01',
    });
    expect(datedChanges('services', { ...record, effectiveDate: null }, record)).toEqual({ id: 's1', code: 'PREF' });
  });

  it('says when the form changes a dated field', () => {
    expect(changesDatedField('services', { ...record, code: 'X' }, record)).toBe(false);
    expect(changesDatedField('services', { ...record, parentId: 'p2' }, record)).toBe(true);
    expect(changesDatedField('services', { ...record, parentId: '' }, { ...record, parentId: null })).toBe(false);
  });
});
