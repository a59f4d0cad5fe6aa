/**
 * Cell editors by column type. Each keeps the row's value up to date as the user types (a text that does not
 * convert is kept as an `Invalid` value, shown marked); Enter or Tab commits, Esc cancels (react-data-grid).
 */
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import type { CalculatedColumn, RenderEditCellProps } from 'react-data-grid';
import {
  formatValue,
  invalid,
  normalize,
  parseText,
  referenceName,
  type ReferenceName,
  type ReferenceNames,
  type Translate,
} from './convert';
import type { GridColumn } from './model';

export type GridRow = { __key: string } & Record<string, unknown>;

export interface EditorContext {
  column: GridColumn;
  t: Translate;
  names: ReferenceNames;
  search: (q: string) => Promise<Record<string, unknown>[]>;
  addNames: (names: [string, ReferenceName][]) => void;
}

type Props = RenderEditCellProps<GridRow> & { ctx: EditorContext };

/** An editor's accessible name: its column's French label, as the header reads (not the input field's name). */
const labelOf = (column: CalculatedColumn<GridRow>) => (typeof column.name === 'string' ? column.name : column.key);

function valueOfText(ctx: EditorContext, text: string): unknown {
  const parsed = parseText(ctx.column, text, ctx.t);
  if ('error' in parsed) return invalid(text, parsed.error);
  return 'value' in parsed ? parsed.value : text;
}

/** Text, number and date cells: typed as in a spreadsheet (dates `jj/mm/aaaa`). */
function TextEditor({ row, column, onRowChange, ctx }: Props) {
  const [text, setText] = useState(() => formatValue(ctx.column, row[column.key], ctx.t, ctx.names));
  return (
    <input
      className="grid-editor"
      autoFocus
      value={text}
      placeholder={ctx.column.type === 'date' ? 'jj/mm/aaaa' : undefined}
      aria-label={labelOf(column)}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => {
        setText(e.target.value);
        onRowChange({ ...row, [column.key]: valueOfText(ctx, e.target.value) });
      }}
    />
  );
}

interface Option {
  value: unknown;
  label: string;
  record?: Record<string, unknown>;
}

/** The choices of an enum or yes/no cell whose label contains the typed text (all of them before any typing). */
function choicesOf(ctx: EditorContext, q: string): Option[] {
  const values: unknown[] = ctx.column.type === 'boolean' ? [true, false] : (ctx.column.enumValues ?? []);
  const all = values.map((value) => ({ value, label: formatValue(ctx.column, value, ctx.t, ctx.names) }));
  return all.filter((o) => normalize(o.label).includes(normalize(q)));
}

/**
 * Enum, yes/no and reference cells: type part of a label, code or name, then pick in the list (arrows and Enter,
 * or the mouse); Enter on an empty text clears the cell. References are searched through the referenced list.
 */
function PickerEditor({ row, column, onRowChange, onClose, ctx }: Props) {
  const reference = ctx.column.reference;
  const [text, setText] = useState(() => formatValue(ctx.column, row[column.key], ctx.t, ctx.names));
  const [typed, setTyped] = useState(false);
  const [options, setOptions] = useState<Option[]>(() => (reference ? [] : choicesOf(ctx, '')));
  const [highlight, setHighlight] = useState(() =>
    Math.max(
      0,
      options.findIndex((o) => o.value === row[column.key]),
    ),
  );
  useEffect(() => {
    if (!typed) return;
    const q = text.split(' – ')[0].trim();
    if (!reference) return (setOptions(choicesOf(ctx, q)), setHighlight(0));
    if (!q) return setOptions([]);
    let live = true;
    const found = (records: Record<string, unknown>[]) =>
      records.map((record) => ({ value: String(record.id), label: referenceName(reference, record).label, record }));
    const timer = setTimeout(() => void ctx.search(q).then((records) => live && (setOptions(found(records)), setHighlight(0))), 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, typed, ctx, reference]);
  const pick = (option: Option | undefined) => {
    if (option?.record && reference) ctx.addNames([[String(option.value), referenceName(reference, option.record)]]);
    onRowChange({ ...row, [column.key]: option ? option.value : null }, true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (e.key in moves && options.length) setHighlight((h) => (h + moves[e.key] + options.length) % options.length);
    else if (e.key === 'Enter') {
      if (text.trim() === '') pick(undefined);
      else if (options.length) pick(options[highlight]);
      else onClose(false);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };
  // A combobox with its list [WAI-ARIA combobox pattern]: the highlighted choice is announced as the active one.
  const listId = useId();
  const expanded = options.length > 0;
  return (
    <div className="grid-picker">
      <input
        className="grid-editor"
        autoFocus
        role="combobox"
        aria-label={labelOf(column)}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        aria-activedescendant={expanded ? `${listId}-${highlight}` : undefined}
        value={text}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => (setText(e.target.value), setTyped(true))}
        onKeyDown={onKeyDown}
      />
      {options.length > 0 && (
        <ul role="listbox" id={listId} className="grid-options" aria-label={labelOf(column)}>
          {options.map((option, i) => (
            <li
              key={String(option.value)}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === highlight}
              onMouseDown={(e) => (e.preventDefault(), pick(option))}
            >
              {option.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function renderEditor(ctx: EditorContext) {
  const Editor = ['reference', 'enum', 'boolean'].includes(ctx.column.type) ? PickerEditor : TextEditor;
  const EditCell = (props: RenderEditCellProps<GridRow>) => <Editor {...props} ctx={ctx} />;
  return EditCell;
}
