import { Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useTranslate } from 'react-admin';
import { formatValue } from './convert';
import { labelOf } from './import';
import { focusLost } from '../shared/focus';
import type { GridState } from './useGrid';

/** Rows changed by someone else since they were read: both values side by side, and the user's choice. */
export const ConflictPanel = ({
  grid,
  resource,
  lineOf,
  onDone,
}: {
  grid: GridState;
  resource: string;
  lineOf: (key: string) => number;
  /** Every conflict decided: where the focus goes (the grid). */
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const t = (key: string) => translate(key, { _: key });
  const panel = useRef<HTMLDivElement>(null);
  // A decided conflict leaves the panel with the button pressed, and the focus fell to the page's body: it goes to
  // the next conflict's first choice, or once none is left, back to the grid [RGAA 12.13].
  // Set by the panel's own buttons: a new Enregistrer also changes the list, and its outcome takes the focus then.
  const decided = useRef(false);
  useEffect(() => {
    if (!decided.current) return;
    decided.current = false;
    if (!focusLost()) return;
    const next = panel.current?.querySelector<HTMLElement>('button');
    if (next) next.focus();
    else if (!grid.conflicts.length) onDone();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on each decision only
  }, [grid.conflicts.length]);
  if (!grid.conflicts.length) return null;
  const text = (field: string, value: unknown) => {
    const column = grid.columns.find((c) => c.field === field);
    return (column ? formatValue(column, value, t, grid.names) : String(value ?? '')) || '—';
  };
  return (
    <Box ref={panel} sx={{ mt: 2 }} data-testid="grid-conflicts">
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
            <Button variant="contained" onClick={() => ((decided.current = true), grid.resolve(conflict, 'mine'))}>
              {t('app.grid.keepMine')}
            </Button>
            <Button variant="outlined" onClick={() => ((decided.current = true), grid.resolve(conflict, 'theirs'))}>
              {t('app.grid.takeTheirs')}
            </Button>
          </Stack>
        </Box>
      ))}
    </Box>
  );
};
