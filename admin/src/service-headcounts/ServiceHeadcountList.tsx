import {
  AutocompleteInput,
  DataTable,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { FrDateField } from '../shared/dates';
import { populationChoices } from '../shared/choices';

const filters = [
  <ReferenceInput key="serviceId" source="serviceId" reference="services" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="population" source="population" choices={populationChoices} />,
];

export const ServiceHeadcountList = () => (
  <List filters={filters} sort={{ field: 'validFrom', order: 'DESC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="serviceId" disableSort>
        <ReferenceField source="serviceId" reference="services" />
      </DataTable.Col>
      <DataTable.Col source="population">
        <SelectField source="population" choices={populationChoices} />
      </DataTable.Col>
      <DataTable.NumberCol source="count" field={NumberField} />
      <DataTable.Col source="validFrom" field={FrDateField} />
      <DataTable.Col source="validTo" field={FrDateField} />
    </DataTable>
  </List>
);
