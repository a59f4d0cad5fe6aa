/**
 * The spreadsheet view of a resource ("Tableur"): virtualised rows read page by page as the user scrolls, inline
 * editors, paste from a spreadsheet, fill-down, undo; Valider (dry run) marks each cell, Enregistrer writes every
 * staged row in one transaction or none; conflicts are shown with both values.
 */
import 'react-data-grid/lib/styles.css';
import './grid.css';
import { Alert, Box, Stack, Typography } from '@mui/material';
import { type ClipboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { DataGrid, type CellKeyDownArgs, type CellKeyboardEvent, type DataGridHandle, type SortColumn } from 'react-data-grid';
import { Title, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { gridColumnsOf, STATUS_KEY } from './columns';
import { ConflictPanel } from './ConflictPanel';
import { formatValue, type Translate } from './convert';
import { focusLost, nextOutside } from '../shared/focus';
import type { GridRow } from './editors';
import { GridFilters } from './GridFilters';
import { GridToolbar } from './GridToolbar';
import { IssuesPanel } from './IssuesPanel';
import { type GridConfig, queryFromListFilter } from './model';
import { toTsv } from './paste';
import { cellValue } from './staging';
import { useGrid } from './useGrid';
import { counted, formatInteger } from '../shared/numbers';

const PREFETCH_PX = 3500;

/** The list page's filter, passed in the URL (`?filter={…}`). */
function filterFromUrl(search: string): Record<string, unknown> {
  try {
    return JSON.parse(new URLSearchParams(search).get('filter') ?? '{}') as Record<string, unknown>;
  } catch {
    return {};
  }
}

export const ResourceGrid = ({ config }: { config: GridConfig }) => {
  const translate = useTranslate();
  const t: Translate = (key, options) => translate(key, { _: key, ...options });
  const location = useLocation();
  const g = useGrid(config, t, { ...queryFromListFilter(config.resource, filterFromUrl(location.search)), sort: config.sort });
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const active = useRef<{ rowIdx: number; field: string }>(undefined);
  const gridRef = useRef<DataGridHandle>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the first page, once
  useEffect(() => void g.load(true), []);
  // Valider and Enregistrer disable themselves while they run, and the focus falls to the page's body: the outcome
  // takes it, so that a keyboard or screen reader user hears it and goes on from there [RGAA 12.13, 7.5].
  useEffect(() => {
    if (g.outcome && focusLost()) outcomeRef.current?.focus();
  }, [g.outcome]);

  const rows = useMemo<GridRow[]>(
    () =>
      g.order.map(
        (key) =>
          Object.fromEntries([['__key', key], ...g.columns.map((c) => [c.field, cellValue(g.staging, g.base, key, c.field)])]) as GridRow,
      ),
    [g.order, g.columns, g.staging, g.base],
  );
  const lineOf = useMemo(() => {
    const index = new Map(g.order.map((key, i) => [key, i + 1]));
    return (key: string) => index.get(key) ?? 0;
  }, [g.order]);
  const columns = useMemo(
    () =>
      gridColumnsOf({
        resource: config.resource,
        columns: g.columns,
        staging: g.staging,
        marks: g.marks,
        conflicts: g.conflicts,
        names: g.names,
        t,
        search: (column, q) => g.api.search(column.reference!, q),
        addNames: g.addNames,
        lineOf,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t is stable in effect
    [config.resource, g.columns, g.staging, g.marks, g.conflicts, g.names, g.api, g.addNames, lineOf],
  );
  const sortColumns: SortColumn[] = g.query.sort ? [{ columnKey: g.query.sort.field, direction: g.query.sort.order }] : [];
  const selectedIdxs = () => g.order.flatMap((key, i) => (selected.has(key) ? [i] : []));

  const fillDown = () => {
    const at = active.current;
    if (!at || selected.size === 0) return g.setOutcome({ severity: 'info', message: t('app.grid.fillNeedsSelection') });
    g.fill(g.order[at.rowIdx], at.field, [...selected]);
  };

  const onKeyDown = (args: CellKeyDownArgs<GridRow>, event: CellKeyboardEvent) => {
    if (args.mode !== 'ACTIVE') return;
    const ctrl = event.ctrlKey || event.metaKey;
    // Tab leaves the grid, forward or back, as it leaves any field (react-data-grid would walk every cell): the
    // arrows move inside [WCAG 2.1.2]. In an editor, Tab still commits and moves to the next cell.
    if (event.key === 'Tab' && !ctrl && !event.altKey) {
      const next = gridRef.current?.element && nextOutside(gridRef.current.element, event.shiftKey);
      event.preventGridDefault();
      if (next) {
        event.preventDefault();
        next.focus();
      }
      return;
    }
    if (!args.column || args.column.key === STATUS_KEY || !args.row) return;
    const key = event.key.toLowerCase();
    if (ctrl && key === 'z') g.undoLast();
    else if (ctrl && key === 'd') fillDown();
    else if (event.key === 'Delete') g.editCells([{ key: args.row.__key, field: args.column.key, value: null }]);
    else return;
    event.preventGridDefault();
    event.preventDefault();
  };

  const onCopy = ({ row, column }: { row: GridRow; column: { key: string } }, event: ClipboardEvent) => {
    const text = (r: GridRow, field: string) => {
      const c = g.columns.find((x) => x.field === field);
      return c ? formatValue(c, r[field], t, g.names) : '';
    };
    const chosen = rows.filter((r) => selected.has(r.__key));
    const tsv = chosen.length ? toTsv(chosen.map((r) => g.columns.map((c) => text(r, c.field)))) : text(row, column.key);
    event.clipboardData.setData('text/plain', tsv);
    event.preventDefault();
  };

  const onPaste = ({ row, column }: { row: GridRow; column: { key: string } }, event: ClipboardEvent) => {
    event.preventDefault();
    const text = event.clipboardData.getData('text/plain');
    if (text && column.key !== STATUS_KEY) void g.paste(text, { rowIdx: g.order.indexOf(row.__key), field: column.key }, selectedIdxs());
    return row;
  };

  const resourceName = translate(`resources.${config.resource}.name`, { smart_count: 2 });
  return (
    // A grid track of minmax(0, 1fr): the page keeps the window's width, the grid scrolls sideways instead.
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', alignContent: 'start' }} data-testid="resource-grid">
      <Title title={translate('app.grid.title', { resource: resourceName })} />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.grid.help')}
      </Typography>
      <GridToolbar
        grid={g}
        config={config}
        onAddRow={() => gridRef.current?.scrollToCell({ rowIdx: g.order.length })}
        onFillDown={fillDown}
      />
      <GridFilters grid={g} resource={config.resource} />
      <Stack direction="row" spacing={2} sx={{ my: 1 }} data-testid="grid-counts">
        {/* Plural by the count, numbers the French way (« 1 200 lignes chargées sur 10 000 »). */}
        <Typography variant="body2">
          {translate('app.grid.loaded', {
            smart_count: g.loaded.order.length,
            loaded: formatInteger(g.loaded.order.length),
            total: formatInteger(g.loaded.total),
          })}
        </Typography>
        <Typography variant="body2">{translate('app.grid.staged', counted(g.staging.edits.size))}</Typography>
      </Stack>
      {g.outcome && (
        <Alert
          ref={outcomeRef}
          tabIndex={-1}
          role={g.outcome.severity === 'error' ? 'alert' : 'status'}
          severity={g.outcome.severity}
          onClose={() => g.setOutcome(undefined)}
          sx={{ mb: 1 }}
          data-testid="grid-outcome"
        >
          {g.outcome.message}
        </Alert>
      )}
      <DataGrid
        ref={gridRef}
        className="grid"
        style={{ height: 'calc(100vh - 330px)', minHeight: 360 }}
        aria-label={resourceName}
        columns={columns}
        rows={rows}
        rowKeyGetter={(row) => row.__key}
        selectedRows={selected}
        onSelectedRowsChange={setSelected}
        sortColumns={sortColumns}
        onSortColumnsChange={(cols) =>
          g.setQuery({ ...g.query, sort: cols[0] ? { field: cols[0].columnKey, order: cols[0].direction } : config.sort })
        }
        onRowsChange={(next, { indexes, column }) =>
          g.editCells(indexes.map((i) => ({ key: next[i].__key, field: column.key, value: next[i][column.key] })))
        }
        onFill={({ columnKey, sourceRow, targetRow }) => ({ ...targetRow, [columnKey]: sourceRow[columnKey] })}
        onCellKeyDown={onKeyDown}
        onCellCopy={onCopy}
        onCellPaste={onPaste}
        onActivePositionChange={({ rowIdx, column }) => (active.current = column ? { rowIdx, field: column.key } : undefined)}
        onScroll={(e) => {
          const el = e.currentTarget;
          // Read the next page half a page ahead (100 rows of 35 px), so that scrolling rarely waits at the bottom.
          if (el.scrollTop + el.clientHeight >= el.scrollHeight - PREFETCH_PX) void g.load();
        }}
      />
      <IssuesPanel
        grid={g}
        resource={config.resource}
        lineOf={lineOf}
        onGo={(rowIdx, field) => {
          // The cell is selected and takes the focus, so that the user corrects it at once [RGAA 12.13]. Columns 0
          // and 1 are the selection and the line's status (a problem of the whole row).
          const grid = gridRef.current;
          grid?.setActivePosition({ rowIdx, idx: g.columns.findIndex((c) => c.field === field) + 2 }, { shouldFocus: true });
          // Already the active cell, react-data-grid only scrolls to it: focus it all the same, once drawn.
          requestAnimationFrame(() => {
            if (grid?.element && !grid.element.contains(document.activeElement))
              grid.element.querySelector<HTMLElement>('[role=gridcell][tabindex="0"]')?.focus();
          });
        }}
      />
      <ConflictPanel
        grid={g}
        resource={config.resource}
        lineOf={lineOf}
        onDone={() => gridRef.current?.element?.querySelector<HTMLElement>('[role=gridcell][tabindex="0"], [tabindex="0"]')?.focus()}
      />
    </Box>
  );
};
