import { NumberField, ReferenceField, TextField } from 'react-admin';
import { RecordShow } from '../shared/RecordShow';

export const ImplantationMapEntryShow = () => (
  <RecordShow>
    <ReferenceField source="mapId" reference="implantation-maps" />
    <ReferenceField source="serviceId" reference="services" />
    <NumberField source="requiredCount" />
    <TextField source="note" />
  </RecordShow>
);
