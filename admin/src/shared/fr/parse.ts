/**
 * Dates and numbers as a French user types and reads them, whatever the browser's language: `jj/mm/aaaa`,
 * « 0,55 », « 1 000 ». Pure functions, shared by the inputs and tested on their own.
 */
import { format, isValid, parse } from 'date-fns';
import { frenchNumber, NUMBER_LOCALE } from '../numbers';

/** What an input holds while its text is not (yet) a date or a number: the form refuses it with a message. */
export const INVALID = 'invalid';

/** An ISO day (the API's `Date` scalar) as a local date at midnight, for the date picker. */
export const dateOfIso = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const date = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) ? date : null;
};

/** What the picker gives back → the form's value: an ISO day, null when empty, INVALID while incomplete. */
export const isoOfDate = (date: Date | null): string | null =>
  date === null ? null : isValid(date) ? format(date, 'yyyy-MM-dd') : INVALID;

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * A number typed the French way: « 0,55 », « 1 000 », « 1 000,5 » (a dot is taken as the decimal mark too).
 * Empty → null; anything else → INVALID.
 */
export const parseNumber = (text: string): number | null | typeof INVALID => {
  const compact = text.replace(SPACES, '');
  if (compact === '') return null;
  if (!/^[-+]?\d+([.,]\d+)?$/.test(compact)) return INVALID;
  return Number(compact.replace(',', '.'));
};

/** A number written the French way: « 0,55 », « 1 000 » (grouping off for years and codes). */
export const formatNumber = (value: unknown, grouping = true): string =>
  typeof value === 'number' && Number.isFinite(value)
    ? frenchNumber(new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 6, useGrouping: grouping }).format(value))
    : '';
