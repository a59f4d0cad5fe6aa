/**
 * Unsaved edits of the grid, kept apart from the records as read: a cell is staged when its value differs from
 * the record's; new rows are staged whole. Every user action gives a new `Staging` (immutable), so undo is a
 * stack of them.
 */
import { isInvalid } from './convert';

export type Values = Readonly<Record<string, unknown>>;

/** A record as read from the API: values by input field (`serviceId`), and the version to send back. */
export interface BaseRow {
  key: string;
  id: string;
  version: number;
  values: Values;
}

export interface Staging {
  /** Staged values by row key, then field. */
  edits: ReadonlyMap<string, Values>;
  /** Keys of the new rows, in display order. */
  added: readonly string[];
  /** Numbering of new rows. */
  seq: number;
}

export interface CellEdit {
  key: string;
  field: string;
  value: unknown;
}

export type BaseOf = (key: string) => BaseRow | undefined;

export const emptyStaging = (): Staging => ({ edits: new Map(), added: [], seq: 0 });

const same = (a: unknown, b: unknown) =>
  a === b || ((a === null || a === undefined || a === '') && (b === null || b === undefined || b === ''));

/** The value a cell shows: staged, else as read. */
export function cellValue(staging: Staging, base: BaseOf, key: string, field: string): unknown {
  const edits = staging.edits.get(key);
  if (edits && field in edits) return edits[field];
  return base(key)?.values[field] ?? null;
}

export const isStaged = (staging: Staging, key: string, field: string) => field in (staging.edits.get(key) ?? {});

/** Stages cell values; a value equal to the record's unstages the cell. */
export function stage(staging: Staging, base: BaseOf, cells: CellEdit[]): Staging {
  const edits = new Map(staging.edits);
  for (const { key, field, value } of cells) {
    const row = { ...(edits.get(key) ?? {}) } as Record<string, unknown>;
    const original = base(key);
    if (original && !isInvalid(value) && same(original.values[field], value)) delete row[field];
    else row[field] = value;
    if (Object.keys(row).length) edits.set(key, row);
    else edits.delete(key);
  }
  return { ...staging, edits };
}

/** Appends `count` empty new rows; returns their keys. */
export function addRows(staging: Staging, count: number): { staging: Staging; keys: string[] } {
  const keys = Array.from({ length: count }, (_, i) => `nouvelle-${staging.seq + i + 1}`);
  return { staging: { ...staging, added: [...staging.added, ...keys], seq: staging.seq + count }, keys };
}

/** Drops the staged edits of rows, and the new ones among them. */
export function discardRows(staging: Staging, keys: string[]): Staging {
  const drop = new Set(keys);
  const edits = new Map([...staging.edits].filter(([key]) => !drop.has(key)));
  return { ...staging, edits, added: staging.added.filter((key) => !drop.has(key)) };
}

/** Fill-down: the source cell's value into the same column of the target rows. */
export function fillDown(staging: Staging, base: BaseOf, sourceKey: string, field: string, targets: string[]): Staging {
  const value = cellValue(staging, base, sourceKey, field);
  return stage(
    staging,
    base,
    targets.filter((key) => key !== sourceKey).map((key) => ({ key, field, value })),
  );
}

export interface StagedRow {
  key: string;
  id?: string;
  version?: number;
  /** Values to send: the staged, valid ones. */
  values: Record<string, unknown>;
  /** Staged cells whose text could not be converted: not sent, the save is refused while there are any. */
  invalid: { field: string; message: string }[];
}

/** The rows to send to the bulk mutation, in display order: updated records, then new rows that have values. */
export function stagedRows(staging: Staging, order: readonly string[], base: BaseOf): StagedRow[] {
  const out: StagedRow[] = [];
  for (const key of order) {
    const edits = staging.edits.get(key);
    if (!edits) continue;
    const original = base(key);
    const row: StagedRow = { key, values: {}, invalid: [] };
    if (original) Object.assign(row, { id: original.id, version: original.version });
    for (const [field, value] of Object.entries(edits)) {
      if (isInvalid(value)) row.invalid.push({ field, message: value.message });
      else row.values[field] = value === '' ? null : value;
    }
    out.push(row);
  }
  return out;
}

/** Undo history of the staging: each user action pushes the state it replaces. */
export interface History<T> {
  past: readonly T[];
  present: T;
}

const HISTORY_DEPTH = 200;

export const startHistory = <T>(present: T): History<T> => ({ past: [], present });

export function record<T>(history: History<T>, next: T): History<T> {
  if (next === history.present) return history;
  return { past: [...history.past, history.present].slice(-HISTORY_DEPTH), present: next };
}

export function undo<T>(history: History<T>): History<T> {
  if (!history.past.length) return history;
  return { past: history.past.slice(0, -1), present: history.past[history.past.length - 1] };
}
