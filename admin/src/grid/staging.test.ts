import { describe, expect, it } from 'vitest';
import { invalid } from './convert';
import {
  addRows,
  type BaseRow,
  cellValue,
  discardRows,
  emptyStaging,
  fillDown,
  isStaged,
  record,
  stage,
  stagedRows,
  startHistory,
  undo,
} from './staging';

const rows = new Map<string, BaseRow>([
  ['a', { key: 'a', id: 'a', version: 3, values: { lastName: 'Martin', grade: 'Attaché', email: null } }],
  ['b', { key: 'b', id: 'b', version: 1, values: { lastName: 'Durand', grade: 'Secrétaire', email: null } }],
  ['c', { key: 'c', id: 'c', version: 7, values: { lastName: 'Petit', grade: 'Adjoint', email: null } }],
]);
const base = (key: string) => rows.get(key);

describe('staging', () => {
  it('stages a changed cell, and unstages it when set back (an empty text counts as empty)', () => {
    let s = stage(emptyStaging(), base, [{ key: 'a', field: 'grade', value: 'Directeur' }]);
    expect(cellValue(s, base, 'a', 'grade')).toBe('Directeur');
    expect(isStaged(s, 'a', 'grade')).toBe(true);
    expect(isStaged(s, 'a', 'lastName')).toBe(false);
    s = stage(s, base, [
      { key: 'a', field: 'grade', value: 'Attaché' },
      { key: 'b', field: 'email', value: '' },
    ]);
    expect(s.edits.size).toBe(0);
  });

  it('keeps an invalid text staged even when the record is empty', () => {
    const s = stage(emptyStaging(), base, [{ key: 'a', field: 'email', value: invalid('', 'x') }]);
    expect(isStaged(s, 'a', 'email')).toBe(true);
  });

  it('sends updated rows with their version and only their staged fields, then new rows with values', () => {
    let s = stage(emptyStaging(), base, [
      { key: 'c', field: 'grade', value: 'Attaché' },
      { key: 'a', field: 'email', value: invalid('x@', 'Courriel invalide') },
    ]);
    const added = addRows(s, 2);
    s = stage(added.staging, base, [{ key: added.keys[1], field: 'lastName', value: 'Nouveau' }]);
    const order = ['a', 'b', 'c', ...s.added];
    expect(stagedRows(s, order, base)).toEqual([
      { key: 'a', id: 'a', version: 3, values: {}, invalid: [{ field: 'email', message: 'Courriel invalide' }] },
      { key: 'c', id: 'c', version: 7, values: { grade: 'Attaché' }, invalid: [] },
      { key: 'nouvelle-2', values: { lastName: 'Nouveau' }, invalid: [] },
    ]);
  });

  it('fills down the source cell’s value into the target rows, and undoes action by action', () => {
    let history = startHistory(emptyStaging());
    history = record(history, stage(history.present, base, [{ key: 'a', field: 'grade', value: 'Directeur' }]));
    history = record(history, fillDown(history.present, base, 'a', 'grade', ['a', 'b', 'c']));
    expect(['a', 'b', 'c'].map((k) => cellValue(history.present, base, k, 'grade'))).toEqual(['Directeur', 'Directeur', 'Directeur']);
    history = undo(history);
    expect(['a', 'b', 'c'].map((k) => cellValue(history.present, base, k, 'grade'))).toEqual(['Directeur', 'Secrétaire', 'Adjoint']);
    history = undo(undo(history));
    expect(history.present.edits.size).toBe(0);
    expect(history.past).toHaveLength(0);
  });

  it('discards the edits of rows, new ones included', () => {
    const { staging, keys } = addRows(stage(emptyStaging(), base, [{ key: 'a', field: 'grade', value: 'X' }]), 1);
    const s = discardRows(stage(staging, base, [{ key: keys[0], field: 'grade', value: 'Y' }]), ['a', keys[0]]);
    expect(s.edits.size).toBe(0);
    expect(s.added).toEqual([]);
  });
});
