import { ReferenceField, SelectField, TextField, useRecordContext } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { consultationStatusChoices, consultationTopicChoices, opinionValueChoices } from '../shared/lifecycle-choices';
import { OpinionInputs } from '../shared/OpinionInputs';
import { RecordShow } from '../shared/RecordShow';
import { asOpinionOn, WorkflowAction } from '../shared/WorkflowAction';

/** The opinion is given in a session of the consulted commission: the session picker offers only its sessions. */
const RecordOpinion = () => {
  const record = useRecordContext<{ commissionId?: string }>();
  return (
    <WorkflowAction
      action="RECORD_OPINION"
      mutation="recordOpinion"
      label="app.workflow.recordOpinion"
      toVariables={asOpinionOn('consultationId')}
    >
      <OpinionInputs sessionFilter={record?.commissionId ? { commissionId: record.commissionId } : undefined} />
    </WorkflowAction>
  );
};

const opinionLabel = (field: string) => `resources.consultations.fields.opinion.${field}`;

export const ConsultationShow = () => (
  <RecordShow>
    <RecordOpinion />
    <ReferenceField source="commissionId" reference="commissions" />
    <SelectField source="topic" choices={consultationTopicChoices} />
    <TextField source="title" />
    <TextField source="description" emptyText="—" />
    <FrDateField source="submittedOn" />
    <SelectField source="status" choices={consultationStatusChoices} />
    <FrDateField source="opinion.session.date" label={opinionLabel('session.date')} emptyText="—" />
    <SelectField source="opinion.value" choices={opinionValueChoices} label={opinionLabel('value')} emptyText="—" />
    <TextField source="opinion.reasons" label={opinionLabel('reasons')} emptyText="—" />
  </RecordShow>
);
