import { DataTable, ReferenceField, SelectField, SelectInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { FrDateField } from '../shared/dates';
import { memberRoleChoices } from '../shared/lifecycle-choices';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <ReferenceFilter key="commissionId" source="commissionId" reference="commissions" alwaysOn />,
  <ReferenceFilter key="agentId" source="agentId" reference="agents" />,
  <SelectInput key="role" source="role" choices={memberRoleChoices} />,
  <DateInput key="asOf" source="asOf" />,
];

export const CommissionMemberList = () => (
  <List filters={filters} sort={{ field: 'validFrom', order: 'DESC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="commissionId" disableSort>
        <ReferenceField source="commissionId" reference="commissions" />
      </DataTable.Col>
      <DataTable.Col source="agentId" disableSort>
        <ReferenceField source="agentId" reference="agents" />
      </DataTable.Col>
      <DataTable.Col source="role">
        <SelectField source="role" choices={memberRoleChoices} />
      </DataTable.Col>
      <DataTable.Col source="validFrom" field={FrDateField} />
      <DataTable.Col source="validTo" field={FrDateField} />
    </DataTable>
  </List>
);
