import {
  Alert,
  Box,
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { DatePickerField } from '../shared/fr/DatePickerField';
import { parisToday } from '../shared/french';
import { formatDecimal, formatInteger } from '../shared/numbers';
import { type Area, DEPARTMENTS, REGIONS } from './queries';

/** Height of one bar's row: a name on one line, and room between bars. */
const BAR_HEIGHT = 36;

const served = (a: Area) => a.socialWorkerRatio.networkAgents > 0 || a.socialWorkerRatio.socialWorkerEtp > 0;

/**
 * The indicator of the network [004 §II]: agents per ASS (ETP) per region, or per department of a region, as of a
 * date; computed by the API. Read through react-query, like every react-admin page: a loading state, a French
 * error, no stale answer shown for another date.
 */
export const RatioPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [asOf, setAsOf] = useState(parisToday);
  const [regionId, setRegionId] = useState('');
  const regions = useQuery({
    queryKey: ['network-ratio', 'regions', asOf],
    queryFn: () => dataProvider.query(REGIONS, { asOf }).then((d) => d.page.items),
  });
  const departments = useQuery({
    queryKey: ['network-ratio', 'departments', asOf, regionId],
    queryFn: () => dataProvider.query(DEPARTMENTS, { asOf, regionId }).then((d) => d.page.items),
    enabled: Boolean(regionId),
  });
  const current = regionId ? departments : regions;
  const areas = (current.data ?? []).filter(served);

  const target = areas[0]?.socialWorkerRatio.target ?? 1000;
  // The target line stays in view whatever the ratios.
  const top = Math.max(target, ...areas.map((a) => a.socialWorkerRatio.agentsPerSocialWorker ?? 0)) * 1.1;
  return (
    <Card variant="outlined">
      <Title title="app.ratio.title" />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
          <DatePickerField label={translate('app.ratio.asOf')} value={asOf} onChange={(iso) => iso && setAsOf(iso)} />
          <TextField
            select
            size="small"
            sx={{ minWidth: 280 }}
            // The label above, « Toutes les régions » in the field: the label alone, inside, ran under the arrow.
            slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
            label={translate('app.ratio.region')}
            value={regionId}
            onChange={(e) => setRegionId(e.target.value)}
          >
            <MenuItem value="">{translate('app.ratio.allRegions')}</MenuItem>
            {(regions.data ?? []).filter(served).map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {r.name}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {translate('app.ratio.target', { target: formatInteger(target) })}
        </Typography>
        {current.error ? (
          <Alert severity="error" data-testid="ratio-error">
            {translate('app.ratio.error', { message: (current.error as Error).message })}
          </Alert>
        ) : current.isPending ? (
          <Loading />
        ) : (
          <>
            <Box data-testid="ratio-chart">
              {/* Bars laid across, names down the side: a region's or department's full name always fits (slanted
                  under the bars, « Provence-Alpes-Côte d’Azur » was cut to « Provence-Alp… »). */}
              <BarChart
                layout="horizontal"
                height={BAR_HEIGHT * areas.length + 120}
                dataset={areas.map((a) => ({ name: a.name, value: a.socialWorkerRatio.agentsPerSocialWorker ?? 0 }))}
                yAxis={[
                  {
                    scaleType: 'band',
                    dataKey: 'name',
                    label: translate(regionId ? 'app.ratio.department' : 'app.ratio.regionAxis'),
                    width: 230,
                    tickLabelStyle: { fontSize: 12 },
                  },
                ]}
                xAxis={[
                  {
                    min: 0,
                    max: top,
                    label: translate('app.ratio.agents'),
                    valueFormatter: (v: number) => formatInteger(v),
                    tickNumber: 6,
                    // Room for the tick labels under the axis and its name: shorter, the chart shortened the labels to nothing.
                    height: 60,
                  },
                ]}
                series={[{ dataKey: 'value', label: translate('app.ratio.agents'), valueFormatter: (v) => formatInteger(v) }]}
              >
                <ChartsReferenceLine x={target} label={formatInteger(target)} lineStyle={{ strokeDasharray: '4 4' }} />
              </BarChart>
            </Box>
            <Table size="small" data-testid="ratio-table">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.ratio.code')}</TableCell>
                  <TableCell>{translate('app.ratio.name')}</TableCell>
                  <TableCell align="right">{translate('app.ratio.networkAgents')}</TableCell>
                  <TableCell align="right">{translate('app.ratio.etp')}</TableCell>
                  <TableCell align="right">{translate('app.ratio.agents')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {areas.map((a) => (
                  <TableRow key={a.id}>
                    <TableCell>{a.code}</TableCell>
                    <TableCell>{a.name}</TableCell>
                    <TableCell align="right">{formatInteger(a.socialWorkerRatio.networkAgents)}</TableCell>
                    <TableCell align="right">{formatDecimal(a.socialWorkerRatio.socialWorkerEtp)}</TableCell>
                    <TableCell align="right">
                      {a.socialWorkerRatio.agentsPerSocialWorker === null
                        ? translate('app.ratio.none')
                        : formatInteger(a.socialWorkerRatio.agentsPerSocialWorker)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </CardContent>
    </Card>
  );
};
