import { addDays, type IsoDate } from './scalars';
import { frDate } from './french';

/** A dated record: [validFrom, validTo], both inclusive, validTo null = open-ended. */
export interface Dated {
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/** A stretch of time over which the same records are in force. */
export interface Segment<T> {
  from: IsoDate;
  to: IsoDate | null;
  active: T[];
}

const activeOn = (item: Dated, date: IsoDate) => item.validFrom <= date && (item.validTo === null || item.validTo >= date);

/**
 * Cuts time at every start and every day after an end of `items`, from `within`'s start to its end:
 * the segments where the set of records in force does not change (for rules on sums over time:
 * shares of an assignment, quotas of a post). Segments with no record in force are left out.
 */
export function segments<T extends Dated>(items: T[], within: Dated): Segment<T>[] {
  const cuts = new Set<IsoDate>([within.validFrom]);
  for (const item of items) {
    if (item.validFrom > within.validFrom) cuts.add(item.validFrom);
    if (item.validTo !== null) cuts.add(addDays(item.validTo, 1));
  }
  const sorted = [...cuts].filter((d) => d >= within.validFrom && (within.validTo === null || d <= within.validTo)).sort();
  return sorted
    .map((from, i) => ({
      from,
      to: i + 1 < sorted.length ? addDays(sorted[i + 1], -1) : within.validTo,
      active: items.filter((item) => activeOn(item, from)),
    }))
    .filter((s) => s.active.length > 0);
}

/** Whether `inner` lies within `outer` (both inclusive; null ends are open). */
export function within(inner: Dated, outer: Dated): boolean {
  return inner.validFrom >= outer.validFrom && (outer.validTo === null || (inner.validTo !== null && inner.validTo <= outer.validTo));
}

/** « du 01/01/2024 au 31/12/2024 » / « à partir du 01/01/2024 ». */
export function describePeriod(p: { from: IsoDate; to: IsoDate | null }): string {
  return p.to === null ? `à partir du ${frDate(p.from)}` : `du ${frDate(p.from)} au ${frDate(p.to)}`;
}
