import { DataTable, ReferenceField, SelectInput } from 'react-admin';
import { populationChoices } from '../shared/choices';
import { List, ReferenceFilter } from '../shared/list';
import { headcountColumns } from './HeadcountColumns';

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
      {headcountColumns}
    </DataTable>
  </List>
);
