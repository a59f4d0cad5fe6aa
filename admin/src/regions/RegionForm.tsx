import { BooleanInput, TextInput, required } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';

export const RegionForm = () => (
  <RecordForm>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <BooleanInput source="overseas" />
  </RecordForm>
);
