import { describe, expect, it } from 'vitest';
import { type Allocation, gridToRows, initialCells, parseShare, rowSum, sumIsOne, targetOf } from './allocationGrid';

const allocation = (id: string, key: 'x' | 'FUNCTION', share: number, validFrom = '2021-01-01'): Allocation => ({
  id,
  version: 1,
  assignmentId: 'a1',
  targetKind: key === 'FUNCTION' ? 'FUNCTION' : 'SERVICE',
  serviceId: key === 'FUNCTION' ? null : key,
  regionId: null,
  share,
  validFrom,
  validTo: null,
});
const targets = [targetOf('SERVICE', 'x'), targetOf('SERVICE', 'y'), targetOf('FUNCTION')];
const base = { conventionId: 'c1', conventionValidTo: null, effective: '2025-09-01', assignments: [{ id: 'a1', validTo: null }], targets };

describe('allocation grid', () => {
  it('reads French or English decimals and sums a row live', () => {
    expect(parseShare('0,25')).toBe(0.25);
    expect(parseShare('')).toBe(0);
    expect(parseShare('abc')).toBeNull();
    expect(rowSum({ x: '0,5', y: '0.3', FUNCTION: '0.2' })).toBe(1);
    expect(sumIsOne(rowSum({ x: '0,5', y: '0.2', FUNCTION: '0.2' }))).toBe(false);
  });

  it('sends nothing for unchanged cells, and dates the changes from the effective date', () => {
    const allocations = [allocation('x1', 'x', 0.8), allocation('f1', 'FUNCTION', 0.2)];
    const cells = initialCells(allocations);
    expect(gridToRows({ ...base, allocations, cells }).rows).toEqual([]);
    cells.a1 = { 'SERVICE:x': '0.5', 'SERVICE:y': '0.3', FUNCTION: '0.2' };
    const { rows, cellOf } = gridToRows({ ...base, allocations, cells });
    expect(rows).toEqual([
      { id: 'x1', version: 1, values: { validTo: '2025-08-31' } },
      {
        values: {
          conventionId: 'c1',
          assignmentId: 'a1',
          targetKind: 'SERVICE',
          serviceId: 'x',
          regionId: null,
          share: 0.5,
          validFrom: '2025-09-01',
          validTo: null,
        },
      },
      {
        values: {
          conventionId: 'c1',
          assignmentId: 'a1',
          targetKind: 'SERVICE',
          serviceId: 'y',
          regionId: null,
          share: 0.3,
          validFrom: '2025-09-01',
          validTo: null,
        },
      },
    ]);
    expect(cellOf.map((c) => c.key)).toEqual(['SERVICE:x', 'SERVICE:x', 'SERVICE:y']);
  });

  it('updates in place an allocation that starts on the effective date, and cannot clear it', () => {
    const allocations = [allocation('x1', 'x', 1, '2025-09-01')];
    expect(gridToRows({ ...base, allocations, cells: { a1: { 'SERVICE:x': '0.8' } } }).rows).toEqual([
      { id: 'x1', version: 1, values: { share: 0.8 } },
    ]);
    expect(gridToRows({ ...base, allocations, cells: { a1: { 'SERVICE:x': '' } } }).problems).toEqual([
      { assignmentId: 'a1', key: 'SERVICE:x', message: 'app.allocationGrid.cannotClear' },
    ]);
  });
});
