import { DataTable, ReferenceField, SelectField } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { annualReportStatusChoices } from '../shared/lifecycle-choices';
import { List, ReferenceFilter } from '../shared/list';

const filters = [<ReferenceFilter key="departmentId" source="departmentId" reference="departments" alwaysOn />];

export const AnnualReportList = () => (
  <List filters={filters} sort={{ field: 'year', order: 'DESC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="year">
        <NumberField source="year" options={{ useGrouping: false }} />
      </DataTable.Col>
      <DataTable.Col source="departmentId" disableSort>
        <ReferenceField source="departmentId" reference="departments" />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={annualReportStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
