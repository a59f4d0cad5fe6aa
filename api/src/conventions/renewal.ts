/**
 * Tacit renewal [003 annexes 4–5: « la présente convention est renouvelée annuellement par tacite reconduction »]:
 * the convention runs in yearly terms from its effective date until it is denounced; its end date, when set, is the
 * last day of the term at which it was denounced.
 */
import { Severity, violation, type Violation } from '../shared/errors';
import { addDays, type IsoDate } from '../shared/scalars';
import { frDate } from '../shared/french';

interface Renewable {
  validFrom: IsoDate;
  validTo: IsoDate | null;
  tacitRenewal: boolean;
}

export interface Term {
  from: IsoDate;
  to: IsoDate | null;
  /** Tacit renewals before this term (0: the first year). */
  renewals: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The same calendar day `years` later (29 February → 28 February in a common year). */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${pad(y + years, 4)}-${pad(m)}-${pad(Math.min(d, lastDay))}`;
}

/** The term in force on `on`: a yearly one under tacit renewal, else the whole period; null when not in force. */
export function termOn(c: Renewable, on: IsoDate): Term | null {
  if (on < c.validFrom || (c.validTo !== null && on > c.validTo)) return null;
  if (!c.tacitRenewal) return { from: c.validFrom, to: c.validTo, renewals: 0 };
  let renewals = Number(on.slice(0, 4)) - Number(c.validFrom.slice(0, 4));
  while (renewals > 0 && addYears(c.validFrom, renewals) > on) renewals--;
  const end = addDays(addYears(c.validFrom, renewals + 1), -1);
  return { from: addYears(c.validFrom, renewals), to: c.validTo !== null && c.validTo < end ? c.validTo : end, renewals };
}

/** A tacitly renewed convention ends with a yearly term: another end date is likely a slip (a warning, not an error). */
export function termEndRule(c: Renewable): Violation[] {
  if (!c.tacitRenewal || c.validTo === null || c.validTo < c.validFrom) return [];
  const { renewals } = termOn(c, c.validTo)!;
  const end = addDays(addYears(c.validFrom, renewals + 1), -1);
  if (c.validTo === end) return [];
  return [
    violation(
      'validTo',
      'CONVENTION_TERM_END',
      `Reconduite tacitement chaque année à compter du ${frDate(c.validFrom)}, la convention prend fin au terme d’une période annuelle (ici le ${frDate(end)}) : vérifiez la date de fin (${frDate(c.validTo)}).`,
      Severity.WARNING,
    ),
  ];
}
