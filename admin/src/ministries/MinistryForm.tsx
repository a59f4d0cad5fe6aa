import { BooleanInput, SimpleForm, TextInput, required } from 'react-admin';

export const MinistryForm = () => (
  <SimpleForm>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <BooleanInput source="interior" />
  </SimpleForm>
);
