import { minValue, NumberInput, required, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

export const ImplantationMapEntryForm = () => (
  <RecordForm>
    <RefInput source="mapId" reference="implantation-maps" validate={required()} />
    <RefInput source="serviceId" reference="services" validate={required()} />
    <NumberInput source="requiredCount" validate={[required(), minValue(1)]} />
    <TextInput source="note" multiline fullWidth />
  </RecordForm>
);
