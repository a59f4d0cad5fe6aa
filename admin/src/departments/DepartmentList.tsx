import { DataTable, ReferenceField, SearchInput } from 'react-admin';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceFilter key="regionId" source="regionId" reference="regions" sort={{ field: 'name', order: 'ASC' }} />,
];

export const DepartmentList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={50}>
    <DataTable rowClick="show">
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="regionId" disableSort>
        <ReferenceField source="regionId" reference="regions" />
      </DataTable.Col>
    </DataTable>
  </List>
);
