/**
 * Files ↔ tables of text: CSV (papaparse) and XLSX (exceljs, loaded on demand: it is large). An export has the
 * grid's columns plus the id and version of each record, so that it can be edited and imported back.
 */
import Papa from 'papaparse';
import { frenchDate } from './convert';

export type Table = string[][];
export type FileFormat = 'csv' | 'xlsx';

export const formatOf = (fileName: string): FileFormat | undefined => {
  const ext = fileName.toLowerCase().split('.').pop();
  return ext === 'csv' || ext === 'txt' ? 'csv' : ext === 'xlsx' ? 'xlsx' : undefined;
};

/** CSV as French spreadsheets write it: `;`-separated, with a BOM so that Excel reads UTF-8. */
export const toCsv = (table: Table): string => `\ufeff${Papa.unparse(table, { delimiter: ';', newline: '\r\n' })}`;

export function parseCsv(text: string): Table {
  const { data } = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [';', ',', '\t', '|'],
  });
  return data;
}

const loadExcel = async () => (await import('exceljs')).default;

export async function toXlsx(table: Table, sheetName: string): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRows(table);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** The text a spreadsheet cell shows: dates the French way, formulas by their result, rich text as plain text. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return frenchDate(value.toISOString().slice(0, 10));
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
  }
  return String(value);
}

export async function parseXlsx(data: ArrayBuffer): Promise<Table> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: Table = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    table.push(Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value).trim()));
  });
  return table.filter((row) => row.some((cell) => cell !== ''));
}

export async function readTable(name: string, data: ArrayBuffer): Promise<Table> {
  const format = formatOf(name);
  if (format === 'xlsx') return parseXlsx(data);
  if (format === 'csv') return parseCsv(new TextDecoder('utf-8').decode(data));
  throw new Error(`Format de fichier non pris en charge : « ${name} » (CSV ou XLSX attendu).`);
}
