import { SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { consultationTopicChoices } from '../shared/lifecycle-choices';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

/** A question put to a CLAS on the correspondents' working conditions [001 §1]; editable until it is answered. */
export const ConsultationForm = () => (
  <RecordForm defaultValues={{ topic: 'WORKING_CONDITIONS' }}>
    <RefInput source="commissionId" reference="commissions" filter={{ kind: 'CLAS' }} />
    <SelectInput source="topic" choices={consultationTopicChoices} />
    <TextInput source="title" fullWidth />
    <TextInput source="description" multiline fullWidth />
    <DateInput source="submittedOn" />
  </RecordForm>
);
