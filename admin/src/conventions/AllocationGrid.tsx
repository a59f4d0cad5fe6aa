import { parisToday } from '../shared/french';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { ReferenceField, useDataProvider, useGetList, useGetMany, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { CustomMethods } from '../dataProvider/custom';
import type { Violation } from '../dataProvider/errors';
import {
  type Allocation,
  type Assignment,
  type Cells,
  FUNCTION_KEY,
  gridToRows,
  initialCells,
  parseShare,
  rowSum,
  sumIsOne,
  type Target,
  targetOf,
  targetOfAllocation,
} from './allocationGrid';
import { DatePickerField } from '../shared/fr/DatePickerField';

interface Scope {
  service: { id: string } | null;
  region: { id: string } | null;
  countedWith: { id: string } | null;
}

const today = parisToday;
const fr = (n: number) => String(Math.round(n * 1000) / 1000).replace('.', ',');
const clamp = (date: string, from: string, to: string | null) => (date < from ? from : to && date > to ? to : date);

/** Server violations placed on their cells (row/target), from the batch's row indexes. */
type CellViolations = Record<string, Violation[]>;
const cellId = (assignmentId: string, key: string) => `${assignmentId}|${key}`;

/** Service to add as a column: searched through the API's `q` filter. */
const AddService = ({ onAdd }: { onAdd: (id: string) => void }) => {
  const translate = useTranslate();
  const [q, setQ] = useState('');
  const { data = [] } = useGetList('services', {
    filter: { q },
    pagination: { page: 1, perPage: 20 },
    sort: { field: 'code', order: 'ASC' },
  });
  return (
    <Autocomplete
      sx={{ width: 320 }}
      size="small"
      options={data}
      getOptionLabel={(s) => `${s.code} – ${s.name}`}
      onInputChange={(_, value) => setQ(value)}
      onChange={(_, s) => s && onAdd(String(s.id))}
      renderInput={(params) => <TextField {...params} label={translate('app.allocationGrid.addService')} />}
    />
  );
};

/**
 * Rows = assignments (the post's holders on the effective date, and whoever has shares), columns = targets (the zone's
 * services and regions, those already allocated, the function), cells = shares. Row sums are checked live; the API
 * validates the batch (dryRun) before it is saved in one all-or-nothing `saveTimeAllocations`.
 */
export const AllocationGrid = () => {
  const convention = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ReturnType<typeof useDataProvider> & CustomMethods>();
  const [effective, setEffective] = useState(() => (convention ? clamp(today(), convention.validFrom, convention.validTo) : today()));
  const [cells, setCells] = useState<Cells>({});
  const [extraServices, setExtraServices] = useState<string[]>([]);
  const [violations, setViolations] = useState<CellViolations>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const allocationsQuery = useGetList<Allocation>(
    'time-allocations',
    { filter: { conventionId: convention?.id, asOf: effective }, pagination: { page: 1, perPage: 500 } },
    { enabled: !!convention },
  );
  const holders = useGetList<Assignment & { agentId: string; workQuota: number }>(
    'post-assignments',
    { filter: { postId: convention?.postId, asOf: effective }, pagination: { page: 1, perPage: 50 } },
    { enabled: !!convention?.postId },
  );
  const allocations = useMemo(() => allocationsQuery.data ?? [], [allocationsQuery.data]);
  const others = useGetMany<Assignment & { agentId: string; workQuota: number }>('post-assignments', {
    ids: [...new Set(allocations.map((a) => a.assignmentId))],
  });

  useEffect(() => {
    setCells(initialCells(allocations));
    setViolations({});
  }, [allocations]);

  const assignments = useMemo(() => {
    const byId = new Map([...(holders.data ?? []), ...(others.data ?? [])].map((a) => [a.id, a]));
    return [...byId.values()];
  }, [holders.data, others.data]);

  const targets = useMemo(() => {
    const scopes = (convention?.scopes ?? []) as Scope[];
    const list: Target[] = [
      ...scopes.filter((s) => s.service && !s.countedWith).map((s) => targetOf('SERVICE', s.service!.id)),
      ...scopes.filter((s) => s.region).map((s) => targetOf('REGION', s.region!.id)),
      ...allocations.map(targetOfAllocation),
      ...extraServices.map((id) => targetOf('SERVICE', id)),
      ...(convention?.kind === 'INTERMINISTERIAL' ? [] : [targetOf('FUNCTION')]),
    ];
    const unique = new Map(list.map((t) => [t.key, t]));
    // The function last, as in the model conventions.
    return [...unique.values()].sort((a, b) => Number(a.key === FUNCTION_KEY) - Number(b.key === FUNCTION_KEY));
  }, [convention, allocations, extraServices]);

  const services = useGetMany('services', { ids: targets.flatMap((t) => (t.serviceId ? [t.serviceId] : [])) });
  const regions = useGetMany('regions', { ids: targets.flatMap((t) => (t.regionId ? [t.regionId] : [])) });
  const label = (t: Target) =>
    t.kind === 'FUNCTION'
      ? translate('app.allocationGrid.function')
      : ((t.kind === 'SERVICE' ? services.data : regions.data)?.find((r) => r.id === (t.serviceId ?? t.regionId))?.code ?? '…');

  if (!convention) return null;
  const guideline = convention.functionShareGuideline as number;
  const tolerance = convention.functionShareTolerance as number;

  const submit = async (dryRun: boolean) => {
    const batch = gridToRows({
      conventionId: String(convention.id),
      conventionValidTo: convention.validTo,
      effective,
      assignments,
      allocations,
      cells,
      targets,
    });
    setProblems(batch.problems.map((p) => translate(p.message)));
    if (batch.problems.length) return;
    if (!batch.rows.length) return notify('app.allocationGrid.nothingToSave', { type: 'info' });
    setBusy(true);
    try {
      // Always validated by the API first: nothing is written unless every row passes.
      const check = await dataProvider.saveRows('time-allocations', { rows: batch.rows, dryRun: true });
      const placed: CellViolations = {};
      for (const row of check.rows) {
        const cell = batch.cellOf[row.index];
        if (cell && row.violations.length) (placed[cellId(cell.assignmentId, cell.key)] ??= []).push(...row.violations);
      }
      setViolations(placed);
      if (!check.ok) return notify('app.allocationGrid.refused', { type: 'error' });
      if (dryRun) return notify('app.allocationGrid.valid', { type: 'success' });
      const saved = await dataProvider.saveRows('time-allocations', { rows: batch.rows, dryRun: false });
      if (!saved.ok) return notify('app.allocationGrid.refused', { type: 'error' });
      notify('app.allocationGrid.saved', { type: 'success' });
      await allocationsQuery.refetch();
    } finally {
      setBusy(false);
    }
  };

  const messages = Object.entries(violations).flatMap(([id, list]) => list.map((v) => ({ id, ...v })));
  const dedup = [...new Map(messages.map((m) => [`${m.code}:${m.message}`, m])).values()];

  return (
    <Box data-testid="allocation-grid" sx={{ width: '100%' }}>
      <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
        <DatePickerField
          label={translate('app.allocationGrid.effective')}
          value={effective}
          testId="grid-effective"
          min={convention.validFrom}
          max={convention.validTo ?? undefined}
          onChange={(iso) => iso && setEffective(iso)}
        />
        <AddService onAdd={(id) => setExtraServices((list) => [...new Set([...list, id])])} />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.allocationGrid.help', { guideline: fr(guideline) })}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.allocationGrid.assignment')}</TableCell>
            {targets.map((t) => (
              <TableCell key={t.key} id={`allocation-column-${t.key}`}>
                {label(t)}
              </TableCell>
            ))}
            <TableCell>{translate('app.allocationGrid.total')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {assignments.map((assignment, i) => {
            const sum = rowSum(cells[assignment.id]);
            return (
              <TableRow key={assignment.id}>
                <TableCell id={`allocation-row-${i}`}>
                  <ReferenceField record={assignment} source="agentId" reference="agents" link={false} />
                  <Typography variant="caption" display="block">
                    {translate('app.allocationGrid.quota', { quota: fr(assignment.workQuota) })}
                  </Typography>
                </TableCell>
                {targets.map((t) => {
                  const text = cells[assignment.id]?.[t.key] ?? '';
                  const share = parseShare(text);
                  const found = violations[cellId(assignment.id, t.key)] ?? [];
                  const error = found.some((v) => v.severity === 'ERROR') || share === null;
                  const hint = t.key === FUNCTION_KEY && share !== null && text !== '' && Math.abs(share - guideline) > tolerance + 1e-9;
                  return (
                    <TableCell key={t.key}>
                      <TextField
                        size="small"
                        value={text}
                        error={error}
                        color={hint || found.length ? 'warning' : undefined}
                        focused={hint || undefined}
                        helperText={
                          hint
                            ? translate('app.allocationGrid.farFromGuideline', { guideline: fr(guideline) })
                            : share !== null && share > 0
                              ? `${fr(share * assignment.workQuota)} ETP`
                              : ' '
                        }
                        inputProps={{
                          'data-testid': `cell-${i}-${t.key}`,
                          // Named by its column and its row, as a screen reader reads a table cell [RGAA 11.1].
                          'aria-labelledby': `allocation-column-${t.key} allocation-row-${i}`,
                          inputMode: 'decimal',
                          style: { width: 64 },
                        }}
                        onChange={(e) =>
                          setCells((all) => ({ ...all, [assignment.id]: { ...all[assignment.id], [t.key]: e.target.value } }))
                        }
                      />
                    </TableCell>
                  );
                })}
                <TableCell
                  data-testid={`sum-${i}`}
                  sx={{ color: sum === 0 || sumIsOne(sum) ? 'success.main' : 'error.main', fontWeight: 'bold' }}
                >
                  {sum === null ? '?' : fr(sum)} {sum !== null && sum !== 0 && !sumIsOne(sum) ? `≠ 1` : ''}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {!assignments.length && <Typography sx={{ p: 2 }}>{translate('app.allocationGrid.noAssignment')}</Typography>}
      <Stack spacing={1} sx={{ my: 2 }} data-testid="grid-messages">
        {problems.map((p) => (
          <Alert key={p} severity="error">
            {p}
          </Alert>
        ))}
        {dedup.map((v) => (
          <Alert key={`${v.id}:${v.code}`} severity={v.severity === 'WARNING' ? 'warning' : 'error'}>
            {v.message}
          </Alert>
        ))}
      </Stack>
      <Stack direction="row" spacing={2}>
        <Button variant="outlined" disabled={busy} onClick={() => submit(true)}>
          {translate('app.allocationGrid.check')}
        </Button>
        <Button variant="contained" disabled={busy} onClick={() => submit(false)}>
          {translate('app.allocationGrid.save')}
        </Button>
      </Stack>
    </Box>
  );
};
