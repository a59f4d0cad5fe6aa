import { DateInput, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

export const InformationMeetingForm = () => (
  <RecordForm>
    <DateInput source="date" />
    <TextInput source="title" fullWidth />
    <RefInput source="departmentId" reference="departments" />
    <TextInput source="agenda" multiline fullWidth />
  </RecordForm>
);
