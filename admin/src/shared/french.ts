/**
 * Dates and numbers as a French reader expects them, whatever the browser's language (pure: no React,
 * shared by fields, record names and the history).
 */
import { frenchNumber, NUMBER_LOCALE } from './numbers';

export const DATE_LOCALE = 'fr-FR';

/** The registry's clock is Paris's, whatever the browser's time zone (an agent abroad, a machine set to UTC). */
export const REGISTRY_TIME_ZONE = 'Europe/Paris';

/** How an instant is written: « 02/01/2024 04:04:05 », Paris time (the API's messages write them the same way). */
export const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = { timeZone: REGISTRY_TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' };

/** An ISO day as text, "02/03/2026", read as a UTC day (for titles and record representations). */
export const frDate = (iso: string | null | undefined) =>
  iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString(DATE_LOCALE, { timeZone: 'UTC' }) : '';

/** A `DateTime` as read in Paris: "02/01/2024 04:04:05". */
export const frDateTime = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString(DATE_LOCALE, DATE_TIME_OPTIONS) : '');

/** "0,55", "1 000": a decimal comma and a no-break space between thousands (`frenchNumber`). */
export const frNumber = (n: number | null | undefined, maximumFractionDigits = 4) =>
  n === null || n === undefined ? '' : frenchNumber(n.toLocaleString(NUMBER_LOCALE, { maximumFractionDigits }));

/**
 * Today's ISO day in Paris, the registry's reference day: `toISOString()` gives the UTC day, which is still
 * yesterday between midnight and 1 or 2 a.m. in France.
 */
export const parisToday = (now: Date = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: REGISTRY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
