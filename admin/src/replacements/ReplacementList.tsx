import { DataTable, ReferenceField, SelectField, SelectInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { List } from '../shared/list';
import { FrDateField } from '../shared/dates';
import { replacementReasonChoices } from '../shared/networkChoices';

const filters = [<SelectInput key="reason" source="reason" choices={replacementReasonChoices} />, <DateInput key="asOf" source="asOf" />];

export const ReplacementList = () => (
  <List filters={filters} sort={{ field: 'validFrom', order: 'DESC' }}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="postId" disableSort>
        <ReferenceField source="postId" reference="social-worker-posts" />
      </DataTable.Col>
      <DataTable.Col source="replacingId" disableSort>
        <ReferenceField source="replacingId" reference="post-assignments" />
      </DataTable.Col>
      <DataTable.Col source="reason">
        <SelectField source="reason" choices={replacementReasonChoices} />
      </DataTable.Col>
      <DataTable.Col source="validFrom" field={FrDateField} />
      <DataTable.Col source="validTo" field={FrDateField} />
    </DataTable>
  </List>
);
