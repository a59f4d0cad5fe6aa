import { DataTable, EmailField, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { List, ReferenceFilter } from '../shared/list';
import { supportKindChoices } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={supportKindChoices} />,
  <ReferenceFilter key="departmentId" source="departmentId" reference="departments" sort={{ field: 'code', order: 'ASC' }} />,
  <DateInput key="asOf" source="asOf" />,
];

/** The directory correspondents pass on to agents [001 art. 5]: national entries and the department's own. */
export const SupportProfessionalList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={supportKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="name" />
      <DataTable.Col source="organisation" disableSort />
      <DataTable.Col source="phone" disableSort />
      <DataTable.Col source="email" disableSort field={EmailField} />
      <DataTable.Col source="departmentId" disableSort>
        <ReferenceField source="departmentId" reference="departments" emptyText="National" />
      </DataTable.Col>
    </DataTable>
  </List>
);
