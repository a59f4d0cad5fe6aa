import { Stack, Table, TableBody, TableCell, TableRow } from '@mui/material';
import type { EnumValue } from '../gql/enums';
import { ReferenceField, SelectField, TabbedShowLayout, TextField, usePermissions, useRecordContext } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { annualReportStatusChoices, opinionValueChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';
import { asOpinionOn, WorkflowAction } from '../shared/WorkflowAction';
import { OpinionInputs } from '../shared/OpinionInputs';
import { DownloadPdfButton } from '../shared/DownloadPdfButton';
import { FIGURE_LABELS } from './figures';

/** The year's figures, computed by the API from the data (aggregates only). */
const Activity = () => {
  const record = useRecordContext<{ activity?: Record<string, number> }>();
  if (!record?.activity) return null;
  return (
    <Table size="small" data-testid="annual-activity">
      <TableBody>
        {Object.entries(FIGURE_LABELS).map(([key, label]) => (
          <TableRow key={key}>
            <TableCell>{label}</TableCell>
            <TableCell align="right">{record.activity![key]}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const tabs = [
  <TabbedShowLayout.Tab key="activity" label="app.tabs.activity" path="activity">
    <Activity />
  </TabbedShowLayout.Tab>,
];

/** The national synthesis of the report's year, for the users who see every department (national administration, analysts). */
const SynthesisButton = () => {
  const record = useRecordContext<{ year?: number }>();
  const { permissions } = usePermissions<{ role: string } | null>();
  return record?.year && (['NATIONAL_ADMIN', 'ANALYST'] satisfies EnumValue<'Role'>[] as string[]).includes(permissions?.role ?? '') ? (
    <DownloadPdfButton kind="national-synthesis" id={record.year} label="app.documents.synthesis" />
  ) : null;
};

export const AnnualReportShow = () => (
  <RecordShow tabs={tabs}>
    <Stack direction="row" spacing={1}>
      <DownloadPdfButton kind="annual-report" />
      <SynthesisButton />
    </Stack>
    <WorkflowAction
      action="RECORD_OPINION"
      mutation="recordOpinion"
      label="app.workflow.recordOpinion"
      toVariables={asOpinionOn('annualReportId')}
    >
      <OpinionInputs proposals />
    </WorkflowAction>
    <ReferenceField source="departmentId" reference="departments" />
    <NumberField source="year" options={{ useGrouping: false }} />
    <SelectField source="status" choices={annualReportStatusChoices} />
    <TextField source="narrative" emptyText="—" />
    <SelectField source="opinion.value" choices={opinionValueChoices} label="resources.annual-reports.fields.opinion.value" emptyText="—" />
    <TextField source="opinion.proposals" label="resources.annual-reports.fields.opinion.proposals" emptyText="—" />
  </RecordShow>
);
