import { DataTable, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { FrDateField } from '../shared/dates';
import { commissionKindChoices } from '../shared/lifecycle-choices';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={commissionKindChoices} />,
  <ReferenceFilter key="departmentId" source="departmentId" reference="departments" />,
  <DateInput key="asOf" source="asOf" />,
];

export const CommissionList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={commissionKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="departmentId" disableSort>
        <ReferenceField source="departmentId" reference="departments" />
      </DataTable.Col>
      <DataTable.Col source="validFrom" field={FrDateField} />
      <DataTable.Col source="validTo" field={FrDateField} />
    </DataTable>
  </List>
);
