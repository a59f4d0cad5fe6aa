import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, SearchInput } from 'react-admin';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="serviceId" source="serviceId" reference="services" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
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
