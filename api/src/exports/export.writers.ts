import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { ExportColumn } from './export.columns';
import { csvValue, xlsxFormat, xlsxValue } from './export.format';

type Row = unknown[];

export interface ExportFormat {
  contentType: string;
  /** Writes the header and every row of `rows` (arrays from the cursor) to `out`, respecting its backpressure. */
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
    await pipeline(rows, cells, stringify({ delimiter: ';', bom: true, record_delimiter: 'windows' }), out);
  },
};

/**
 * XLSX through exceljs's streaming writer (rows committed as they come, no shared strings: nothing kept per row).
 * Its zip stream does not tell its producer to wait, so the loop waits for the response to drain itself.
 */
const xlsx: ExportFormat = {
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  async write(columns, rows, out, sheetName) {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({ header: c.header, width: Math.min(40, Math.max(10, c.header.length + 2)), style: xlsxFormat(c) ? { numFmt: xlsxFormat(c) } : {} }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    let count = 0;
    for await (const row of rows as AsyncIterable<Row>) {
      sheet.addRow(columns.map((c, i) => xlsxValue(row[i], c))).commit();
      if (++count % 200 === 0) {
        // Let the zip stream hand its compressed output to the response, then wait while the client is slower.
        await new Promise(setImmediate);
        if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
      }
      if (out.destroyed) throw new Error('client gone');
    }
    sheet.commit();
    await workbook.commit();
  },
};

export const EXPORT_FORMATS: Record<string, ExportFormat> = { csv, xlsx };
