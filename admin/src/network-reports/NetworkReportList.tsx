import { DataTable, ReferenceField, SelectField, SelectInput } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { List } from '../shared/list';
import { networkReportKindChoices } from '../shared/networkChoices';

const filters = [<SelectInput key="kind" source="kind" choices={networkReportKindChoices} alwaysOn />];

export const NetworkReportList = () => (
  <List filters={filters} sort={{ field: 'year', order: 'DESC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={networkReportKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="year">
        <NumberField source="year" options={{ useGrouping: false }} />
      </DataTable.Col>
      <DataTable.Col source="quarter" field={NumberField} />
      <DataTable.Col source="postId" disableSort>
        <ReferenceField source="postId" reference="social-worker-posts" />
      </DataTable.Col>
      <DataTable.Col source="submittedOn" field={FrDateField} />
    </DataTable>
  </List>
);
