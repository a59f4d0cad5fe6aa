import { addDays, type IsoDate } from '../shared/scalars';
import type { Dated } from '../shared/periods';
import { MemberRole } from './enums';

/*
 * « Les assistants de service social sont membres de droit des commissions locales d’action sociale » [004 §II.3]:
 * the ASS assigned in a department (« le préfet de département dans lequel ils sont affectés », ibid.) sit ex officio
 * on its CLAS for as long as they hold their post there.
 */

const inForce = (p: Dated, date: IsoDate) => p.validFrom <= date && (p.validTo === null || p.validTo >= date);
const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const earlier = (a: IsoDate | null, b: IsoDate | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** Whether an ASS holds an ex-officio seat on the CLAS on the date (a seat of another quality does not count) [004 §II.3]. */
export function seatedExOfficio(seats: { role: MemberRole; validFrom: IsoDate; validTo: IsoDate | null }[], date: IsoDate): boolean {
  return seats.some((s) => s.role === MemberRole.EX_OFFICIO && inForce(s, date));
}

/**
 * The ex-officio seat to give an ASS missing from the CLAS on `date`: it runs with the assignment and the commission
 * [004 §II.3], from the day after the last earlier seat of the ASS (so no two seats overlap) to the day before the
 * next one. Null when the ASS is seated on the date, or not assigned (or the commission not in force) on it.
 */
export function exOfficioSeat(
  assignment: Dated,
  commission: Dated,
  seats: { role: MemberRole; validFrom: IsoDate; validTo: IsoDate | null }[],
  date: IsoDate,
): Dated | null {
  if (!inForce(assignment, date) || !inForce(commission, date) || seatedExOfficio(seats, date)) return null;
  let validFrom = later(assignment.validFrom, commission.validFrom);
  let validTo = earlier(assignment.validTo, commission.validTo);
  for (const seat of seats.filter((s) => s.role === MemberRole.EX_OFFICIO)) {
    if (seat.validTo !== null && seat.validTo < date) validFrom = later(validFrom, addDays(seat.validTo, 1));
    if (seat.validFrom > date) validTo = earlier(validTo, addDays(seat.validFrom, -1));
  }
  return { validFrom, validTo };
}
