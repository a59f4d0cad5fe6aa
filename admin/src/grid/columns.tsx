/**
 * react-data-grid columns of a grid: a status column (line number, new/staged/conflict/error), then one column
 * per declared field with its editor; staged cells, errors, warnings and conflicts get their own class, and the
 * cell's title carries the French messages.
 */
import { type Column, SelectColumn } from 'react-data-grid';
import type { Conflict } from './conflicts';
import { formatValue, type ReferenceName, type ReferenceNames, type Translate } from './convert';
import { type EditorContext, type GridRow, renderEditor } from './editors';
import { labelOf } from './import';
import { type Marks, ROW } from './marks';
import type { GridColumn } from './model';
import type { Staging } from './staging';

export const STATUS_KEY = '__status';

export interface ColumnsInput {
  resource: string;
  columns: GridColumn[];
  staging: Staging;
  marks: Marks;
  conflicts: Conflict[];
  names: ReferenceNames;
  t: Translate;
  search: (column: GridColumn, q: string) => Promise<Record<string, unknown>[]>;
  addNames: (names: [string, ReferenceName][]) => void;
  lineOf: (key: string) => number;
}

function cellState(input: ColumnsInput, conflictOf: Map<string, Conflict>, key: string, field: string) {
  const marks = input.marks.get(key)?.get(field) ?? [];
  const conflict = conflictOf.get(key)?.fields.find((f) => f.field === field);
  const classes = [
    field in (input.staging.edits.get(key) ?? {}) ? 'grid-staged' : '',
    marks.some((m) => m.severity === 'ERROR') ? 'grid-error' : marks.length ? 'grid-warning' : '',
    conflict ? 'grid-conflict' : '',
  ];
  return { classes: classes.filter(Boolean).join(' '), marks, conflict };
}

export function gridColumnsOf(input: ColumnsInput): Column<GridRow>[] {
  const { columns, t, names } = input;
  const conflictOf = new Map(input.conflicts.map((c) => [c.key, c]));
  const added = new Set(input.staging.added);
  const status: Column<GridRow> = {
    key: STATUS_KEY,
    name: '#',
    width: 64,
    frozen: true,
    cellClass: (row) => cellState(input, conflictOf, row.__key, ROW).classes || undefined,
    renderCell: ({ row }) => {
      const { marks } = cellState(input, conflictOf, row.__key, ROW);
      const sign = conflictOf.has(row.__key) ? '⚠' : added.has(row.__key) ? '+' : input.staging.edits.has(row.__key) ? '•' : '';
      return (
        <span title={marks.map((m) => m.message).join('\n') || undefined} data-status={sign}>
          {input.lineOf(row.__key)} {sign}
        </span>
      );
    },
  };
  const fields = columns.map<Column<GridRow>>((column) => {
    const ctx: EditorContext = { column, t, names, search: (q) => input.search(column, q), addNames: input.addNames };
    return {
      key: column.field,
      name: labelOf(input.resource, column.field, t),
      width: column.width ?? (column.type === 'reference' ? 240 : column.type === 'date' ? 110 : 150),
      resizable: true,
      sortable: column.sortable,
      editable: true,
      cellClass: (row) =>
        [
          ['reference', 'enum', 'boolean'].includes(column.type) ? 'grid-picker-cell' : '',
          cellState(input, conflictOf, row.__key, column.field).classes,
        ]
          .filter(Boolean)
          .join(' ') || undefined,
      renderCell: ({ row }) => {
        const { marks, conflict } = cellState(input, conflictOf, row.__key, column.field);
        const text = formatValue(column, row[column.field], t, names);
        const conflictText =
          conflict &&
          `Vous : ${formatValue(column, conflict.mine, t, names) || '—'} ; en base : ${formatValue(column, conflict.theirs, t, names) || '—'}`;
        const title = [...marks.map((m) => m.message), conflictText].filter(Boolean).join('\n');
        return <span title={title || undefined}>{text}</span>;
      },
      renderEditCell: renderEditor(ctx),
    };
  });
  return [SelectColumn, status, ...fields];
}
