import { BooleanField, DataTable } from 'react-admin';
import { List } from '../shared/list';
import { FrDateField } from '../shared/dates';

export const RegimeList = () => (
  <List sort={{ field: 'validFrom', order: 'ASC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="code" />
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="validFrom" field={FrDateField} />
      <DataTable.Col source="validTo" field={FrDateField} disableSort />
      <DataTable.Col source="titularOnly" field={BooleanField} disableSort />
      <DataTable.Col source="excludesClasMembers" field={BooleanField} disableSort />
      <DataTable.Col source="mobilityCriterion" field={BooleanField} disableSort />
    </DataTable>
  </List>
);
