/**
 * The grid's state and actions, in React: records read page by page (server-side filter and sort), the staging
 * with its undo history, the marks of the last validation and the conflicts. The logic itself is in the plain
 * modules beside this one.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { apolloClient } from '../dataProvider';
import { type Conflict, conflictsFromResult, keepMine, takeTheirs } from './conflicts';
import type { ReferenceName, Translate } from './convert';
import { gridApi } from './api';
import { countMarks, localMarks, type Marks, marksFromResult, withoutCell } from './marks';
import { type GridColumn, type GridConfig, gridColumns } from './model';
import { parseTsv, placeRectangle } from './paste';
import { convertCells } from './references';
import { counted } from '../shared/numbers';
import {
  addRows,
  type BaseRow,
  type CellEdit,
  emptyStaging,
  fillDown,
  record,
  stage,
  stagedRows,
  type Staging,
  startHistory,
  undo,
} from './staging';

export const PAGE_SIZE = 200;

export interface GridQuery {
  filter: Record<string, unknown>;
  sort?: { field: string; order: 'ASC' | 'DESC' };
  asOf?: string;
}

interface Loaded {
  order: string[];
  rows: ReadonlyMap<string, BaseRow>;
  total: number;
}

export type Outcome = { severity: 'success' | 'info' | 'warning' | 'error'; message: string };

const emptyLoaded: Loaded = { order: [], rows: new Map(), total: 0 };

export function useGrid(config: GridConfig, t: Translate, initialQuery: GridQuery) {
  const columns = useMemo<GridColumn[]>(() => gridColumns(config), [config]);
  const api = useMemo(() => gridApi(apolloClient, config.resource, columns), [config.resource, columns]);
  const fields = useMemo(() => new Set(columns.map((c) => c.field)), [columns]);
  const [query, setQueryState] = useState<GridQuery>(initialQuery);
  const [loaded, setLoaded] = useState<Loaded>(emptyLoaded);
  const [names, setNames] = useState<ReadonlyMap<string, ReferenceName>>(new Map());
  const [history, setHistory] = useState(() => startHistory(emptyStaging()));
  const [marks, setMarks] = useState<Marks>(new Map());
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const loading = useRef(false);
  const staging = history.present;
  const base = useCallback((key: string) => loaded.rows.get(key), [loaded]);
  const order = useMemo(() => [...loaded.order, ...staging.added], [loaded.order, staging.added]);

  const addNames = useCallback((found: [string, ReferenceName][]) => {
    if (found.length) setNames((previous) => new Map([...previous, ...found]));
  }, []);

  const fail = (error: unknown) => setOutcome({ severity: 'error', message: (error as Error).message });

  /** Reads the next page (or the first, with `reset`). */
  const load = useCallback(
    async (reset = false, q: GridQuery = query) => {
      if (loading.current || (!reset && loaded.order.length >= loaded.total && loaded.total > 0)) return;
      loading.current = true;
      try {
        const offset = reset ? 0 : loaded.order.length;
        const page = await api.page({ ...q, offset, limit: PAGE_SIZE });
        addNames(page.names);
        setLoaded((previous) => {
          const start = reset ? emptyLoaded : previous;
          const rows = new Map(start.rows);
          for (const row of page.rows) rows.set(row.key, row);
          return { order: [...start.order, ...page.rows.map((r) => r.key).filter((k) => !start.rows.has(k))], rows, total: page.total };
        });
      } catch (error) {
        fail(error);
      } finally {
        loading.current = false;
      }
    },
    [api, query, loaded, addNames],
  );

  const dirty = staging.edits.size > 0 || staging.added.length > 0;

  /** A new filter or sort reloads from the first page (refused while edits are staged: they would be hidden). */
  const setQuery = (next: GridQuery) => {
    if (dirty) {
      setOutcome({ severity: 'warning', message: t('app.grid.dirtyQuery') });
      return;
    }
    setQueryState(next);
    void load(true, next);
  };

  const apply = (next: Staging, touched: { key: string; field: string }[] = []) => {
    setHistory((h) => record(h, next));
    setMarks((m) => touched.reduce((acc, c) => withoutCell(acc, c.key, c.field), m));
  };

  const editCells = (cells: CellEdit[]) => apply(stage(staging, base, cells), cells);

  /** Pastes tab-separated text at a cell: converted by column, references looked up, new rows added past the end. */
  const paste = async (text: string, at: { rowIdx: number; field: string }, selectedRowIdxs: number[] = []) => {
    const visible = columns.map((c) => c.field);
    const { cells, newRows } = placeRectangle(
      parseTsv(text),
      { rowIdx: at.rowIdx, colIdx: visible.indexOf(at.field) },
      visible,
      order.length,
      selectedRowIdxs,
    );
    const { staging: grown, keys } = addRows(staging, newRows);
    const keyAt = (rowIdx: number) => (rowIdx < order.length ? order[rowIdx] : keys[rowIdx - order.length]);
    setBusy(true);
    try {
      const converted = await convertCells(
        cells.map((c) => ({ key: keyAt(c.rowIdx), field: c.field, text: c.text })),
        (f) => columns.find((c) => c.field === f),
        t,
        api.fetchCandidates,
      );
      addNames(converted.names);
      const next = stage(grown, base, converted.edits);
      apply(next, converted.edits);
      setMarks((m) => new Map([...m, ...localMarks(stagedRows(next, [...order, ...keys], base))]));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const fill = (sourceKey: string, field: string, targets: string[]) =>
    apply(
      fillDown(staging, base, sourceKey, field, targets),
      targets.map((key) => ({ key, field })),
    );

  const addRow = () => {
    const { staging: next, keys } = addRows(staging, 1);
    apply(next);
    return keys[0];
  };

  const undoLast = () => setHistory((h) => undo(h));
  const discardAll = () => {
    setHistory((h) => record(h, { ...emptyStaging(), seq: h.present.seq }));
    setMarks(new Map());
    setConflicts([]);
  };

  /** Valider (dry run) or Enregistrer (all rows in one transaction, or none). */
  const submit = async (dryRun: boolean) => {
    const sent = stagedRows(staging, order, base);
    if (!sent.length) return setOutcome({ severity: 'info', message: t('app.grid.nothingStaged') });
    if (!dryRun && sent.some((r) => r.invalid.length)) {
      setMarks(localMarks(sent));
      return setOutcome({ severity: 'error', message: t('app.grid.fixInvalid') });
    }
    setBusy(true);
    try {
      const result = await api.save(sent, dryRun);
      const found = conflictsFromResult(sent, result.rows, base, (key, r) => api.toBaseRow(key, r).row);
      setConflicts(found);
      if (result.ok && !dryRun) return saved(sent, result.items, result.rows);
      const newMarks = marksFromResult(sent, result.rows, fields);
      setMarks(newMarks);
      const { errors, warnings } = countMarks(newMarks);
      const counts = [
        t('app.grid.errorCount', counted(errors)),
        t('app.grid.warningCount', counted(warnings)),
        t('app.grid.conflictCount', counted(found.length)),
      ];
      const message = `${t(dryRun ? 'app.grid.validated' : 'app.grid.refused')} ${counts.join(', ')}.`;
      setOutcome({ severity: errors || found.length ? 'error' : warnings ? 'warning' : 'success', message });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  /** After a save: the rows as written (new versions; new rows get their ids), warnings kept on their cells. */
  const saved = (sent: ReturnType<typeof stagedRows>, items: Record<string, unknown>[], results: Parameters<typeof marksFromResult>[1]) => {
    const written = items.map((item) => api.toBaseRow(String(item.id), item));
    addNames(written.flatMap((w) => w.names));
    setLoaded((previous) => {
      const rows = new Map(previous.rows);
      for (const { row } of written) rows.set(row.key, row);
      const created = written.map((w) => w.row.key).filter((key) => !previous.rows.has(key));
      return { order: [...previous.order, ...created], rows, total: previous.total + created.length };
    });
    setHistory(startHistory({ ...emptyStaging(), seq: staging.seq }));
    setMarks(
      marksFromResult(
        sent.map((row, i) => ({ ...row, key: String(items[i].id) })),
        results,
        fields,
      ),
    );
    setOutcome({ severity: 'success', message: t('app.grid.savedRows', counted(sent.length)) });
  };

  // From the latest state, not this render's: two resolutions in a row must both hold.
  const resolve = (conflict: Conflict, choice: 'mine' | 'theirs') => {
    const decide = choice === 'mine' ? keepMine : takeTheirs;
    setLoaded((previous) => ({ ...previous, rows: new Map(previous.rows).set(conflict.key, decide(conflict, staging).base) }));
    setHistory((h) => {
      const next = decide(conflict, h.present).staging;
      return next === h.present ? h : record(h, next);
    });
    setConflicts((list) => list.filter((c) => c.key !== conflict.key));
  };

  return {
    columns,
    api,
    query,
    setQuery,
    loaded,
    order,
    base,
    names,
    addNames,
    staging,
    history,
    marks,
    conflicts,
    outcome,
    setOutcome,
    busy,
    dirty,
    load,
    editCells,
    paste,
    fill,
    addRow,
    undoLast,
    discardAll,
    submit,
    resolve,
  };
}

export type GridState = ReturnType<typeof useGrid>;
