import { ReferenceField, TextField } from 'react-admin';
import { RecordShow } from '../shared/RecordShow';

export const ServiceSiteShow = () => (
  <RecordShow>
    <ReferenceField source="serviceId" reference="services" />
    <TextField source="label" />
    <TextField source="address" />
    <TextField source="postalCode" />
    <TextField source="city" />
  </RecordShow>
);
