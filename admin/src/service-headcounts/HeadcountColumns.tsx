import { DataTable, SelectField } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { populationChoices } from '../shared/choices';

/** The columns of a headcount table, shared by the headcount list and a service's headcount tab. */
export const headcountColumns = [
  <DataTable.Col key="population" source="population">
    <SelectField source="population" choices={populationChoices} />
  </DataTable.Col>,
  <DataTable.NumberCol key="count" source="count" field={NumberField} />,
  <DataTable.Col key="validFrom" source="validFrom" field={FrDateField} />,
  <DataTable.Col key="validTo" source="validTo" field={FrDateField} />,
];
