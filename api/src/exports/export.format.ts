import { frDate } from '../shared/french';
import type { ExportColumn } from './export.columns';
import { valueLabel } from './labels';

/**
 * How a value of a compiled row is written in a file for a French reader: dates jj/mm/aaaa, times in Paris time,
 * enum values by their label, booleans Oui/Non, decimals with a comma in CSV (LibreOffice and Excel in French read
 * them as numbers), lists joined by « , ». XLSX keeps numbers and dates as such, formatted. Values come as the read
 * path gives them (export.columns.ts `flatColumns`): dates as ISO text, times as Paris wall-clock text.
 */

/** « 19/03/2026 14:05:09 » from the database's Paris wall-clock text « 2026-03-19 14:05:09 ». */
const frDateTime = (local: string): string => `${frDate(local.slice(0, 10))} ${local.slice(11, 19)}`;

function textOf(column: ExportColumn, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (column.kind) {
    case 'enum':
      return valueLabel(column.enumName!, String(value));
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
export function csvValue(value: unknown, column: ExportColumn): string {
  if (column.list && Array.isArray(value)) return value.map((v) => textOf(column, v)).join(', ');
  return textOf(column, value);
}

/** Paris wall-clock text as a UTC date: a spreadsheet's date cells have no time zone. */
const wallClock = (local: string): Date => new Date(`${local.slice(0, 10)}T${local.slice(11, 19)}Z`);

/** A cell of the XLSX file: numbers and dates as such (their display format is the column's cell style). */
export function xlsxValue(value: unknown, column: ExportColumn): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (column.list) return csvValue(value, column);
  switch (column.kind) {
    case 'integer':
    case 'decimal':
      return typeof value === 'number' ? value : Number(value);
    case 'date':
      return new Date(`${String(value).slice(0, 10)}T00:00:00Z`);
    case 'datetime':
      return wallClock(String(value));
    default:
      return textOf(column, value);
  }
}
