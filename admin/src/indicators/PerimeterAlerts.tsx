import { Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { designatingAuthorityChoices } from '../shared/choices';
import { frDate } from '../shared/dates';
import type { ExOfficioAlert, Indicators, MeetingAlert } from './queries';

/** Perimeters — departments and central administration's — whose correspondents had no information meeting in the window [001 §2.5]. */
export const MeetingAlerts = ({ alerts }: { alerts: MeetingAlert[] }) => {
  const translate = useTranslate();
  const perimeter = (a: MeetingAlert) =>
    a.department
      ? `${a.department.code} – ${a.department.name}`
      : translate(designatingAuthorityChoices.find((c) => c.id === a.authority)?.name ?? 'app.indicators.central');
  return (
    <div data-testid="alerts-meetings">
      <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
        {translate('app.indicators.noMeeting')} ({alerts.length})
      </Typography>
      {alerts[0] ? (
        <Typography variant="body2">
          {translate('app.indicators.window', { from: frDate(alerts[0].from), to: frDate(alerts[0].to) })}
        </Typography>
      ) : (
        <Typography variant="body2">{translate('app.indicators.none')}</Typography>
      )}
      {alerts.map((a) => (
        <Typography key={a.department?.id ?? a.authority ?? 'central'} variant="body2">
          {perimeter(a)} ({translate('app.indicators.lastMeeting')} : {a.lastMeeting ? frDate(a.lastMeeting) : '—'})
        </Typography>
      ))}
    </div>
  );
};

/** The CLAS lacking their department's ASS as ex-officio members [004 §II.3], each linked to its page (where the action seats them). */
export const ExOfficioAlerts = ({ alerts }: { alerts: ExOfficioAlert[] }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <div data-testid="alerts-ex-officio">
      <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
        {translate('app.indicators.exOfficio')} ({alerts.reduce((n, a) => n + a.missing.length, 0)})
      </Typography>
      {alerts.length === 0 ? <Typography variant="body2">{translate('app.indicators.none')}</Typography> : null}
      {alerts.map((a) => (
        <Typography key={a.commission.id} variant="body2">
          <Link to={createPath({ resource: 'commissions', id: a.commission.id, type: 'show' })}>{a.commission.name}</Link> (
          {a.department.code}) :{' '}
          {a.missing
            .map(
              (m) =>
                `${m.agent.lastName} ${m.agent.firstName} (${m.post.code}, ${translate('app.indicators.since')} ${frDate(m.validFrom)})`,
            )
            .join(' ; ')}
        </Typography>
      ))}
    </div>
  );
};

/** The ASS posts whose yearly activity report for the previous year has not been handed in [004 §II.3]. */
export const MissingReports = ({ reports }: { reports: Indicators['missingNetworkReports'] }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <div data-testid="alerts-reports">
      <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
        {translate('app.indicators.missingReports')} ({reports.length})
      </Typography>
      {reports.length === 0 ? <Typography variant="body2">{translate('app.indicators.none')}</Typography> : null}
      {reports.map((r) => (
        <Typography key={r.post.id} variant="body2">
          <Link to={createPath({ resource: 'social-worker-posts', id: r.post.id, type: 'show' })}>{r.post.code}</Link> — {r.post.title} (
          {r.department?.code ?? '—'}, {r.year})
        </Typography>
      ))}
    </div>
  );
};
