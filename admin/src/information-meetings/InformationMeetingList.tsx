import { DataTable, ReferenceField, SearchInput } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceFilter key="departmentId" source="departmentId" reference="departments" alwaysOn />,
];

export const InformationMeetingList = () => (
  <List filters={filters} sort={{ field: 'date', order: 'DESC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="date" field={FrDateField} />
      <DataTable.Col source="title" />
      <DataTable.Col source="departmentId" disableSort>
        <ReferenceField source="departmentId" reference="departments" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
