/**
 * How every French text of the API writes dates and numbers (violation messages, record labels, printed
 * documents): one helper, so that no message says « 2026-03-19 » or « 0.55 ».
 */
import type { IsoDate } from './scalars';

/** « 19/03/2026 » (jj/mm/aaaa) from an ISO day; the ISO day is a calendar day, no time zone involved. */
export function frDate(iso: IsoDate | string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** « 19 mars 2026 »: the long form of printed letters and arrêtés; « …… » leaves the blank to fill by hand. */
export function frLongDate(iso: IsoDate | string | null | undefined): string {
  return iso
    ? new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('fr-FR', {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })
    : '……';
}

/** « 19/03/2026 14:05:09 »: an instant as read in Paris (the registry's « today » is Paris's). */
export function frDateTime(at: Date): string {
  return at.toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'medium' });
}

/** « 0,55 », « 1 000 »: a decimal comma, thousands separated, at most three decimals. */
export function frNumber(n: number): string {
  return n.toLocaleString('fr-FR', { maximumFractionDigits: 3 });
}

/**
 * « 1 service couvert ne figure pas », « 2 services couverts ne figurent pas »: a count and the words that agree with
 * it, instead of « service(s) couvert(s) ». French takes the singular for 0 and 1 (« 0 ligne enregistrée »).
 */
export function frCount(n: number, singular: string, plural: string): string {
  return `${frNumber(n)} ${Math.abs(n) < 2 ? singular : plural}`;
}
