import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import { ReferenceField, SelectField, TabbedShowLayout, TextField, useRecordContext } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { DownloadPdfButton } from '../shared/DownloadPdfButton';
import { networkReportKindChoices, presentationBodyChoices } from '../shared/networkChoices';
import { formatDecimal } from '../shared/numbers';
import { RecordShow } from '../shared/RecordShow';

/** The period's figures, computed by the API from the registry (aggregates only), with the API's labels. */
const Figures = () => {
  const record = useRecordContext<{ figures?: { code: string; label: string; value: number }[] }>();
  if (!record?.figures) return null;
  return (
    <Table size="small" data-testid="report-figures">
      <TableBody>
        {record.figures.map((f) => (
          <TableRow key={f.code}>
            <TableCell>{f.label}</TableCell>
            <TableCell align="right">{formatDecimal(f.value)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const tabs = [
  <TabbedShowLayout.Tab key="figures" label="app.tabs.activity" path="figures">
    <Figures />
  </TabbedShowLayout.Tab>,
];

export const NetworkReportShow = () => (
  <RecordShow tabs={tabs}>
    <DownloadPdfButton kind="network-report" />
    <SelectField source="kind" choices={networkReportKindChoices} />
    <ReferenceField source="postId" reference="social-worker-posts" />
    <NumberField source="year" options={{ useGrouping: false }} />
    <NumberField source="quarter" emptyText="—" />
    <FrDateField source="periodFrom" />
    <FrDateField source="periodTo" />
    <FrDateField source="submittedOn" />
    <FrDateField source="presentedOn" emptyText="—" />
    <SelectField source="presentationBody" choices={presentationBodyChoices} emptyText="—" />
    <TextField source="narrative" emptyText="—" />
  </RecordShow>
);
