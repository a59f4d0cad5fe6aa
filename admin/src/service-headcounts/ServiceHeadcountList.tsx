import { DataTable, List, NumberField, ReferenceField, SelectField, SelectInput } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { populationChoices } from '../shared/choices';
import { ReferenceFilter } from '../shared/list';

const filters = [
  <ReferenceFilter key="serviceId" source="serviceId" reference="services" sort={{ field: 'name', order: 'ASC' }} alwaysOn />,
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
