import { describe, expect, it } from 'vitest';
import { gridColumnsOf, STATUS_KEY } from './columns';
import type { Conflict } from './conflicts';
import type { GridRow } from './editors';
import { type Mark, type Marks, ROW } from './marks';
import { addRows, emptyStaging, stage } from './staging';
import { agentColumns, t } from './testing';

const base = () => undefined;
const staged = addRows(stage(emptyStaging(), base, [{ key: 'a', field: 'lastName', value: 'Martin' }]), 1).staging;
const error = (message: string): Mark[] => [{ severity: 'ERROR', code: 'X', message }];
const marks: Marks = new Map([
  [
    'a',
    new Map([
      ['email', error('Courriel invalide.')],
      [ROW, error('Ligne refusée.')],
    ]),
  ],
  ['b', new Map<string, Mark[]>([['status', [{ severity: 'WARNING', code: 'W', message: 'À vérifier.' }]]])],
]);
const conflict: Conflict = {
  key: 'c',
  current: { key: 'c', id: 'c', version: 2, values: {} },
  fields: [{ field: 'lastName', read: 'A', mine: 'B', theirs: 'C' }],
};
const columns = gridColumnsOf({
  resource: 'agents',
  columns: agentColumns(),
  staging: staged,
  marks,
  conflicts: [conflict],
  names: new Map(),
  t,
  search: async () => [],
  addNames: () => undefined,
  lineOf: () => 1,
});
const classOf = (key: string, field: string) => {
  const column = columns.find((c) => c.key === field)!;
  const cellClass = column.cellClass as (row: GridRow) => string | undefined;
  return cellClass({ __key: key }) ?? '';
};

describe('grid cell marks', () => {
  it('tells staged cells, errors, warnings and conflicts apart', () => {
    expect(classOf('a', 'lastName')).toBe('grid-staged');
    expect(classOf('a', 'email')).toBe('grid-error');
    expect(classOf('b', 'status')).toBe('grid-picker-cell grid-warning');
    expect(classOf('c', 'lastName')).toBe('grid-conflict');
    expect(classOf('b', 'lastName')).toBe('');
    expect(classOf('a', STATUS_KEY)).toBe('grid-error');
  });

  it('labels the columns the back office’s way, after the selection and status columns', () => {
    expect(columns.slice(1, 5).map((c) => c.name)).toEqual(['#', 'Matricule', 'Nom', 'Courriel']);
  });
});
