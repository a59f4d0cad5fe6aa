import { Stack } from '@mui/material';
import {
  AutocompleteArrayInput,
  BooleanInput,
  ReferenceArrayInput,
  required,
  SelectInput,
  TextInput,
  useGetOne,
  useRecordContext,
} from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { designatingAuthorityChoices } from '../shared/choices';
import { DownloadPdfButton } from '../shared/DownloadPdfButton';
import { RefInput } from '../shared/RefInput';
import { opinionValueChoices, signatoryCapacityChoices } from '../shared/lifecycle-choices';
import { OpinionInputs } from '../shared/OpinionInputs';
import { asOpinionOn, WorkflowAction } from '../shared/WorkflowAction';

const arrete = (field: string) => `resources.appointments.fields.${field}`;

/** COMMISSION_OPINION_GIVEN → APPOINTED; the arrêté is the map's authority's [001 art. 4]: the dialog starts from it. */
const AppointAction = ({ serviceId, callId }: { serviceId?: string; callId?: string }) => {
  const { data: call } = useGetOne<{ id: string; mapId: string }>('candidate-calls', { id: callId ?? '' }, { enabled: !!callId });
  const { data: map } = useGetOne<{ id: string; authority: string; departmentId?: string | null }>(
    'implantation-maps',
    { id: call?.mapId ?? '' },
    { enabled: !!call?.mapId },
  );
  return (
    <WorkflowAction
      action="APPOINT"
      mutation="appointCandidate"
      label="app.workflow.appoint"
      defaultValues={{
        jointInterview: true,
        arreteAuthority: map?.authority,
        arreteAuthorityDepartmentId: map?.departmentId ?? null,
        arreteSignatoryCapacity: 'AUTHORITY',
      }}
    >
      <DateInput source="interviewDate" label="app.workflow.interviewDate" validate={required()} />
      <BooleanInput source="jointInterview" label="app.workflow.jointInterview" />
      <TextInput source="arreteNumber" label={arrete('arreteNumber')} validate={required()} />
      <DateInput source="arreteDate" label={arrete('arreteDate')} validate={required()} />
      <SelectInput source="arreteAuthority" label={arrete('arreteAuthority')} choices={designatingAuthorityChoices} validate={required()} />
      <RefInput source="arreteAuthorityDepartmentId" reference="departments" label={arrete('arreteAuthorityDepartmentId')} />
      <TextInput source="arreteSignatory" label={arrete('arreteSignatory')} validate={required()} />
      <SelectInput source="arreteSignatoryCapacity" label={arrete('arreteSignatoryCapacity')} choices={signatoryCapacityChoices} />
      <TextInput source="arreteSignatoryTitle" label={arrete('arreteSignatoryTitle')} />
      <DateInput source="startDate" label="app.workflow.startDate" />
      <ReferenceArrayInput source="siteIds" reference="service-sites" filter={{ serviceId }}>
        <AutocompleteArrayInput label="app.workflow.siteIds" />
      </ReferenceArrayInput>
      <TextInput source="decisionReason" label={arrete('decisionReason')} multiline fullWidth />
      <TextInput source="mobilityAcknowledgedReason" label="app.workflow.mobilityAcknowledgedReason" multiline fullWidth />
    </WorkflowAction>
  );
};

/** The candidacy's workflow [001 §2.2]: each button shows only when the server allows the transition. */
export const CandidacyActions = () => {
  const candidacy = useRecordContext<{ serviceId?: string; callId?: string; status?: string }>();
  return (
    <Stack direction="row" spacing={1} sx={{ my: 1 }} flexWrap="wrap" useFlexGap>
      <WorkflowAction action="GIVE_HEAD_OPINION" mutation="giveHeadOpinion" label="app.workflow.headOpinion">
        <SelectInput source="value" label="app.workflow.value" choices={opinionValueChoices} validate={required()} />
        <TextInput source="reasons" label="app.workflow.reasons" multiline fullWidth validate={required()} />
        <DateInput source="on" label="app.workflow.on" validate={required()} />
        <TextInput source="headOfServiceName" label="resources.candidacies.fields.headOfServiceName" />
      </WorkflowAction>
      <WorkflowAction
        action="RECORD_OPINION"
        mutation="recordOpinion"
        label="app.workflow.recordOpinion"
        toVariables={asOpinionOn('candidacyId')}
      >
        <OpinionInputs />
      </WorkflowAction>
      {candidacy?.status === 'COMMISSION_OPINION_GIVEN' && (
        <DownloadPdfButton kind="candidacy-draft-arrete" label="app.documents.draftArrete" />
      )}
      <AppointAction serviceId={candidacy?.serviceId} callId={candidacy?.callId} />
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
