import { Stack } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  ChipField,
  CreateButton,
  DataTable,
  ReferenceField,
  required,
  SelectField,
  SelectInput,
  SingleFieldList,
  TabbedShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { designatingAuthorityChoices } from '../shared/choices';
import {
  appointmentStatusChoices,
  arreteKindChoices,
  endReasonChoices,
  letterStatusChoices,
  signatoryCapacityChoices,
} from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';
import { StatusHistory } from '../shared/StatusHistory';
import { asArguments, WorkflowAction } from '../shared/WorkflowAction';
import { DownloadPdfButton } from '../shared/DownloadPdfButton';
import { PrintButton } from '../shared/PrintButton';
import { APPOINTMENT_NOTICE } from './queries';

const NewLetter = () => {
  const record = useRecordContext<{ id: string; letters?: unknown[] }>();
  return record && !record.letters?.length ? (
    <CreateButton resource="mission-letters" state={{ record: { appointmentId: record.id, annualInterviewMention: true } }} />
  ) : null;
};

const tabs = [
  <TabbedShowLayout.Tab key="letters" label="app.tabs.letters" path="letters">
    <NewLetter />
    <ArrayField source="letters" label={false}>
      <DataTable bulkActionButtons={false} rowClick={(id) => `/mission-letters/${id}/show`}>
        <DataTable.Col source="revision" label="resources.mission-letters.fields.revision" field={NumberField} />
        <DataTable.Col source="status" label="resources.mission-letters.fields.status">
          <SelectField source="status" choices={letterStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="signedOn" label="resources.mission-letters.fields.signedOn" field={FrDateField} />
      </DataTable>
    </ArrayField>
  </TabbedShowLayout.Tab>,
  <TabbedShowLayout.Tab key="workflow" label="app.tabs.workflow" path="workflow">
    <StatusHistory statusChoices={appointmentStatusChoices} />
  </TabbedShowLayout.Tab>,
];

export const AppointmentShow = () => (
  <RecordShow tabs={tabs}>
    <WorkflowAction action="END" mutation="endAppointment" label="app.workflow.end" toVariables={asArguments}>
      <DateInput source="endDate" label="app.workflow.endDate" validate={required()} />
      <SelectInput source="endReason" label="app.workflow.endReason" choices={endReasonChoices} validate={required()} />
    </WorkflowAction>
    <Stack direction="row" spacing={1}>
      <DownloadPdfButton kind="appointment-arrete" label="app.documents.arrete" />
      <PrintButton query={APPOINTMENT_NOTICE} pick={(d) => d.appointment.noticeHtml} label="app.workflow.printNotice" />
    </Stack>
    <SelectField source="status" choices={appointmentStatusChoices} />
    <ReferenceField source="agentId" reference="agents" />
    <ReferenceField source="candidacyId" reference="candidacies" emptyText="—" />
    <ReferenceField source="mapId" reference="implantation-maps" />
    <ReferenceField source="regimeId" reference="regimes" />
    <FrDateField source="interviewDate" />
    <BooleanField source="jointInterview" />
    <SelectField source="arreteKind" choices={arreteKindChoices} />
    <TextField source="arreteNumber" />
    <FrDateField source="arreteDate" />
    <SelectField source="arreteAuthority" choices={designatingAuthorityChoices} />
    <ReferenceField source="arreteAuthorityDepartmentId" reference="departments" emptyText="—" />
    <TextField source="arreteSignatory" />
    <SelectField source="arreteSignatoryCapacity" choices={signatoryCapacityChoices} />
    <TextField source="arreteSignatoryTitle" emptyText="—" />
    <FrDateField source="startDate" />
    <FrDateField source="endDate" emptyText="—" />
    <SelectField source="endReason" choices={endReasonChoices} emptyText="—" />
    <TextField source="decisionReason" emptyText="—" />
    <TextField source="mobilityAcknowledgedReason" emptyText="—" />
    <ArrayField source="services">
      <SingleFieldList linkType={false}>
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ArrayField>
    <ArrayField source="sites">
      <SingleFieldList linkType={false} empty={<span>—</span>}>
        <ChipField source="label" size="small" />
      </SingleFieldList>
    </ArrayField>
  </RecordShow>
);
