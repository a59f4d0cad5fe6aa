import { addDays, type IsoDate } from '../scalars';

/**
 * A record's dated versions (issue 17 item 1), as pure data: the attribute values in force from `from` to `to`, both
 * inclusive like every period of the registry, `from: null` being the origin and `to: null` the open end. The
 * versions of a record are a timeline: sorted, contiguous, from the origin to the open end (no gap, no overlap), so
 * that exactly one is in force on any date. The database refuses any other shape (migration `…_Versions`).
 */
export type Values = Record<string, unknown>;

export interface Version<V extends Values = Values> {
  /** The stored version's id; none for a version an edit creates. */
  id?: string;
  from: IsoDate | null;
  to: IsoDate | null;
  values: V;
}

/**
 * An edit with an effective date: `values` take effect from `from`. Without `until`, each changed attribute keeps its
 * new value until a later version that changed that attribute itself (a later version keeps its own changes, and only
 * those); with `until`, the values hold exactly from `from` to `until` (the correction of a past period), later
 * versions untouched.
 */
export interface Edit<V extends Values = Values> {
  from: IsoDate | null;
  until?: IsoDate;
  values: Partial<V>;
}

const same = (a: unknown, b: unknown) => a === b || (a == null && b == null);
const sameValues = (a: Values, b: Values) => Object.keys({ ...a, ...b }).every((k) => same(a[k], b[k]));
const startsAfter = (day: IsoDate | null, from: IsoDate | null) => from === null || (day !== null && day > from);

/** The version in force on `day`. */
export function versionOn<V extends Values>(timeline: Version<V>[], day: IsoDate): Version<V> {
  const found = timeline.find((v) => (v.from === null || v.from <= day) && (v.to === null || v.to >= day));
  if (!found) throw new Error(`no version in force on ${day}: the timeline has a gap`);
  return found;
}

/** The timeline cut so that a version starts on `day` (the part before keeps the stored id). */
function splitAt<V extends Values>(timeline: Version<V>[], day: IsoDate | null): Version<V>[] {
  if (day === null) return timeline.map((v) => ({ ...v, values: { ...v.values } }));
  return timeline.flatMap((v) =>
    startsAfter(day, v.from) && (v.to === null || v.to >= day)
      ? [
          { ...v, to: addDays(day, -1) },
          { from: day, to: v.to, values: { ...v.values } },
        ]
      : [{ ...v, values: { ...v.values } }],
  );
}

/** Adjacent versions with the same values become one (the first keeps its id): a timeline never says « no change ». */
export function merged<V extends Values>(timeline: Version<V>[]): Version<V>[] {
  const out: Version<V>[] = [];
  for (const v of timeline) {
    const last = out[out.length - 1];
    if (last && sameValues(last.values, v.values)) out[out.length - 1] = { ...last, to: v.to };
    else out.push({ ...v, values: { ...v.values } });
  }
  return out;
}

/** The timeline after an edit (see `Edit`): still sorted, contiguous and covering every date. */
export function applyEdit<V extends Values>(timeline: Version<V>[], edit: Edit<V>): Version<V>[] {
  let cut = splitAt(timeline, edit.from);
  if (edit.until !== undefined) cut = splitAt(cut, addDays(edit.until, 1));
  const original = cut.map((v) => ({ ...v.values }));
  const start = cut.findIndex((v) => same(v.from, edit.from));
  for (const [attribute, value] of Object.entries(edit.values)) {
    for (let i = start; i < cut.length; i++) {
      if (edit.until !== undefined) {
        if (cut[i].from !== null && cut[i].from! > edit.until) break;
      } else if (i > start && !same(original[i][attribute], original[i - 1][attribute])) {
        break; // this later version changed the attribute itself: it keeps its change, and so do the next ones
      }
      cut[i].values = { ...cut[i].values, [attribute]: value };
    }
  }
  return merged(cut);
}

/** What a save writes: versions to update (by id), to create, to delete. */
export interface TimelineChanges<V extends Values> {
  update: (Version<V> & { id: string })[];
  create: Version<V>[];
  remove: string[];
}

export function changesBetween<V extends Values>(before: Version<V>[], after: Version<V>[]): TimelineChanges<V> {
  const byId = new Map(before.filter((v) => v.id).map((v) => [v.id!, v]));
  const kept = new Set(after.flatMap((v) => (v.id ? [v.id] : [])));
  return {
    update: after.filter((v): v is Version<V> & { id: string } => {
      const old = v.id ? byId.get(v.id) : undefined;
      return !!old && (!same(old.from, v.from) || !same(old.to, v.to) || !sameValues(old.values, v.values));
    }),
    create: after.filter((v) => !v.id),
    remove: [...byId.keys()].filter((id) => !kept.has(id)),
  };
}

/** PostgreSQL's `daterange` text (`[2024-03-01,2025-01-01)`, `(,)`) ↔ inclusive bounds. */
export function parseRange(text: string): { from: IsoDate | null; to: IsoDate | null } {
  const match = /^([[(])([^,]*),([^)\]]*)([)\]])$/.exec(text.trim());
  if (!match) throw new Error(`not a daterange: ${text}`);
  const [, open, low, high, close] = match;
  const unquote = (s: string) => s.replace(/"/g, '');
  const from = low && unquote(low) !== '-infinity' ? (open === '[' ? unquote(low) : addDays(unquote(low), 1)) : null;
  const to = high && unquote(high) !== 'infinity' ? (close === ')' ? addDays(unquote(high), -1) : unquote(high)) : null;
  return { from, to };
}

export const formatRange = (from: IsoDate | null, to: IsoDate | null): string => `[${from ?? ''},${to === null ? '' : addDays(to, 1)})`;
