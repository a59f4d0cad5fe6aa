import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { frDate } from '../shared/dates';
import { brokenReasonChoices } from '../shared/lifecycle-choices';
import type { Alert } from './queries';

/** One indicator's correspondents, each linked to their appointment. */
export const AlertTable = ({ title, alerts, testId }: { title: string; alerts: Alert[]; testId: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <div data-testid={testId}>
      <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
        {translate(title)} ({alerts.length})
      </Typography>
      {alerts.length === 0 ? (
        <Typography variant="body2">{translate('app.indicators.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.indicators.agent')}</TableCell>
              <TableCell>{translate('app.indicators.department')}</TableCell>
              <TableCell>{translate('app.indicators.reason')}</TableCell>
              <TableCell>{translate('app.indicators.date')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {alerts.map((a) => (
              <TableRow key={`${a.appointment.id}-${a.reason ?? ''}`}>
                <TableCell>
                  <Link to={createPath({ resource: 'appointments', id: a.appointment.id, type: 'show' })}>
                    {a.agent.lastName} {a.agent.firstName}
                  </Link>
                </TableCell>
                <TableCell>{a.department?.code ?? '—'}</TableCell>
                <TableCell>
                  {[a.reason ? translate(brokenReasonChoices.find((c) => c.id === a.reason)?.name ?? a.reason) : '', a.detail ?? '']
                    .filter(Boolean)
                    .join(' — ')}
                </TableCell>
                <TableCell>{frDate(a.date)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
};
