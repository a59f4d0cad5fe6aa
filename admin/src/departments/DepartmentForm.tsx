import { AutocompleteInput, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';

export const DepartmentForm = () => (
  <SimpleForm>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <ReferenceInput source="regionId" reference="regions" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput validate={required()} />
    </ReferenceInput>
  </SimpleForm>
);
