/**
 * Import and export of a grid's rows. Export writes a header (column labels, plus the record's id and version)
 * and one line per record; import maps a file's headers to the columns (the mapping is remembered per resource),
 * turns each line into a bulk-save row, and reports every problem by line and column.
 */
import { formatValue, isInvalid, normalize, type ReferenceNames, type Translate } from './convert';
import { type ApiRowResult, issuesOf, marksFromResult, ROW } from './marks';
import type { GridColumn } from './model';
import { convertCells, type FetchCandidates, type TextCell } from './references';
import type { BaseRow, StagedRow } from './staging';
import type { Table } from './table-io';

export const ID = 'id';
export const VERSION = 'version';
export const ID_LABEL = 'Identifiant';
export const VERSION_LABEL = 'Version';

/** Column label of a field: the back office's own (`resources.agents.fields.lastName`). */
export const labelOf = (resource: string, field: string, t: Translate) =>
  field === ID ? ID_LABEL : field === VERSION ? VERSION_LABEL : t(`resources.${resource}.fields.${field}`);

export function exportTable(resource: string, columns: GridColumn[], rows: BaseRow[], t: Translate, names: ReferenceNames): Table {
  const header = [ID_LABEL, VERSION_LABEL, ...columns.map((c) => labelOf(resource, c.field, t))];
  return [
    header,
    ...rows.map((row) => [row.id, String(row.version), ...columns.map((c) => formatValue(c, row.values[c.field], t, names, true))]),
  ];
}

/** File header → field (`''`: not imported). */
export type Mapping = Record<string, string>;

/** The mapping of a file's headers: the remembered one where it still applies, else by label or field name. */
export function guessMapping(resource: string, headers: string[], columns: GridColumn[], t: Translate, remembered: Mapping = {}): Mapping {
  const fields = [ID, VERSION, ...columns.map((c) => c.field)];
  const byName = new Map(
    fields.flatMap((f) => [
      [normalize(labelOf(resource, f, t)), f],
      [normalize(f), f],
    ]),
  );
  return Object.fromEntries(headers.map((h) => [h, fields.includes(remembered[h]) ? remembered[h] : (byName.get(normalize(h)) ?? '')]));
}

const storageKey = (resource: string) => `grille.correspondance.${resource}`;

export function loadMapping(storage: Pick<Storage, 'getItem'>, resource: string): Mapping {
  try {
    return JSON.parse(storage.getItem(storageKey(resource)) ?? '{}') as Mapping;
  } catch {
    return {};
  }
}

export function saveMapping(storage: Pick<Storage, 'setItem'>, resource: string, mapping: Mapping): void {
  storage.setItem(storageKey(resource), JSON.stringify(mapping));
}

/** A row of the file, as a bulk-save row; its key names its line (the header is line 1). */
export const lineKey = (line: number) => `ligne-${line}`;
export const lineOf = (key: string) => Number(key.slice('ligne-'.length));

/** The file's lines as bulk-save rows: with an id (and its version) they update, without one they create. */
export async function importRows(
  table: Table,
  mapping: Mapping,
  columns: GridColumn[],
  t: Translate,
  fetch: FetchCandidates,
): Promise<StagedRow[]> {
  const [headers = [], ...lines] = table;
  const byField = new Map(columns.map((c) => [c.field, c]));
  const rows: StagedRow[] = [];
  const cells: TextCell[] = [];
  lines.forEach((line, i) => {
    if (line.every((cell) => cell.trim() === '')) return;
    const key = lineKey(i + 2);
    const row: StagedRow = { key, values: {}, invalid: [] };
    headers.forEach((header, j) => {
      const field = mapping[header];
      const text = (line[j] ?? '').trim();
      if (field === ID) row.id = text || undefined;
      else if (field === VERSION) row.version = text ? Number(text) : undefined;
      else if (field && byField.has(field)) cells.push({ key, field, text });
    });
    if (row.id && !Number.isInteger(row.version))
      row.invalid.push({
        field: VERSION,
        message: `La colonne « ${VERSION_LABEL} » est nécessaire pour modifier un enregistrement existant (exportez-le d’abord).`,
      });
    rows.push(row);
  });
  const { edits } = await convertCells(cells, (f) => byField.get(f), t, fetch);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const { key, field, value } of edits) {
    const row = byKey.get(key)!;
    if (isInvalid(value)) row.invalid.push({ field, message: value.message });
    else row.values[field] = value;
  }
  return rows;
}

export interface ReportLine {
  line: number;
  column: string;
  message: string;
  severity: 'ERROR' | 'WARNING';
}

/** The dry-run report: every problem by file line and column (conversion errors and the API's rules alike). */
export function importReport(resource: string, rows: StagedRow[], results: ApiRowResult[], t: Translate): ReportLine[] {
  // Every field is named in the report, columns of the file or not (a required field left out, for instance).
  const fields = new Set(results.flatMap((r) => r.violations.map((v) => v.field)));
  const marks = marksFromResult(rows, results, fields, true);
  return issuesOf(
    marks,
    rows.map((r) => r.key),
  ).map(({ key, field, mark }) => ({
    line: lineOf(key),
    column: field === ROW ? '—' : labelOf(resource, field, t),
    message: mark.message,
    severity: mark.severity,
  }));
}
