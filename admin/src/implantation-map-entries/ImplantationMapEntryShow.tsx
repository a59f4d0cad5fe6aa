import { ReferenceField, TextField } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { RecordShow } from '../shared/RecordShow';

export const ImplantationMapEntryShow = () => (
  <RecordShow>
    <ReferenceField source="mapId" reference="implantation-maps" />
    <ReferenceField source="serviceId" reference="services" />
    <NumberField source="requiredCount" />
    <TextField source="note" />
  </RecordShow>
);
