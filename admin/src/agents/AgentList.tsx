import {
  AutocompleteInput,
  BooleanField,
  BulkDeleteButton,
  BulkUpdateButton,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { agentCategoryChoices, agentStatusChoices, populationChoices } from '../shared/choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="serviceId" source="serviceId" reference="services" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={agentStatusChoices} />,
  <SelectInput key="category" source="category" choices={agentCategoryChoices} />,
  <SelectInput key="population" source="population" choices={populationChoices} />,
  <NullableBooleanInput key="active" source="active" />,
];

const BulkActions = () => (
  <>
    <BulkUpdateButton label="app.action.deactivate" data={{ active: false }} mutationMode="pessimistic" />
    <BulkDeleteButton mutationMode="pessimistic" />
  </>
);

export const AgentList = () => (
  <List filters={filters} sort={{ field: 'lastName', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={<BulkActions />}>
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
