import { BooleanField, DataTable, SearchInput } from 'react-admin';
import { List } from '../shared/list';

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
