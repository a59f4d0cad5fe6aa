import { ChipField, DataTable, SearchInput, SelectField, SelectInput, TextArrayField } from 'react-admin';
import { List } from '../shared/list';
import { FrDateField } from '../shared/dates';
import { GRANT_KIND_CHOICES, ROLE_CHOICES } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={GRANT_KIND_CHOICES} />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} />,
];

export const AccessGrantList = () => (
  <List filters={filters} sort={{ field: 'label', order: 'ASC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="label" />
      <DataTable.Col source="subject" />
      <DataTable.Col source="kind" field={(p) => <SelectField {...p} choices={GRANT_KIND_CHOICES} />} disableSort />
      <DataTable.Col source="role" field={(p) => <SelectField {...p} choices={ROLE_CHOICES} />} disableSort />
      <DataTable.Col source="perimeter" disableSort>
        <TextArrayField source="perimeter">
          <ChipField source="id" size="small" />
        </TextArrayField>
      </DataTable.Col>
      <DataTable.Col source="validFrom" field={FrDateField} />
      <DataTable.Col source="validTo" field={FrDateField} disableSort />
    </DataTable>
  </List>
);
