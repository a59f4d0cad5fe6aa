import { DataTable, ReferenceField, SearchInput } from 'react-admin';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceFilter key="serviceId" source="serviceId" reference="services" sort={{ field: 'name', order: 'ASC' }} />,
];

export const ServiceSiteList = () => (
  <List filters={filters} sort={{ field: 'label', order: 'ASC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="serviceId" disableSort>
        <ReferenceField source="serviceId" reference="services" />
      </DataTable.Col>
      <DataTable.Col source="label" />
      <DataTable.Col source="address" disableSort />
      <DataTable.Col source="postalCode" />
      <DataTable.Col source="city" />
    </DataTable>
  </List>
);
