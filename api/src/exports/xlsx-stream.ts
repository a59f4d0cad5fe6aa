import { Readable, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import archiver from 'archiver';

/**
 * A one-sheet XLSX file written as a stream (SpreadsheetML in a zip, ECMA-376): the sheet's XML is produced row by
 * row from an async source and handed to archiver's zip stream, which reads it only as fast as the output drains,
 * so that the file's size never reaches the memory. Cells: text (inline strings), numbers, and dates as serial
 * numbers with a display format; row 1 (the header) bold and frozen.
 *
 * Why not exceljs's WorkbookWriter: its internal buffer does not wait for the zip stream, so a 300,000-row sheet
 * took 165 s and +280 MB of server memory here (see the note of issue 15); this writer follows the same format.
 */

export type Cell = string | number | Date | null;

/** Display formats, by the index of their cell style in styles.xml. */
export const CELL_STYLE = { header: 1, date: 2, dateTime: 3 } as const;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm:ss"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

// Characters XML 1.0 cannot carry are dropped (the API refuses them on input; older data might hold some).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xmlText = (text: string) =>
  text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A column's letters: 0 → A, 25 → Z, 26 → AA. */
const letters = (index: number): string => (index < 26 ? '' : letters(Math.floor(index / 26) - 1)) + String.fromCharCode(65 + (index % 26));

/** Days since 1899-12-30, the spreadsheet's date serial (a UTC date stands for its wall-clock day and time). */
const serial = (date: Date) => date.getTime() / 86_400_000 + 25_569;

function cellXml(ref: string, value: Cell, style: number | undefined): string {
  if (value === null || value === '') return '';
  const s = style ? ` s="${style}"` : '';
  if (value instanceof Date) return `<c r="${ref}"${s}><v>${serial(value)}</v></c>`;
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

export interface SheetSpec {
  name: string;
  header: string[];
  /** Each column's cell style (CELL_STYLE.date…), or undefined. */
  styles: (number | undefined)[];
  widths: number[];
}

async function* sheetXml(spec: SheetSpec, rows: AsyncIterable<Cell[]>): AsyncGenerator<string> {
  const refs = spec.header.map((_, i) => letters(i));
  const cols = spec.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  yield (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<cols>${cols}</cols><sheetData><row r="1">${spec.header.map((h, i) => cellXml(`${refs[i]}1`, h, CELL_STYLE.header)).join('')}</row>`
  );
  let r = 1;
  let chunk = '';
  for await (const row of rows) {
    r++;
    chunk += `<row r="${r}">${row.map((v, i) => cellXml(`${refs[i]}${r}`, v, spec.styles[i])).join('')}</row>`;
    // A few hundred rows per piece: fewer, larger writes into the zip stream.
    if (chunk.length > 256 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}</sheetData></worksheet>`;
}

/** Writes the workbook to `out` (left open) and resolves once it is all written (rejects if the output fails). */
export async function writeXlsx(out: Writable, spec: SheetSpec, rows: AsyncIterable<Cell[]>): Promise<void> {
  // Fastest deflate: the sheet's XML is repetitive, level 1 already shrinks it 6-fold, and level 6 took twice as long.
  const zip = archiver('zip', { zlib: { level: 1 } });
  const failed = new Promise<never>((_, reject) => zip.on('error', reject));
  zip.pipe(out, { end: false });
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xmlText(spec.name.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  zip.append(CONTENT_TYPES, { name: '[Content_Types].xml' });
  zip.append(ROOT_RELS, { name: '_rels/.rels' });
  zip.append(workbook, { name: 'xl/workbook.xml' });
  zip.append(WORKBOOK_RELS, { name: 'xl/_rels/workbook.xml.rels' });
  zip.append(STYLES, { name: 'xl/styles.xml' });
  zip.append(Readable.from(sheetXml(spec, rows)), { name: 'xl/worksheets/sheet1.xml' });
  await Promise.race([Promise.all([zip.finalize(), finished(zip)]), failed]);
}
