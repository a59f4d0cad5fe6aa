/**
 * What the API said about each staged row (`saveTs` rows: index, violations), put on the cells: an error or a
 * warning per cell, and on the row itself when the field is not a column. Conflicts (STALE_VERSION) are not
 * marks: ./conflicts.ts shows both values instead.
 */
import type { SaveRowResult } from '../dataProvider/save';
import type { EnumValue } from '../gql/enums';
import type { StagedRow } from './staging';

export type Severity = EnumValue<'Severity'>;

export interface Mark {
  severity: Severity;
  code: string;
  message: string;
}

/** Marks by row key, then field; `ROW` holds those about the row as a whole. */
export type Marks = ReadonlyMap<string, ReadonlyMap<string, readonly Mark[]>>;
export const ROW = '*';

/** What the API said of a row (../dataProvider/save.graphql), and the record as it is now when it conflicted. */
export type ApiRowResult<R = Record<string, unknown>> = SaveRowResult & { current?: R | null };

export const STALE_VERSION = 'STALE_VERSION';

function put(marks: Map<string, Map<string, Mark[]>>, key: string, field: string, mark: Mark) {
  const row = marks.get(key) ?? new Map<string, Mark[]>();
  row.set(field, [...(row.get(field) ?? []), mark]);
  marks.set(key, row);
}

/**
 * Marks of a bulk-save result. `sent` are the rows as sent (index i of the result is `sent[i]`); their cells whose
 * text could not be converted are marked too, since the API never saw them. Conflicts are left to ./conflicts.ts,
 * unless `withConflicts` (the import report lists them).
 */
export function marksFromResult(sent: StagedRow[], results: ApiRowResult[], columns: ReadonlySet<string>, withConflicts = false): Marks {
  const marks = new Map<string, Map<string, Mark[]>>();
  for (const row of sent)
    for (const { field, message } of row.invalid) put(marks, row.key, field, { severity: 'ERROR', code: 'FORMAT', message });
  for (const result of results) {
    const row = sent[result.index];
    if (!row) continue;
    const local = new Set(row.invalid.map((i) => i.field));
    for (const v of result.violations) {
      // A field whose text did not convert was not sent: what the API says of it (REQUIRED…) adds nothing.
      if ((v.code === STALE_VERSION && !withConflicts) || local.has(v.field)) continue;
      put(marks, row.key, columns.has(v.field) ? v.field : ROW, {
        severity: v.severity === 'WARNING' ? 'WARNING' : 'ERROR',
        code: v.code,
        message: v.message,
      });
    }
  }
  return marks;
}

/** The marks of staged cells whose text could not be converted, before any call to the API. */
export const localMarks = (sent: StagedRow[]): Marks => marksFromResult(sent, [], new Set());

/** An edited cell loses its marks: they were about the previous value. */
export function withoutCell(marks: Marks, key: string, field: string): Marks {
  const row = marks.get(key);
  if (!row?.has(field)) return marks;
  const next = new Map(marks);
  const cells = new Map(row);
  cells.delete(field);
  if (cells.size) next.set(key, cells);
  else next.delete(key);
  return next;
}

export function mergeMarks(a: Marks, b: Marks): Marks {
  const out = new Map<string, Map<string, Mark[]>>();
  for (const marks of [a, b])
    for (const [key, row] of marks) for (const [field, list] of row) for (const m of list) put(out, key, field, m);
  return out;
}

export function countMarks(marks: Marks): { errors: number; warnings: number } {
  const all = [...marks.values()].flatMap((row) => [...row.values()].flat());
  const errors = all.filter((m) => m.severity === 'ERROR').length;
  return { errors, warnings: all.length - errors };
}

export interface Issue {
  key: string;
  field: string;
  mark: Mark;
}

/** Every mark as a list, in the grid's row order (for the panel under the grid and the import report). */
export function issuesOf(marks: Marks, order: readonly string[]): Issue[] {
  return order.flatMap((key) =>
    [...(marks.get(key) ?? new Map<string, readonly Mark[]>())].flatMap(([field, list]) => list.map((mark) => ({ key, field, mark }))),
  );
}
