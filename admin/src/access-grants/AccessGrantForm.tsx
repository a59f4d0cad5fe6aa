import { SelectInput, TextArrayInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';
import { GRANT_KIND_CHOICES, ROLE_CHOICES } from './choices';

/** The required markers come from the schema (RecordForm); the perimeter rule is the API's (ACCESS_GRANT_PERIMETER_REQUIRED). */
export const AccessGrantForm = () => (
  <RecordForm defaultValues={{ kind: 'USER', perimeter: [] }}>
    <SelectInput source="kind" choices={GRANT_KIND_CHOICES} />
    <TextInput source="subject" helperText="resources.access-grants.helpers.subject" />
    <TextInput source="label" />
    <SelectInput source="role" choices={ROLE_CHOICES} />
    <TextArrayInput source="perimeter" helperText="resources.access-grants.helpers.perimeter" />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
