import { DataTable, ReferenceField, SearchInput, SelectArrayInput, SelectField } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { FrDateField } from '../shared/dates';
import { appointmentStatusChoices } from '../shared/lifecycle-choices';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceFilter key="agentId" source="agentId" reference="agents" />,
  <ReferenceFilter key="mapId" source="mapId" reference="implantation-maps" />,
  <SelectArrayInput key="status" source="status" choices={appointmentStatusChoices} />,
  <DateInput key="runningOn" source="runningOn" />,
];

/** Appointments are made from a candidacy (button « Nommer »): no creation form here. */
export const AppointmentList = () => (
  <List filters={filters} sort={{ field: 'startDate', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="agentId" disableSort>
        <ReferenceField source="agentId" reference="agents" />
      </DataTable.Col>
      <DataTable.Col source="arreteNumber" disableSort />
      <DataTable.Col source="arreteDate" field={FrDateField} />
      <DataTable.Col source="startDate" field={FrDateField} />
      <DataTable.Col source="endDate" field={FrDateField} disableSort />
      <DataTable.Col source="status">
        <SelectField source="status" choices={appointmentStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
