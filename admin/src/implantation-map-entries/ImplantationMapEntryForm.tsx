import { minValue, TextInput } from 'react-admin';
import { NumberInput } from '../shared/fr/NumberInput';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

export const ImplantationMapEntryForm = () => (
  <RecordForm>
    <RefInput source="mapId" reference="implantation-maps" />
    <RefInput source="serviceId" reference="services" />
    <NumberInput source="requiredCount" validate={minValue(1)} />
    <TextInput source="note" multiline fullWidth />
  </RecordForm>
);
