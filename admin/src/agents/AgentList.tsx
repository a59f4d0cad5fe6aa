import { BooleanField, DataTable, NullableBooleanInput, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { agentCategoryChoices, agentStatusChoices, populationChoices } from '../shared/choices';
import { GridListActions } from '../grid/registry';
import { List, ReferenceFilter, UpdateOrDeleteBulkActions, useWriteBulkActions } from '../shared/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceFilter key="serviceId" source="serviceId" reference="services" sort={{ field: 'name', order: 'ASC' }} />,
  <SelectInput key="status" source="status" choices={agentStatusChoices} />,
  <SelectInput key="category" source="category" choices={agentCategoryChoices} />,
  <SelectInput key="population" source="population" choices={populationChoices} />,
  <NullableBooleanInput key="active" source="active" />,
];

const bulkActions = <UpdateOrDeleteBulkActions label="app.action.deactivate" data={{ active: false }} />;

export const AgentList = () => (
  <List filters={filters} sort={{ field: 'lastName', order: 'ASC' }} actions={<GridListActions />}>
    <DataTable rowClick="show" bulkActionButtons={useWriteBulkActions(bulkActions)}>
      <DataTable.Col source="registrationNumber" />
      <DataTable.Col source="lastName" />
      <DataTable.Col source="firstName" />
      <DataTable.Col source="grade" />
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={agentStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="serviceId" disableSort>
        <ReferenceField source="serviceId" reference="services" />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} disableSort />
    </DataTable>
  </List>
);
