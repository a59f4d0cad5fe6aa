import { BooleanInput, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';

export const RegionForm = () => (
  <RecordForm>
    <TextInput source="code" />
    <TextInput source="name" />
    <BooleanInput source="overseas" />
  </RecordForm>
);
