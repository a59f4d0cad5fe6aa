import { DataTable, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { trainingKindChoices } from '../shared/lifecycle-choices';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceFilter key="agentId" source="agentId" reference="agents" />,
  <SelectInput key="kind" source="kind" choices={trainingKindChoices} />,
];

export const TrainingList = () => (
  <List filters={filters} sort={{ field: 'date', order: 'DESC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="agentId" disableSort>
        <ReferenceField source="agentId" reference="agents" />
      </DataTable.Col>
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={trainingKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="title" />
      <DataTable.Col source="date" field={FrDateField} />
      <DataTable.Col source="hours" field={NumberField} disableSort />
    </DataTable>
  </List>
);
