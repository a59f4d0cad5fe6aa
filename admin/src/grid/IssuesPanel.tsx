import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { labelOf } from './import';
import { issuesOf, ROW } from './marks';
import { ReportTable } from './ReportTable';
import type { GridState } from './useGrid';

/** The marks of the last validation as a list under the grid; a click on the line goes to the cell. */
export const IssuesPanel = ({
  grid,
  resource,
  lineOf,
  onGo,
}: {
  grid: GridState;
  resource: string;
  lineOf: (key: string) => number;
  onGo: (rowIdx: number, field: string) => void;
}) => {
  const translate = useTranslate();
  const t = (key: string) => translate(key, { _: key });
  const issues = issuesOf(grid.marks, grid.order);
  if (!issues.length) return null;
  const rows = issues.map(({ key, field, mark }) => ({
    line: lineOf(key),
    column: field === ROW ? '—' : labelOf(resource, field, t),
    severity: mark.severity,
    message: mark.message,
  }));
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle1">{t('app.grid.issues')}</Typography>
      <ReportTable testId="grid-issues" rows={rows} onGo={(row, i) => onGo(row.line - 1, issues[i].field)} />
    </Box>
  );
};
