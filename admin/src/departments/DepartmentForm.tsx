import { AutocompleteInput, ReferenceInput, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';

export const DepartmentForm = () => (
  <RecordForm>
    <TextInput source="code" />
    <TextInput source="name" />
    <ReferenceInput source="regionId" reference="regions" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput />
    </ReferenceInput>
  </RecordForm>
);
