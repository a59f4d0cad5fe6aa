import { DataTable, SelectField } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { nationalSynthesisStatusChoices } from '../shared/lifecycle-choices';
import { List } from '../shared/list';

export const NationalSynthesisReportList = () => (
  <List sort={{ field: 'year', order: 'DESC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="year" field={NumberField} />
      <DataTable.Col source="status">
        <SelectField source="status" choices={nationalSynthesisStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
