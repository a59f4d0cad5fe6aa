import { BooleanField, DataTable, List, SearchInput } from 'react-admin';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const MinistryList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="interior" field={BooleanField} disableSort />
    </DataTable>
  </List>
);
