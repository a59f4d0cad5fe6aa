import { Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface ReportRow {
  line: number;
  column: string;
  severity: 'ERROR' | 'WARNING';
  message: string;
}

/** Problems by line and column: the grid's validation marks, the import's dry-run report. */
export const ReportTable = ({
  rows,
  onGo,
  testId,
}: {
  rows: ReportRow[];
  onGo?: (row: ReportRow, index: number) => void;
  testId: string;
}) => {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.grid.line')}</TableCell>
          <TableCell>{translate('app.grid.column')}</TableCell>
          <TableCell>{translate('app.grid.severity')}</TableCell>
          <TableCell>{translate('app.grid.message')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, i) => (
          <TableRow key={i}>
            <TableCell>
              {onGo ? (
                <Link
                  component="button"
                  aria-label={translate('app.grid.goToCell', { line: row.line, column: row.column })}
                  onClick={() => onGo(row, i)}
                >
                  {row.line}
                </Link>
              ) : (
                row.line
              )}
            </TableCell>
            <TableCell>{row.column}</TableCell>
            <TableCell>{translate(row.severity === 'ERROR' ? 'app.grid.error' : 'app.grid.warning')}</TableCell>
            <TableCell>{row.message}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
