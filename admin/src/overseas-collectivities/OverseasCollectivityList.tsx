import { DataTable, SearchInput } from 'react-admin';
import { List } from '../shared/list';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** Read only: the collectivities come from the INSEE reference data. */
export const OverseasCollectivityList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
    </DataTable>
  </List>
);
