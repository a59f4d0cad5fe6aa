import { ReferenceField, SelectField, TextField } from 'react-admin';
import { opinionSubjectChoices, opinionValueChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';

export const OpinionShow = () => (
  <RecordShow>
    <ReferenceField source="sessionId" reference="commission-sessions" />
    <SelectField source="subject" choices={opinionSubjectChoices} />
    <SelectField source="value" choices={opinionValueChoices} />
    <TextField source="reasons" />
    <TextField source="proposals" />
  </RecordShow>
);
