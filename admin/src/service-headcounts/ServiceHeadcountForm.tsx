import { AutocompleteInput, ReferenceInput, SelectInput, minValue } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberInput } from '../shared/fr/NumberInput';
import { RecordForm } from '../shared/RecordForm';
import { populationChoices } from '../shared/choices';

export const ServiceHeadcountForm = () => (
  <RecordForm>
    <ReferenceInput source="serviceId" reference="services" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <SelectInput source="population" choices={populationChoices} />
    <NumberInput source="count" step={1} validate={minValue(0)} />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
