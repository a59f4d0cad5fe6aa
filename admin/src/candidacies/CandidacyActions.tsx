import { Stack } from '@mui/material';
import { AutocompleteArrayInput, BooleanInput, DateInput, ReferenceArrayInput, required, SelectInput, TextInput, useRecordContext } from 'react-admin';
import { opinionValueChoices } from '../shared/lifecycle-choices';
import { OpinionInputs } from '../shared/OpinionInputs';
import { asOpinionOn, WorkflowAction } from '../shared/WorkflowAction';

const arrete = (field: string) => `resources.appointments.fields.${field}`;

/** The candidacy's workflow [001 §2.2]: each button shows only when the server allows the transition. */
export const CandidacyActions = () => {
  const candidacy = useRecordContext<{ serviceId?: string }>();
  return (
    <Stack direction="row" spacing={1} sx={{ my: 1 }} flexWrap="wrap" useFlexGap>
      <WorkflowAction action="GIVE_HEAD_OPINION" mutation="giveHeadOpinion" label="app.workflow.headOpinion">
        <SelectInput source="value" label="app.workflow.value" choices={opinionValueChoices} validate={required()} />
        <TextInput source="reasons" label="app.workflow.reasons" multiline fullWidth validate={required()} />
        <DateInput source="on" label="app.workflow.on" validate={required()} />
        <TextInput source="headOfServiceName" label="resources.candidacies.fields.headOfServiceName" />
      </WorkflowAction>
      <WorkflowAction action="RECORD_OPINION" mutation="recordOpinion" label="app.workflow.recordOpinion" toVariables={asOpinionOn('candidacyId')}>
        <OpinionInputs />
      </WorkflowAction>
      <WorkflowAction action="APPOINT" mutation="appointCandidate" label="app.workflow.appoint" defaultValues={{ jointInterview: true }}>
        <DateInput source="interviewDate" label="app.workflow.interviewDate" validate={required()} />
        <BooleanInput source="jointInterview" label="app.workflow.jointInterview" />
        <TextInput source="arreteNumber" label={arrete('arreteNumber')} validate={required()} />
        <DateInput source="arreteDate" label={arrete('arreteDate')} validate={required()} />
        <TextInput source="arreteSignatory" label={arrete('arreteSignatory')} validate={required()} />
        <DateInput source="startDate" label="app.workflow.startDate" />
        <ReferenceArrayInput source="siteIds" reference="service-sites" filter={{ serviceId: candidacy?.serviceId }}>
          <AutocompleteArrayInput label="app.workflow.siteIds" />
        </ReferenceArrayInput>
        <TextInput source="decisionReason" label={arrete('decisionReason')} multiline fullWidth />
        <TextInput source="mobilityAcknowledgedReason" label="app.workflow.mobilityAcknowledgedReason" multiline fullWidth />
      </WorkflowAction>
      <WorkflowAction action="NOT_SELECT" mutation="notSelectCandidacy" label="app.workflow.notSelect">
        <DateInput source="on" label="app.workflow.on" validate={required()} />
        <TextInput source="reason" label="app.workflow.reason" multiline fullWidth />
      </WorkflowAction>
      <WorkflowAction action="WITHDRAW" mutation="withdrawCandidacy" label="app.workflow.withdraw">
        <DateInput source="on" label="app.workflow.on" validate={required()} />
        <TextInput source="reason" label="app.workflow.reason" multiline fullWidth />
      </WorkflowAction>
    </Stack>
  );
};
