import { GridListActions } from '../grid/registry';
import { DataTable, ReferenceField, ReferenceInput, AutocompleteInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <ReferenceInput key="postId" source="postId" reference="social-worker-posts" alwaysOn>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <ReferenceFilter key="employingMinistryId" source="employingMinistryId" reference="ministries" />,
  <DateInput key="asOf" source="asOf" />,
];

export const PostAssignmentList = () => (
  <List filters={filters} sort={{ field: 'validFrom', order: 'DESC' }} actions={<GridListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="postId" disableSort>
        <ReferenceField source="postId" reference="social-worker-posts" />
      </DataTable.Col>
      <DataTable.Col source="agentId" disableSort>
        <ReferenceField source="agentId" reference="agents" />
      </DataTable.Col>
      <DataTable.Col source="workQuota" field={NumberField} />
      <DataTable.Col source="employingMinistryId" disableSort>
        <ReferenceField source="employingMinistryId" reference="ministries" />
      </DataTable.Col>
      <DataTable.Col source="validFrom" field={FrDateField} />
      <DataTable.Col source="validTo" field={FrDateField} />
    </DataTable>
  </List>
);
