import { AutocompleteInput, ReferenceInput, TextInput, required } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';

export const DepartmentForm = () => (
  <RecordForm>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <ReferenceInput source="regionId" reference="regions" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput validate={required()} />
    </ReferenceInput>
  </RecordForm>
);
