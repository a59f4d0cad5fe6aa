import { DataTable, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { FrDateField } from '../shared/dates';
import { List, ReferenceFilter } from '../shared/list';
import { conventionBasisChoices, conventionKindChoices } from '../shared/networkChoices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={conventionKindChoices} />,
  <SelectInput key="basis" source="basis" choices={conventionBasisChoices} />,
  <ReferenceFilter key="partnerMinistryId" source="partnerMinistryId" reference="ministries" />,
  <DateInput key="asOf" source="asOf" />,
];

export const ConventionList = () => (
  <List filters={filters} sort={{ field: 'reference', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="reference" />
      <DataTable.Col source="title" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={conventionKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="basis">
        <SelectField source="basis" choices={conventionBasisChoices} />
      </DataTable.Col>
      <DataTable.Col source="postId" disableSort>
        <ReferenceField source="postId" reference="social-worker-posts" />
      </DataTable.Col>
      <DataTable.Col source="partnerMinistryId" disableSort>
        <ReferenceField source="partnerMinistryId" reference="ministries" />
      </DataTable.Col>
      <DataTable.Col source="validFrom" field={FrDateField} />
      <DataTable.Col source="validTo" field={FrDateField} />
    </DataTable>
  </List>
);
