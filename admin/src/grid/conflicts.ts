/**
 * A staged row whose record was changed by someone else since it was read (STALE_VERSION, with the record as it
 * is now): never overwritten silently. The user sees, for each staged cell, their value and the current one, and
 * keeps theirs (resent with the new version) or takes the current record (their edits of the row are dropped).
 */
import type { ApiRowResult } from './marks';
import { STALE_VERSION } from './marks';
import { type BaseRow, discardRows, type Staging, type StagedRow } from './staging';

export interface ConflictField {
  field: string;
  /** The value as first read. */
  read: unknown;
  /** The staged value. */
  mine: unknown;
  /** The value now in the database. */
  theirs: unknown;
}

export interface Conflict {
  key: string;
  /** The record as it is now, as a base row (new version). */
  current: BaseRow;
  fields: ConflictField[];
}

/** The conflicts of a bulk-save result; `toBase` turns the API's `current` record into a base row. */
export function conflictsFromResult(
  sent: StagedRow[],
  results: ApiRowResult[],
  base: (key: string) => BaseRow | undefined,
  toBase: (key: string, record: Record<string, unknown>) => BaseRow,
): Conflict[] {
  const out: Conflict[] = [];
  for (const result of results) {
    const row = sent[result.index];
    if (!row || !result.current || !result.violations.some((v) => v.code === STALE_VERSION)) continue;
    const current = toBase(row.key, result.current);
    const read = base(row.key);
    const fields = Object.entries(row.values).map(([field, mine]) => ({
      field,
      read: read?.values[field] ?? null,
      mine,
      theirs: current.values[field] ?? null,
    }));
    out.push({ key: row.key, current, fields });
  }
  return out;
}

export interface Resolution {
  /** The row as read, replaced by the current record. */
  base: BaseRow;
  staging: Staging;
}

/** Keep my values: the row now builds on the current record (its version), my edits stay staged. */
export const keepMine = (conflict: Conflict, staging: Staging): Resolution => ({ base: conflict.current, staging });

/** Take theirs: the row shows the current record, my edits of it are dropped. */
export const takeTheirs = (conflict: Conflict, staging: Staging): Resolution => ({
  base: conflict.current,
  staging: discardRows(staging, [conflict.key]),
});
