import { parisToday } from '../shared/french';
import { Autocomplete, Box, Card, CardContent, Grid, TextField as MuiTextField, Typography } from '@mui/material';
import { useIsDark } from '@codegouvfr/react-dsfr/useIsDark';
import { counted, formatInteger } from '../shared/numbers';
import { BarChart } from '@mui/x-charts/BarChart';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useDataProvider, useGetList, usePermissions, useTranslate } from 'react-admin';
import { type Me, readsField } from '../authProvider';
import type { AppDataProvider } from '../dataProvider';
import { AlertTable } from './AlertTable';
import { ExOfficioAlerts, MeetingAlerts, MissingReports } from './PerimeterAlerts';
import { type Indicators, INDICATORS } from './queries';
import { reportYearOf } from '../home/queries';
import { DatePickerField } from '../shared/fr/DatePickerField';
import { chartColors } from './colors';

const today = parisToday;

/** The indicators of the correspondents' network as of a date, per department or nationwide, with their charts. */
export const IndicatorsDashboard = () => {
  const translate = useTranslate();
  const { isDark } = useIsDark();
  const colors = chartColors(isDark);
  const dataProvider = useDataProvider<AppDataProvider>();
  // A role that reads no mobility plan is not asked the alert on them (the API would refuse the whole request).
  const { permissions } = usePermissions<Me | null>();
  const mobility = readsField(permissions, 'Agent.mobilityPlanDate');
  const [asOf, setAsOf] = useState(today());
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const { data: departments = [] } = useGetList('departments', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'code', order: 'ASC' },
  });
  const { data, isPending, error } = useQuery<Indicators>({
    queryKey: ['indicators', asOf, departmentId, mobility],
    // The ASS's yearly reports owed by the date: those of the year before [004 §II.3], as on the home page.
    queryFn: () =>
      dataProvider.query(INDICATORS, {
        asOf: asOf || undefined,
        departmentId,
        reportYear: reportYearOf(asOf || today()),
        mobility,
      }),
  });
  const counts =
    data &&
    ([
      ['app.indicators.withoutTraining', data.correspondentsWithoutInitialTraining.length],
      ['app.indicators.withoutLetter', data.appointmentsWithoutSignedLetter.length],
      ['app.indicators.broken', data.brokenConditions.length],
      ...(data.mobilityPlansAfterAppointment ? [['app.indicators.mobility', data.mobilityPlansAfterAppointment.length] as const] : []),
      ['app.indicators.noMeeting', data.perimetersWithoutInformationMeeting.length],
      ['app.indicators.missingReports', data.missingNetworkReports.length],
      ['app.indicators.exOfficio', data.clasWithoutExOfficioSocialWorkers.reduce((n, a) => n + a.missing.length, 0)],
    ] as const);
  return (
    <Box data-testid="indicators-dashboard">
      <Title title="app.indicators.title" />
      {/* The two filters side by side at one height: the DSFR's input height (40 px), the date picker's small size. */}
      <Box sx={{ display: 'flex', gap: 2, mb: 2, alignItems: 'flex-start' }} data-testid="indicators-filters">
        <DatePickerField label={translate('app.indicators.asOf')} value={asOf} onChange={setAsOf} />
        <Autocomplete
          size="small"
          sx={{ minWidth: 320 }}
          options={departments}
          getOptionLabel={(d) => `${d.code} – ${d.name}`}
          onChange={(_, d) => setDepartmentId(d?.id ?? null)}
          renderInput={(params) => <MuiTextField {...params} label={translate('app.indicators.department')} />}
        />
      </Box>
      {isPending ? <Loading /> : null}
      {error ? <Typography color="error">{(error as Error).message}</Typography> : null}
      {data && counts ? (
        <Grid container spacing={2}>
          <Grid size={12}>
            <Card data-testid="alerts-chart">
              <CardContent>
                <Typography component="h2" variant="h6">
                  {translate('app.indicators.counts')}
                </Typography>
                <BarChart
                  height={260}
                  layout="horizontal"
                  // The alerts' full names (the card spans the page), counts in whole numbers written the French way; the
                  // axis needs the height of its tick labels and title, or the chart leaves the labels out.
                  yAxis={[{ scaleType: 'band', data: counts.map(([label]) => translate(label)), width: 380 }]}
                  xAxis={[
                    {
                      tickMinStep: 1,
                      valueFormatter: (v: number) => formatInteger(v),
                      label: translate('app.indicators.cases'),
                      height: 60,
                    },
                  ]}
                  series={[{ data: counts.map(([, n]) => n), color: colors.alerts, valueFormatter: (v) => formatInteger(v) }]}
                />
              </CardContent>
            </Card>
          </Grid>
          {data.mapCoverage.map((coverage) => (
            <Grid key={coverage.map.id} size={12}>
              <Card data-testid="coverage-card">
                <CardContent>
                  <Typography component="h2" variant="h6">
                    {translate('app.indicators.coverage')} —{' '}
                    {coverage.department ? `${coverage.department.code} – ${coverage.department.name}` : coverage.map.title}
                  </Typography>
                  <Typography variant="body2">
                    {translate('app.indicators.coverageSummary', {
                      effective: translate('app.indicators.effectiveCount', counted(coverage.effective)),
                      required: formatInteger(coverage.required),
                      uncovered: translate('app.indicators.uncoveredCount', counted(coverage.uncoveredCount)),
                    })}
                  </Typography>
                  <BarChart
                    // Services by their full name, one band each (their code alone says little; a slanted name is cut),
                    // counts in whole numbers.
                    layout="horizontal"
                    height={140 + 60 * coverage.entries.length}
                    yAxis={[
                      {
                        scaleType: 'band',
                        data: coverage.entries.map((e) => e.service.name),
                        label: translate('app.indicators.service'),
                        width: 440,
                      },
                    ]}
                    xAxis={[
                      {
                        tickMinStep: 1,
                        valueFormatter: (v: number) => formatInteger(v),
                        label: translate('app.indicators.correspondents'),
                        height: 60,
                      },
                    ]}
                    series={[
                      {
                        id: 'required',
                        data: coverage.entries.map((e) => e.required),
                        label: translate('app.indicators.required'),
                        color: colors.required,
                      },
                      {
                        id: 'appointed',
                        data: coverage.entries.map((e) => e.appointed),
                        label: translate('app.indicators.appointed'),
                        color: colors.appointed,
                      },
                      {
                        id: 'effective',
                        data: coverage.entries.map((e) => e.effective),
                        label: translate('app.indicators.effective'),
                        color: colors.effective,
                      },
                    ]}
                  />
                </CardContent>
              </Card>
            </Grid>
          ))}
          <Grid size={12}>
            <AlertTable title="app.indicators.withoutLetter" alerts={data.appointmentsWithoutSignedLetter} testId="alerts-letter" />
            <AlertTable
              title="app.indicators.withoutTraining"
              alerts={data.correspondentsWithoutInitialTraining}
              testId="alerts-training"
            />
            <AlertTable title="app.indicators.broken" alerts={data.brokenConditions} testId="alerts-broken" />
            {data.mobilityPlansAfterAppointment && (
              <AlertTable title="app.indicators.mobility" alerts={data.mobilityPlansAfterAppointment} testId="alerts-mobility" />
            )}
            <MeetingAlerts alerts={data.perimetersWithoutInformationMeeting} />
            <ExOfficioAlerts alerts={data.clasWithoutExOfficioSocialWorkers} />
            <MissingReports reports={data.missingNetworkReports} />
          </Grid>
        </Grid>
      ) : null}
    </Box>
  );
};
