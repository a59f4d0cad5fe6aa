/**
 * A rectangle copied from LibreOffice or Excel arrives as tab-separated text: rows end with a newline, a cell
 * holding a tab, a newline or a quote is quoted with doubled quotes. Pasted on a cell, it covers the columns to
 * its right and the rows below, adding new rows past the last one.
 */

/** The cells of tab-separated text (the trailing newline spreadsheets add is not a row). */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === '\t') endCell();
    else if (c === '\n' || c === '\r') {
      endCell();
      rows.push(row);
      row = [];
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Tab-separated text of a rectangle (what a copy puts on the clipboard). */
export function toTsv(rows: string[][]): string {
  const quote = (cell: string) => (/[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join('\t')).join('\n');
}

export interface PastedCell {
  /** Index of the target row in the grid; at or past `rowCount`, a new row. */
  rowIdx: number;
  field: string;
  text: string;
}

/**
 * The cells a rectangle covers when pasted at (`rowIdx`, `colIdx`) on a grid of `fields` columns and `rowCount`
 * rows; columns past the last are dropped. A single value pasted on several selected rows fills them all.
 */
export function placeRectangle(
  matrix: string[][],
  anchor: { rowIdx: number; colIdx: number },
  fields: readonly string[],
  rowCount: number,
  selectedRowIdxs: readonly number[] = [],
): { cells: PastedCell[]; newRows: number } {
  const single = matrix.length === 1 && matrix[0].length === 1;
  const targets =
    single && selectedRowIdxs.length > 1 ? [...selectedRowIdxs].sort((a, b) => a - b) : matrix.map((_, i) => anchor.rowIdx + i);
  const cells: PastedCell[] = [];
  targets.forEach((rowIdx, i) => {
    const values = single ? matrix[0] : matrix[i];
    values.forEach((text, j) => {
      const field = fields[anchor.colIdx + j];
      if (field !== undefined) cells.push({ rowIdx, field, text });
    });
  });
  return { cells, newRows: Math.max(0, Math.max(...targets) + 1 - rowCount) };
}
