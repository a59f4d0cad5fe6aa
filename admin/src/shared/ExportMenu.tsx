import DownloadIcon from '@mui/icons-material/GetApp';
import { Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { Button, useListContext, useNotify, useResourceContext, useTranslate } from 'react-admin';
import { downloadExport, type ExportFormat, exportUrl } from './exports';

/**
 * « Exporter »: the whole list, as filtered and sorted on screen, in CSV or XLSX, made and streamed by the server
 * (replaces react-admin's ExportButton, whose exporter pages through the list in the browser).
 */
export const ExportMenu = () => {
  const resource = useResourceContext() ?? '';
  const { filterValues, sort, total, exporter } = useListContext();
  const notify = useNotify();
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  if (exporter === false) return null;
  const run = async (format: ExportFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      const file = await downloadExport(exportUrl(resource, { filter: filterValues, sort }, format));
      notify('app.export.done', { type: 'info', messageArgs: { file } });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label="app.export.button" onClick={(e) => setAnchor(e.currentTarget)} disabled={busy || total === 0} aria-haspopup="menu">
        <DownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void run('csv')}>{translate('app.export.csv')}</MenuItem>
        <MenuItem onClick={() => void run('xlsx')}>{translate('app.export.xlsx')}</MenuItem>
      </Menu>
    </>
  );
};
