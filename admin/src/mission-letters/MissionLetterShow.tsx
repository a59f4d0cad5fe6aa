import { Stack } from '@mui/material';
import { BooleanField, ReferenceField, required, SelectField, SelectInput, TabbedShowLayout, TextField, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { letterStatusChoices, signatoryChoices, timeCreditUnitChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';
import { StatusHistory } from '../shared/StatusHistory';
import { asArguments, WorkflowAction } from '../shared/WorkflowAction';
import { DownloadPdfButton } from '../shared/DownloadPdfButton';

const tabs = [
  <TabbedShowLayout.Tab key="workflow" label="app.tabs.workflow" path="workflow">
    <StatusHistory statusChoices={letterStatusChoices} />
  </TabbedShowLayout.Tab>,
];

export const MissionLetterShow = () => (
  <RecordShow tabs={tabs}>
    <Stack direction="row" spacing={1}>
      <WorkflowAction action="SIGN" mutation="signMissionLetter" label="app.workflow.sign" toVariables={asArguments}>
        <SelectInput source="signatory" label="app.workflow.signatory" choices={signatoryChoices} validate={required()} />
        <DateInput source="on" label="app.workflow.on" validate={required()} />
        <TextInput source="name" label="app.workflow.name" />
      </WorkflowAction>
      <WorkflowAction action="REVISE" mutation="reviseMissionLetter" label="app.workflow.revise" />
      <DownloadPdfButton kind="mission-letter" />
    </Stack>
    <ReferenceField source="appointmentId" reference="appointments" />
    <NumberField source="revision" />
    <TextField source="previous.revision" label="resources.mission-letters.fields.previous.revision" emptyText="—" />
    <SelectField source="status" choices={letterStatusChoices} />
    <NumberField source="timeCreditAmount" emptyText="—" />
    <SelectField source="timeCreditUnit" choices={timeCreditUnitChoices} emptyText="—" />
    <BooleanField source="historical" />
    <TextField source="historicalTimeCredit" emptyText="—" />
    <TextField source="means" emptyText="—" />
    <TextField source="dedicatedEmail" emptyText="—" />
    <TextField source="trainingModalities" emptyText="—" />
    <BooleanField source="annualInterviewMention" />
    <TextField source="organigrammePlacement" emptyText="—" />
    <FrDateField source="agentSignedOn" emptyText="—" />
    <TextField source="headOfServiceName" emptyText="—" />
    <FrDateField source="headOfServiceSignedOn" emptyText="—" />
    <TextField source="socialActionHeadName" emptyText="—" />
    <FrDateField source="socialActionHeadSignedOn" emptyText="—" />
    <FrDateField source="signedOn" emptyText="—" />
  </RecordShow>
);
