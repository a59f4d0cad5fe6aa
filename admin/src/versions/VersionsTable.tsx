import {
  Box,
  Button,
  Dialog,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { type ReactNode, useState } from 'react';
import {
  Form,
  SaveButton,
  Toolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useResourceContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { frDate, frDateTime } from '../shared/french';
import { datedChanges } from './dated';

export interface RecordVersion {
  id: string;
  validFrom: string | null;
  validTo: string | null;
  changes: { field: string; label: string; before: string | null; after: string | null }[];
  values: Record<string, unknown>;
  recordedBy: string | null;
  recordedAt: string | null;
}

/**
 * The correction of one version: its dated fields as they were, from its first to its last day (both editable), sent as
 * an audited, validated edit of the record (`effectiveDate` … `effectiveUntil`, its version for the lock): the API keeps
 * the versions without overlap nor gap, and refuses what would not.
 */
const CorrectVersion = ({ version, inputs, onClose }: { version: RecordVersion; inputs: ReactNode; onClose: () => void }) => {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  const start = { ...version.values, effectiveDate: version.validFrom ?? record.validFrom, effectiveUntil: version.validTo };
  const submit = async (data: Record<string, unknown>) => {
    const changes = datedChanges(resource, data as RaRecord, version.values);
    try {
      await dataProvider.update(resource, {
        id: record.id,
        data: { ...changes, id: record.id, version: record.version },
        previousData: record,
      });
      notify('app.versions.corrected', { type: 'success' });
      onClose();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="correct-version-title" fullWidth maxWidth="sm">
      <DialogTitle id="correct-version-title">
        {translate('app.versions.correctTitle', {
          from: frDate(start.effectiveDate as string),
          to: version.validTo ? frDate(version.validTo) : '…',
        })}
      </DialogTitle>
      <DialogContent>
        <Form record={start} onSubmit={submit}>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('app.versions.correctHelp')}
          </Typography>
          {inputs}
          <DateInput source="effectiveDate" />
          <DateInput source="effectiveUntil" />
          <Toolbar>
            <SaveButton alwaysEnable />
            <Button onClick={onClose} sx={{ ml: 2 }}>
              {translate('ra.action.cancel')}
            </Button>
          </Toolbar>
        </Form>
      </DialogContent>
    </Dialog>
  );
};

/**
 * The « Versions » tab (issue 17 item 4): each version of the record's dated fields, from, to, what changed (in French,
 * by the API), who recorded it and when; each one can be corrected (`inputs`: the dated fields' inputs).
 */
export const VersionsTable = ({ inputs }: { inputs: ReactNode }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [correcting, setCorrecting] = useState<RecordVersion | null>(null);
  const versions = (record?.versions ?? []) as RecordVersion[];
  if (!versions.length) return <Typography variant="body2">{translate('app.versions.none')}</Typography>;
  return (
    <Box>
      <Table size="small" aria-label={translate('app.tabs.versions')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.versions.from')}</TableCell>
            <TableCell>{translate('app.versions.to')}</TableCell>
            <TableCell>{translate('app.versions.changes')}</TableCell>
            <TableCell>{translate('app.versions.recordedBy')}</TableCell>
            <TableCell>{translate('app.versions.recordedAt')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {[...versions].reverse().map((v) => (
            <TableRow key={v.id}>
              <TableCell>{v.validFrom ? frDate(v.validFrom) : translate('app.versions.origin')}</TableCell>
              <TableCell>{v.validTo ? frDate(v.validTo) : translate('app.versions.open')}</TableCell>
              <TableCell>
                <Box component="ul" sx={{ m: 0, pl: 2 }}>
                  {v.changes.map((c) => (
                    <li key={c.field}>
                      <strong>{c.label}</strong> : {c.before === null ? (c.after ?? '—') : `${c.before} → ${c.after ?? '—'}`}
                    </li>
                  ))}
                </Box>
              </TableCell>
              <TableCell>{!v.recordedBy || v.recordedBy === 'system' ? translate('app.versions.unknownActor') : v.recordedBy}</TableCell>
              <TableCell>{v.recordedAt ? frDateTime(v.recordedAt) : ''}</TableCell>
              <TableCell>
                {/* Named by its period: every row has one, a screen reader lists them by name (RGAA 6.1). */}
                <Button
                  size="small"
                  onClick={() => setCorrecting(v)}
                  aria-label={translate('app.versions.correctTitle', {
                    from: v.validFrom ? frDate(v.validFrom) : translate('app.versions.origin'),
                    to: v.validTo ? frDate(v.validTo) : '…',
                  })}
                >
                  {translate('app.versions.correct')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {correcting && <CorrectVersion version={correcting} inputs={inputs} onClose={() => setCorrecting(null)} />}
    </Box>
  );
};
