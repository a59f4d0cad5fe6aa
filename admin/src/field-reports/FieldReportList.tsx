import { BooleanField, BooleanInput, DataTable, ReferenceField, SearchInput } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceFilter key="appointmentId" source="appointmentId" reference="appointments" />,
  <BooleanInput key="difficulty" source="difficulty" />,
];

export const FieldReportList = () => (
  <List filters={filters} sort={{ field: 'date', order: 'DESC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="date" field={FrDateField} />
      <DataTable.Col source="topic" />
      <DataTable.Col source="appointmentId" disableSort>
        <ReferenceField source="appointmentId" reference="appointments" />
      </DataTable.Col>
      <DataTable.Col source="difficulty" field={BooleanField} disableSort />
    </DataTable>
  </List>
);
