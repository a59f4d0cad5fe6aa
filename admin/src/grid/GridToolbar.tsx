import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { PAGE_LIMIT } from './api';
import { exportTable } from './import';
import type { GridConfig } from './model';
import type { BaseRow } from './staging';
import { type FileFormat, type Table, toCsv, toXlsx } from './table-io';
import type { GridState } from './useGrid';
import { parisToday } from '../shared/french';

function download(name: string, content: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Every row of the filtered, sorted list (read in pages of the API's largest size), as a table. */
async function exportAll(grid: GridState, resource: string, t: (k: string) => string): Promise<Table> {
  const rows: BaseRow[] = [];
  const names = new Map(grid.names);
  for (let offset = 0; ; offset += PAGE_LIMIT) {
    const page = await grid.api.page({ ...grid.query, offset, limit: PAGE_LIMIT });
    rows.push(...page.rows);
    page.names.forEach(([id, name]) => names.set(id, name));
    if (rows.length >= page.total || page.rows.length < PAGE_LIMIT) break;
  }
  return exportTable(resource, grid.columns, rows, t, names);
}

export const GridToolbar = ({
  grid,
  config,
  onAddRow,
  onFillDown,
}: {
  grid: GridState;
  config: GridConfig;
  onAddRow: () => void;
  onFillDown: () => void;
}) => {
  const translate = useTranslate();
  const t = (key: string) => translate(key, { _: key });
  const navigate = useNavigate();
  const [exporting, setExporting] = useState(false);
  const busy = grid.busy || exporting;

  const exportAs = async (format: FileFormat) => {
    setExporting(true);
    try {
      const table = await exportAll(grid, config.resource, t);
      const name = `${config.resource}-${parisToday()}.${format}`;
      if (format === 'csv') download(name, toCsv(table), 'text/csv;charset=utf-8');
      else download(name, await toXlsx(table, config.resource), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } catch (error) {
      grid.setOutcome({ severity: 'error', message: (error as Error).message });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      <Button variant="outlined" onClick={() => (grid.addRow(), setTimeout(onAddRow))}>
        {t('app.grid.addRow')}
      </Button>
      <Button variant="outlined" onClick={onFillDown}>
        {t('app.grid.fillDown')}
      </Button>
      <Button variant="outlined" onClick={grid.undoLast} disabled={!grid.history.past.length}>
        {t('app.grid.undo')}
      </Button>
      <Button variant="outlined" onClick={grid.discardAll} disabled={!grid.dirty}>
        {t('app.grid.discardAll')}
      </Button>
      <Button variant="contained" color="secondary" onClick={() => void grid.submit(true)} disabled={busy || !grid.dirty}>
        {t('app.grid.validate')}
      </Button>
      <Button variant="contained" onClick={() => void grid.submit(false)} disabled={busy || !grid.dirty}>
        {t('app.grid.save')}
      </Button>
      <Button onClick={() => void exportAs('csv')} disabled={busy}>
        {t('app.grid.exportCsv')}
      </Button>
      <Button onClick={() => void exportAs('xlsx')} disabled={busy}>
        {t('app.grid.exportXlsx')}
      </Button>
      <Button onClick={() => navigate(`/${config.resource}/import`)}>{t('app.grid.import')}</Button>
    </Stack>
  );
};
