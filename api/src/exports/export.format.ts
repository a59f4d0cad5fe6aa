import { frDate } from '../shared/french';
import type { ExportColumn } from './export.columns';
import { enumLabel } from './labels';

/**
 * How a value of a compiled row is written in a file for a French reader: dates jj/mm/aaaa, times in Paris time,
 * enum values by their label, booleans Oui/Non, decimals with a comma in CSV (LibreOffice and Excel in French read
 * them as numbers), lists joined by « , ». XLSX keeps numbers and dates as such, formatted.
 */

type Row = Record<string, unknown>;

const PARIS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** « 19/03/2026 14:05:09 », in Paris time. */
export const frDateTime = (iso: string): string => PARIS.format(new Date(iso)).replace(',', '');

/** The raw value of a column in a compiled row (a reference's field inside its object; null when not visible). */
export function rawValue(row: Row, column: ExportColumn): unknown {
  const value = row[column.key];
  if (!column.subKey) return value;
  return value && typeof value === 'object' ? (value as Row)[column.subKey] : null;
}

function textOf(column: ExportColumn, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (column.kind) {
    case 'enum':
      return enumLabel(column.enumName!, String(value));
    case 'boolean':
      return value ? 'Oui' : 'Non';
    case 'date':
      return frDate(String(value));
    case 'datetime':
      return frDateTime(String(value));
    case 'decimal':
      return String(value).replace('.', ',');
    case 'json':
      return JSON.stringify(value);
    default:
      return String(value);
  }
}

/** A cell of the CSV file. */
export function csvValue(row: Row, column: ExportColumn): string {
  const value = rawValue(row, column);
  if (column.list && Array.isArray(value)) return value.map((v) => textOf(column, v)).join(', ');
  return textOf(column, value);
}

/** Wall-clock Paris time as a UTC date: a spreadsheet's date cells have no time zone. */
function parisWallClock(iso: string): Date {
  const parts = Object.fromEntries(PARIS.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return new Date(Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second));
}

/** A cell of the XLSX file: numbers and dates as such (their display format is the column's, see `xlsxFormat`). */
export function xlsxValue(row: Row, column: ExportColumn): string | number | Date | null {
  const value = rawValue(row, column);
  if (value === null || value === undefined) return null;
  if (column.list) return csvValue(row, column);
  switch (column.kind) {
    case 'integer':
    case 'decimal':
      return typeof value === 'number' ? value : Number(value);
    case 'date':
      return new Date(`${String(value).slice(0, 10)}T00:00:00Z`);
    case 'datetime':
      return parisWallClock(String(value));
    default:
      return textOf(column, value);
  }
}

/** The display format of a column's cells in XLSX (jj/mm/aaaa in a French Excel). */
export function xlsxFormat(column: ExportColumn): string | undefined {
  if (column.list) return undefined;
  if (column.kind === 'date') return 'dd/mm/yyyy';
  if (column.kind === 'datetime') return 'dd/mm/yyyy hh:mm:ss';
  return undefined;
}
