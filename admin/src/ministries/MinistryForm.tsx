import { BooleanInput, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';

export const MinistryForm = () => (
  <RecordForm>
    <TextInput source="code" />
    <TextInput source="name" />
    <BooleanInput source="interior" />
  </RecordForm>
);
