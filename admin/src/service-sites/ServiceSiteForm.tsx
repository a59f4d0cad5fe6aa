import { AutocompleteInput, ReferenceInput, SimpleForm, TextInput, regex, required } from 'react-admin';

export const ServiceSiteForm = () => (
  <SimpleForm>
    <ReferenceInput source="serviceId" reference="services" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} />
    </ReferenceInput>
    <TextInput source="label" validate={required()} />
    <TextInput source="address" multiline />
    <TextInput source="postalCode" validate={regex(/^\d{5}$/, 'app.validation.postalCode')} />
    <TextInput source="city" />
  </SimpleForm>
);
