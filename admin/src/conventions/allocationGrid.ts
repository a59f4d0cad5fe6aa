/**
 * The allocation grid of a convention, as data: rows = assignments, columns = targets, cells = shares.
 * What the screen sends is one `saveTimeAllocations` batch, built here from the cells the user changed,
 * dated from the grid's effective date so that the history stays intact.
 */
import type { SaveRow } from '../dataProvider/custom';

export type TargetKind = 'SERVICE' | 'REGION' | 'FUNCTION';

export interface Allocation {
  id: string;
  version: number;
  assignmentId: string;
  targetKind: TargetKind;
  serviceId: string | null;
  regionId: string | null;
  share: number;
  validFrom: string;
  validTo: string | null;
}

export interface Assignment {
  id: string;
  validTo: string | null;
}

export interface Target {
  key: string;
  kind: TargetKind;
  serviceId: string | null;
  regionId: string | null;
}

/** Cell text per assignment and target key (what the user typed). */
export type Cells = Record<string, Record<string, string>>;

export const FUNCTION_KEY = 'FUNCTION';
export const EPSILON = 0.001;

export const targetOf = (kind: TargetKind, id: string | null = null): Target =>
  kind === 'FUNCTION'
    ? { key: FUNCTION_KEY, kind, serviceId: null, regionId: null }
    : { key: `${kind}:${id}`, kind, serviceId: kind === 'SERVICE' ? id : null, regionId: kind === 'REGION' ? id : null };

export const targetOfAllocation = (a: Allocation) => targetOf(a.targetKind, a.targetKind === 'SERVICE' ? a.serviceId : a.regionId);

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** "0,5", "0.5", "" → 0.5, 0.5, 0; null when it is not a number. */
export const parseShare = (text: string | undefined): number | null => {
  const trimmed = (text ?? '').trim().replace(',', '.');
  if (trimmed === '') return 0;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
};

export const initialCells = (allocations: Allocation[]): Cells => {
  const cells: Cells = {};
  for (const a of allocations) (cells[a.assignmentId] ??= {})[targetOfAllocation(a).key] = String(a.share);
  return cells;
};

/** The row's total, for the live check (the API stays the judge); null when a cell is not a number. */
export const rowSum = (row: Record<string, string> | undefined): number | null => {
  let total = 0;
  for (const text of Object.values(row ?? {})) {
    const share = parseShare(text);
    if (share === null) return null;
    total += share;
  }
  return Math.round(total * 1e6) / 1e6;
};

export const sumIsOne = (sum: number | null) => sum !== null && Math.abs(sum - 1) <= EPSILON;

export interface GridBatch {
  rows: SaveRow[];
  /** The cell each row comes from, to show the API's violations where they belong. */
  cellOf: { assignmentId: string; key: string }[];
  /** Cells the grid cannot turn into rows (explained to the user, nothing sent). */
  problems: { assignmentId: string; key: string; message: string }[];
}

/**
 * The batch for the changed cells, effective on `effective`: a share that changes ends the allocation the day before
 * and starts a new one (unless it starts that very day: then it is updated); an emptied cell ends it; a new cell starts
 * an allocation that runs to the end of the convention or of the assignment.
 */
export function gridToRows(input: {
  conventionId: string;
  conventionValidTo: string | null;
  effective: string;
  assignments: Assignment[];
  allocations: Allocation[];
  cells: Cells;
  targets: Target[];
}): GridBatch {
  const batch: GridBatch = { rows: [], cellOf: [], problems: [] };
  const push = (row: SaveRow, assignmentId: string, key: string) => {
    batch.rows.push(row);
    batch.cellOf.push({ assignmentId, key });
  };
  for (const assignment of input.assignments) {
    for (const target of input.targets) {
      const existing = input.allocations.find((a) => a.assignmentId === assignment.id && targetOfAllocation(a).key === target.key);
      const share = parseShare(input.cells[assignment.id]?.[target.key]);
      if (share === null) {
        batch.problems.push({ assignmentId: assignment.id, key: target.key, message: 'app.allocationGrid.notANumber' });
        continue;
      }
      if (existing && Math.abs(existing.share - share) < 1e-9) continue;
      if (!existing && share === 0) continue;
      const startsToday = existing && existing.validFrom >= input.effective;
      if (existing && startsToday && share === 0) {
        batch.problems.push({ assignmentId: assignment.id, key: target.key, message: 'app.allocationGrid.cannotClear' });
        continue;
      }
      if (existing && startsToday) {
        push({ id: existing.id, version: existing.version, values: { share } }, assignment.id, target.key);
        continue;
      }
      if (existing)
        push({ id: existing.id, version: existing.version, values: { validTo: addDays(input.effective, -1) } }, assignment.id, target.key);
      if (share === 0) continue;
      const ends = [existing?.validTo ?? null, input.conventionValidTo, assignment.validTo].filter((d): d is string => d !== null).sort();
      push(
        {
          values: {
            conventionId: input.conventionId,
            assignmentId: assignment.id,
            targetKind: target.kind,
            serviceId: target.serviceId,
            regionId: target.regionId,
            share,
            validFrom: input.effective,
            validTo: ends[0] ?? null,
          },
        },
        assignment.id,
        target.key,
      );
    }
  }
  return batch;
}
