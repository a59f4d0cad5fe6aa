import { DataTable, SelectField, SelectInput } from 'react-admin';
import { List } from '../shared/list';
import { agentCategoryChoices } from '../shared/choices';
import { FrDateField } from '../shared/dates';
import { postKindChoices } from '../shared/networkChoices';

const filters = [<SelectInput key="kind" source="kind" choices={postKindChoices} alwaysOn />];

export const PostQualificationList = () => (
  <List sort={{ field: 'validFrom', order: 'ASC' }} filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={postKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="category">
        <SelectField source="category" choices={agentCategoryChoices} />
      </DataTable.Col>
      <DataTable.Col source="validFrom" field={FrDateField} />
      <DataTable.Col source="validTo" field={FrDateField} />
      <DataTable.Col source="legalBasis" disableSort />
    </DataTable>
  </List>
);
