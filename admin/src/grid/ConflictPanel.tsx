import { Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatValue } from './convert';
import { labelOf } from './import';
import type { GridState } from './useGrid';

/** Rows changed by someone else since they were read: both values side by side, and the user's choice. */
export const ConflictPanel = ({ grid, resource, lineOf }: { grid: GridState; resource: string; lineOf: (key: string) => number }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(key, { _: key });
  if (!grid.conflicts.length) return null;
  const text = (field: string, value: unknown) => {
    const column = grid.columns.find((c) => c.field === field);
    return (column ? formatValue(column, value, t, grid.names) : String(value ?? '')) || '—';
  };
  return (
    <Box sx={{ mt: 2 }} data-testid="grid-conflicts">
      <Typography variant="subtitle1">{t('app.grid.conflicts')}</Typography>
      {grid.conflicts.map((conflict) => (
        <Box key={conflict.key} sx={{ mt: 1, p: 1, border: '2px solid #000091' }} data-testid="grid-conflict">
          <Typography variant="body2">{translate('app.grid.conflictRow', { line: lineOf(conflict.key) })}</Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('app.grid.field')}</TableCell>
                <TableCell>{t('app.grid.read')}</TableCell>
                <TableCell>{t('app.grid.mine')}</TableCell>
                <TableCell>{t('app.grid.theirs')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {conflict.fields.map((f) => (
                <TableRow key={f.field}>
                  <TableCell>{labelOf(resource, f.field, t)}</TableCell>
                  <TableCell>{text(f.field, f.read)}</TableCell>
                  <TableCell data-testid="conflict-mine">{text(f.field, f.mine)}</TableCell>
                  <TableCell data-testid="conflict-theirs">{text(f.field, f.theirs)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            <Button variant="contained" onClick={() => grid.resolve(conflict, 'mine')}>
              {t('app.grid.keepMine')}
            </Button>
            <Button variant="outlined" onClick={() => grid.resolve(conflict, 'theirs')}>
              {t('app.grid.takeTheirs')}
            </Button>
          </Stack>
        </Box>
      ))}
    </Box>
  );
};
