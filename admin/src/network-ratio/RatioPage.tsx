import { Box, Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { useEffect, useState } from 'react';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import type { CustomMethods } from '../dataProvider/custom';
import { type Area, DEPARTMENTS, REGIONS } from './queries';

const served = (a: Area) => a.socialWorkerRatio.networkAgents > 0 || a.socialWorkerRatio.socialWorkerEtp > 0;

/** The indicator of the network [004 §II]: agents per ASS (ETP) per region, or per department of a region, as of a date; computed by the API. */
export const RatioPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ReturnType<typeof useDataProvider> & CustomMethods>();
  const [asOf, setAsOf] = useState(() => new Date().toISOString().slice(0, 10));
  const [regionId, setRegionId] = useState('');
  const [regions, setRegions] = useState<Area[]>([]);
  const [areas, setAreas] = useState<Area[]>([]);

  useEffect(() => {
    dataProvider.query<{ page: { items: Area[] } }>(REGIONS, { asOf }).then((d) => setRegions(d.page.items));
  }, [dataProvider, asOf]);
  useEffect(() => {
    if (!regionId) return setAreas(regions.filter(served));
    dataProvider.query<{ page: { items: Area[] } }>(DEPARTMENTS, { asOf, regionId }).then((d) => setAreas(d.page.items.filter(served)));
  }, [dataProvider, asOf, regionId, regions]);

  const target = areas[0]?.socialWorkerRatio.target ?? 1000;
  // The target line stays in view whatever the ratios.
  const top = Math.max(target, ...areas.map((a) => a.socialWorkerRatio.agentsPerSocialWorker ?? 0)) * 1.1;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.ratio.title" />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
          <TextField type="date" size="small" label={translate('app.ratio.asOf')} value={asOf} InputLabelProps={{ shrink: true }} onChange={(e) => e.target.value && setAsOf(e.target.value)} />
          <TextField select size="small" sx={{ minWidth: 280 }} label={translate('app.ratio.region')} value={regionId} onChange={(e) => setRegionId(e.target.value)}>
            <MenuItem value="">—</MenuItem>
            {regions.filter(served).map((r) => <MenuItem key={r.id} value={r.id}>{r.code} – {r.name}</MenuItem>)}
          </TextField>
        </Stack>
        <Typography variant="body2" color="text.secondary">{translate('app.ratio.target', { target })}</Typography>
        <Box data-testid="ratio-chart">
          <BarChart
            height={320}
            dataset={areas.map((a) => ({ code: a.code, value: a.socialWorkerRatio.agentsPerSocialWorker ?? 0 }))}
            xAxis={[{ scaleType: 'band', dataKey: 'code' }]}
            yAxis={[{ min: 0, max: top }]}
            series={[{ dataKey: 'value', label: translate('app.ratio.agents') }]}
          >
            <ChartsReferenceLine y={target} label={String(target)} lineStyle={{ strokeDasharray: '4 4' }} />
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
                <TableCell>{a.code}</TableCell><TableCell>{a.name}</TableCell>
                <TableCell align="right">{a.socialWorkerRatio.networkAgents}</TableCell>
                <TableCell align="right">{a.socialWorkerRatio.socialWorkerEtp}</TableCell>
                <TableCell align="right">{a.socialWorkerRatio.agentsPerSocialWorker ?? translate('app.ratio.none')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
