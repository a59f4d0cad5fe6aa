import { ReferenceField, SelectField } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { RecordShow } from '../shared/RecordShow';
import { FrDateField } from '../shared/dates';
import { populationChoices } from '../shared/choices';

export const ServiceHeadcountShow = () => (
  <RecordShow>
    <ReferenceField source="serviceId" reference="services" />
    <SelectField source="population" choices={populationChoices} />
    <NumberField source="count" />
    <FrDateField source="validFrom" />
    <FrDateField source="validTo" />
  </RecordShow>
);
