/**
 * Import of a CSV or XLSX file into a resource: the file's columns mapped to the grid's (remembered per resource),
 * a dry run whose report lists every problem by line and column, then the import itself, all rows or none.
 */
import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { apolloClient } from '../dataProvider';
import { gridApi } from './api';
import { focusLost } from '../shared/focus';
import {
  guessMapping,
  ID,
  importReport,
  importRows,
  labelOf,
  loadMapping,
  type Mapping,
  type ReportLine,
  saveMapping,
  VERSION,
} from './import';
import { type GridConfig, gridColumns } from './model';
import type { StagedRow } from './staging';
import { ReportTable } from './ReportTable';
import { readTable, type Table as DataTable } from './table-io';
import type { Outcome } from './useGrid';
import { counted } from '../shared/numbers';

export const ImportPage = ({ config }: { config: GridConfig }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(key, { _: key });
  const navigate = useNavigate();
  const columns = useMemo(() => gridColumns(config), [config]);
  const api = useMemo(() => gridApi(apolloClient, config.resource, columns), [config.resource, columns]);
  const [table, setTable] = useState<DataTable>([]);
  const [mapping, setMapping] = useState<Mapping>({});
  const [checked, setChecked] = useState<{ rows: StagedRow[]; report: ReportLine[] }>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileButton = useRef<HTMLButtonElement>(null);
  // « Choisir un fichier », Vérifier and Importer disable themselves while they run, and the focus falls to the
  // page's body: once done, the outcome takes it (a screen reader reads it), or else the file button.
  const ran = useRef(false);
  useEffect(() => {
    if (busy) ran.current = true;
    else if (ran.current) {
      ran.current = false;
      if (focusLost()) (outcomeRef.current ?? fileButton.current)?.focus();
    }
  }, [busy]);
  const headers = table[0] ?? [];
  const errors = checked?.report.filter((r) => r.severity === 'ERROR').length ?? 0;
  const count = checked?.rows.length ?? 0;

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } catch (error) {
      setOutcome({ severity: 'error', message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const onFile = (file: File) =>
    run(async () => {
      setChecked(undefined);
      setOutcome(undefined);
      const read = await readTable(file.name, await file.arrayBuffer());
      setTable(read);
      if (read.length < 2) setOutcome({ severity: 'warning', message: t('app.grid.empty') });
      setMapping(guessMapping(config.resource, read[0] ?? [], columns, t, loadMapping(localStorage, config.resource)));
    });

  const check = () =>
    run(async () => {
      saveMapping(localStorage, config.resource, mapping);
      const rows = await importRows(table, mapping, columns, t, api.fetchCandidates);
      const result = await api.save(rows, true);
      const report = importReport(config.resource, rows, result.rows, t);
      setChecked({ rows, report });
      const failed = report.filter((r) => r.severity === 'ERROR').length;
      const checkedRows = translate('app.grid.checked', counted(rows.length));
      setOutcome(
        failed
          ? {
              severity: 'error',
              message: translate('app.grid.checkErrors', {
                checked: checkedRows,
                errors: translate('app.grid.errorCount', counted(failed)),
              }),
            }
          : { severity: 'success', message: translate('app.grid.checkOk', { checked: checkedRows }) },
      );
    });

  const commit = () =>
    run(async () => {
      const rows = checked!.rows;
      const result = await api.save(rows, false);
      const report = importReport(config.resource, rows, result.rows, t);
      if (result.ok) {
        setChecked(undefined);
        setOutcome({ severity: 'success', message: translate('app.grid.imported', counted(rows.length)) });
      } else {
        setChecked({ rows, report });
        setOutcome({
          severity: 'error',
          message: translate('app.grid.importRefused', { errors: translate('app.grid.errorCount', counted(report.length)) }),
        });
      }
    });

  const targets = [ID, VERSION, ...columns.map((c) => c.field)];
  const resourceName = translate(`resources.${config.resource}.name`, { smart_count: 2 });
  return (
    <Box data-testid="import-page">
      <Title title={translate('app.grid.importTitle', { resource: resourceName })} />
      <Stack direction="row" spacing={1} sx={{ my: 1 }}>
        {/* A real button, reached with Tab, that opens the hidden file input (a label styled as a button was not). */}
        <Button ref={fileButton} variant="outlined" disabled={busy} onClick={() => fileInput.current?.click()}>
          {t('app.grid.chooseFile')}
        </Button>
        <input
          ref={fileInput}
          hidden
          type="file"
          accept=".csv,.xlsx,text/csv"
          aria-label={t('app.grid.file')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared, so that the same file chosen again (corrected on disk) is read again.
            e.target.value = '';
            if (file) void onFile(file);
          }}
        />
        <Button onClick={() => navigate(`/${config.resource}/tableur`)}>{t('app.grid.back')}</Button>
      </Stack>
      {headers.length > 0 && (
        <>
          <Typography component="h2" variant="subtitle1">
            {t('app.grid.mapping')}
          </Typography>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, my: 1 }}>
            {headers.map((header) => (
              <TextField
                key={header}
                select
                size="small"
                sx={{ width: 220 }}
                label={header}
                value={mapping[header] ?? ''}
                inputProps={{ 'data-testid': `mapping-${header}` }}
                onChange={(e) => (setMapping({ ...mapping, [header]: e.target.value }), setChecked(undefined))}
              >
                <MenuItem value="">{t('app.grid.ignore')}</MenuItem>
                {targets.map((field) => (
                  <MenuItem key={field} value={field}>
                    {labelOf(config.resource, field, t)}
                  </MenuItem>
                ))}
              </TextField>
            ))}
          </Stack>
          <Stack direction="row" spacing={1}>
            <Button variant="contained" color="secondary" onClick={() => void check()} disabled={busy || table.length < 2}>
              {t('app.grid.check')}
            </Button>
            <Button variant="contained" onClick={() => void commit()} disabled={busy || !checked || errors > 0 || count === 0}>
              {translate('app.grid.commit', counted(count))}
            </Button>
          </Stack>
        </>
      )}
      {outcome && (
        <Alert
          ref={outcomeRef}
          tabIndex={-1}
          role={outcome.severity === 'error' ? 'alert' : 'status'}
          severity={outcome.severity}
          sx={{ my: 1 }}
          data-testid="import-outcome"
        >
          {outcome.message}
        </Alert>
      )}
      {checked && checked.report.length > 0 && <ReportTable testId="import-report" rows={checked.report} />}
    </Box>
  );
};
