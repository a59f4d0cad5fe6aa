import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { ExportColumn } from './export.columns';
import { csvValue, xlsxValue } from './export.format';
import { CELL_STYLE, writeXlsx } from './xlsx-stream';

type Row = unknown[];

export interface ExportFormat {
  contentType: string;
  /**
   * Writes the header and every row of `rows` (arrays from the cursor) to `out`, respecting its backpressure, and
   * leaves `out` open: the export's transaction (and its access log) commits before the file ends.
   */
  write(columns: ExportColumn[], rows: Readable, out: Writable, sheetName: string): Promise<void>;
}

/**
 * CSV as the back office's grid exports it and French spreadsheets open it: `;` separated, UTF-8 with a BOM, CRLF.
 * csv-stringify is a stream: `pipeline` reads the cursor only as fast as the client takes the file.
 */
const csv: ExportFormat = {
  contentType: 'text/csv; charset=utf-8',
  async write(columns, rows, out) {
    const cells = async function* (source: AsyncIterable<Row>) {
      yield columns.map((c) => c.header);
      for await (const row of source) yield columns.map((c, i) => csvValue(row[i], c));
    };
    await pipeline(rows, cells, stringify({ delimiter: ';', bom: true, record_delimiter: 'windows' }), out, { end: false });
  },
};

/** XLSX through our streaming sheet writer (xlsx-stream.ts): numbers and dates as such, in French display formats. */
const xlsx: ExportFormat = {
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  async write(columns, rows, out, sheetName) {
    const cells = async function* (source: AsyncIterable<Row>) {
      for await (const row of source) yield columns.map((c, i) => xlsxValue(row[i], c));
    };
    const styles = columns.map((c) =>
      c.list ? undefined : c.kind === 'date' ? CELL_STYLE.date : c.kind === 'datetime' ? CELL_STYLE.dateTime : undefined,
    );
    const widths = columns.map((c) => Math.min(40, Math.max(10, c.header.length + 2)));
    await writeXlsx(out, { name: sheetName, header: columns.map((c) => c.header), styles, widths }, cells(rows));
  },
};

export const EXPORT_FORMATS: Record<string, ExportFormat> = { csv, xlsx };
