import { BooleanField, BooleanInput, DataTable, SearchInput } from 'react-admin';
import { List } from '../shared/list';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <BooleanInput key="overseas" source="overseas" />];

export const RegionList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={50}>
    <DataTable rowClick="show">
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="overseas" field={BooleanField} disableSort />
    </DataTable>
  </List>
);
