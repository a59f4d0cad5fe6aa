import { GridListActions } from '../grid/registry';
import { DataTable, ReferenceField, SelectArrayInput, SelectField } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { candidacyStatusChoices } from '../shared/lifecycle-choices';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <ReferenceFilter key="callId" source="callId" reference="candidate-calls" alwaysOn />,
  <ReferenceFilter key="agentId" source="agentId" reference="agents" />,
  <SelectArrayInput key="status" source="status" choices={candidacyStatusChoices} />,
];

export const CandidacyList = () => (
  <List filters={filters} sort={{ field: 'filedOn', order: 'DESC' }} actions={<GridListActions />}>
    <DataTable rowClick="show" data-testid="candidacies-list">
      <DataTable.Col source="agentId" disableSort>
        <ReferenceField source="agentId" reference="agents" />
      </DataTable.Col>
      <DataTable.Col source="callId" disableSort>
        <ReferenceField source="callId" reference="candidate-calls" />
      </DataTable.Col>
      <DataTable.Col source="serviceId" disableSort>
        <ReferenceField source="serviceId" reference="services" />
      </DataTable.Col>
      <DataTable.Col source="filedOn" field={FrDateField} />
      <DataTable.Col source="status">
        <SelectField source="status" choices={candidacyStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
