import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import { SelectField, TabbedShowLayout, TextField, useRecordContext } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { FIGURE_LABELS } from '../annual-reports/figures';
import { FrDateField } from '../shared/dates';
import { DownloadPdfButton } from '../shared/DownloadPdfButton';
import { nationalSynthesisStatusChoices, opinionValueChoices } from '../shared/lifecycle-choices';
import { OpinionInputs } from '../shared/OpinionInputs';
import { RecordShow } from '../shared/RecordShow';
import { asOpinionOn, WorkflowAction } from '../shared/WorkflowAction';

/** The year's national totals, computed by the API from every department's data (aggregates only). */
const Totals = () => {
  const record = useRecordContext<{ figures?: { totals?: Record<string, number> } }>();
  const totals = record?.figures?.totals;
  if (!totals) return null;
  return (
    <Table size="small" data-testid="synthesis-totals">
      <TableBody>
        {Object.entries(FIGURE_LABELS).map(([key, label]) => (
          <TableRow key={key}>
            <TableCell>{label}</TableCell>
            <TableCell align="right">{totals[key]}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const tabs = [
  <TabbedShowLayout.Tab key="activity" label="app.tabs.activity" path="activity">
    <Totals />
  </TabbedShowLayout.Tab>,
];

const Download = () => {
  const record = useRecordContext<{ year?: number }>();
  return record?.year ? <DownloadPdfButton kind="national-synthesis" id={record.year} label="app.documents.synthesis" /> : null;
};

/** The synthesis presented to the CNAS, which gives its opinion and proposals in a session [001 §2.7]. */
export const NationalSynthesisReportShow = () => (
  <RecordShow tabs={tabs}>
    <Download />
    <WorkflowAction
      action="RECORD_OPINION"
      mutation="recordOpinion"
      label="app.workflow.presentToCnas"
      toVariables={asOpinionOn('nationalSynthesisReportId')}
    >
      <OpinionInputs proposals sessionFilter={{ commissionKind: 'CNAS' }} />
    </WorkflowAction>
    <NumberField source="year" options={{ useGrouping: false }} />
    <SelectField source="status" choices={nationalSynthesisStatusChoices} />
    <TextField source="narrative" emptyText="—" />
    <FrDateField source="opinion.session.date" label="resources.national-synthesis-reports.fields.opinion.session.date" emptyText="—" />
    <SelectField
      source="opinion.value"
      choices={opinionValueChoices}
      label="resources.national-synthesis-reports.fields.opinion.value"
      emptyText="—"
    />
    <TextField source="opinion.reasons" label="resources.national-synthesis-reports.fields.opinion.reasons" emptyText="—" />
    <TextField source="opinion.proposals" label="resources.national-synthesis-reports.fields.opinion.proposals" emptyText="—" />
  </RecordShow>
);
