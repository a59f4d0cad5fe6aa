import { DataTable, ReferenceField, SearchInput } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceFilter key="commissionId" source="commissionId" reference="commissions" alwaysOn />,
];

export const CommissionSessionList = () => (
  <List filters={filters} sort={{ field: 'date', order: 'DESC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="date" field={FrDateField} />
      <DataTable.Col source="commissionId" disableSort>
        <ReferenceField source="commissionId" reference="commissions" />
      </DataTable.Col>
      <DataTable.Col source="agenda" disableSort />
    </DataTable>
  </List>
);
