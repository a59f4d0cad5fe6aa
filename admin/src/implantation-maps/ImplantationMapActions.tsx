import { Stack } from '@mui/material';
import { required, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { OpinionInputs } from '../shared/OpinionInputs';
import { RefInput } from '../shared/RefInput';
import { asArguments, asOpinionOn, WorkflowAction } from '../shared/WorkflowAction';

/** The workflow of a map revision: each button shows only when the server allows it. */
export const ImplantationMapActions = () => (
  <Stack direction="row" spacing={1} sx={{ my: 1 }}>
    <WorkflowAction action="SUBMIT" mutation="submitImplantationMap" label="app.workflow.submit" toVariables={asArguments}>
      <RefInput source="sessionId" reference="commission-sessions" label="app.workflow.sessionId" validate={required()} />
      <DateInput source="on" label="app.workflow.on" />
    </WorkflowAction>
    <WorkflowAction
      action="RECORD_OPINION"
      mutation="recordOpinion"
      label="app.workflow.recordOpinion"
      toVariables={asOpinionOn('implantationMapId')}
    >
      <OpinionInputs />
    </WorkflowAction>
    <WorkflowAction action="ADOPT" mutation="adoptImplantationMap" label="app.workflow.adopt">
      <TextInput source="arreteNumber" label="resources.implantation-maps.fields.arreteNumber" validate={required()} />
      <DateInput source="arreteDate" label="resources.implantation-maps.fields.arreteDate" validate={required()} />
      <TextInput source="arreteSignatory" label="resources.implantation-maps.fields.arreteSignatory" validate={required()} />
      <TextInput source="decisionReason" label="resources.implantation-maps.fields.decisionReason" multiline fullWidth />
    </WorkflowAction>
    <WorkflowAction action="REVISE" mutation="reviseImplantationMap" label="app.workflow.revise" />
  </Stack>
);
