import { DataTable, ReferenceField, SearchInput, SelectArrayInput, SelectField } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { mapStatusChoices } from '../shared/lifecycle-choices';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceFilter key="departmentId" source="departmentId" reference="departments" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={mapStatusChoices} />,
  <DateInput key="inForceOn" source="inForceOn" />,
];

export const ImplantationMapList = () => (
  <List filters={filters} sort={{ field: 'inForceFrom', order: 'DESC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="title" />
      <DataTable.Col source="departmentId" disableSort>
        <ReferenceField source="departmentId" reference="departments" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="revision" field={NumberField} />
      <DataTable.Col source="status">
        <SelectField source="status" choices={mapStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="inForceFrom" field={FrDateField} />
      <DataTable.Col source="inForceTo" field={FrDateField} disableSort />
    </DataTable>
  </List>
);
