import { DateInput, required, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

export const InformationMeetingForm = () => (
  <RecordForm>
    <DateInput source="date" validate={required()} />
    <TextInput source="title" validate={required()} fullWidth />
    <RefInput source="departmentId" reference="departments" />
    <TextInput source="agenda" multiline fullWidth />
  </RecordForm>
);
