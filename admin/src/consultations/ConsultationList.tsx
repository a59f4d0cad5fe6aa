import { DataTable, ReferenceField, SearchInput, SelectField } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { consultationStatusChoices } from '../shared/lifecycle-choices';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceFilter key="commissionId" source="commissionId" reference="commissions" alwaysOn />,
];

export const ConsultationList = () => (
  <List filters={filters} sort={{ field: 'submittedOn', order: 'DESC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="submittedOn" field={FrDateField} />
      <DataTable.Col source="title" />
      <DataTable.Col source="commissionId" disableSort>
        <ReferenceField source="commissionId" reference="commissions" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={consultationStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
