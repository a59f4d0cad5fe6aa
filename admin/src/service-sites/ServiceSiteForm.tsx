import { AutocompleteInput, ReferenceInput, TextInput, regex } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';

export const ServiceSiteForm = () => (
  <RecordForm>
    <ReferenceInput source="serviceId" reference="services" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <TextInput source="label" />
    <TextInput source="address" multiline />
    <TextInput source="postalCode" validate={regex(/^\d{5}$/, 'app.validation.postalCode')} />
    <TextInput source="city" />
  </RecordForm>
);
