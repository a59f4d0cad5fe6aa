import { DataTable, ReferenceField, SelectArrayInput, SelectField } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { letterStatusChoices } from '../shared/lifecycle-choices';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <ReferenceFilter key="appointmentId" source="appointmentId" reference="appointments" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={letterStatusChoices} />,
];

export const MissionLetterList = () => (
  <List filters={filters} sort={{ field: 'signedOn', order: 'DESC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="appointmentId" disableSort>
        <ReferenceField source="appointmentId" reference="appointments" />
      </DataTable.Col>
      <DataTable.Col source="revision" field={NumberField} />
      <DataTable.Col source="status">
        <SelectField source="status" choices={letterStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="signedOn" field={FrDateField} />
    </DataTable>
  </List>
);
