import {
  AutocompleteInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  minValue,
  required,
} from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { populationChoices } from '../shared/choices';
import { validateValidity } from '../shared/validation';

export const ServiceHeadcountForm = () => (
  <RecordForm validate={validateValidity}>
    <ReferenceInput source="serviceId" reference="services" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} />
    </ReferenceInput>
    <SelectInput source="population" choices={populationChoices} validate={required()} />
    <NumberInput source="count" step={1} validate={[required(), minValue(0)]} />
    <DateInput source="validFrom" validate={required()} />
    <DateInput source="validTo" />
  </RecordForm>
);
