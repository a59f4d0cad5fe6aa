import { SelectField, TextArrayField, TextField } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { RecordShow } from '../shared/RecordShow';
import { GRANT_KIND_CHOICES, ROLE_CHOICES } from './choices';

export const AccessGrantShow = () => (
  <RecordShow>
    <TextField source="label" />
    <SelectField source="kind" choices={GRANT_KIND_CHOICES} />
    <TextField source="subject" />
    <SelectField source="role" choices={ROLE_CHOICES} />
    <TextArrayField source="perimeter" />
    <FrDateField source="validFrom" />
    <FrDateField source="validTo" />
  </RecordShow>
);
