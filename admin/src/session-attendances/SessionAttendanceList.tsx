import { DataTable, ReferenceField, SelectField } from 'react-admin';
import { attendanceCapacityChoices } from '../shared/lifecycle-choices';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <ReferenceFilter key="sessionId" source="sessionId" reference="commission-sessions" alwaysOn />,
  <ReferenceFilter key="agentId" source="agentId" reference="agents" />,
];

export const SessionAttendanceList = () => (
  <List filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="sessionId" disableSort>
        <ReferenceField source="sessionId" reference="commission-sessions" />
      </DataTable.Col>
      <DataTable.Col source="agentId" disableSort>
        <ReferenceField source="agentId" reference="agents" />
      </DataTable.Col>
      <DataTable.Col source="capacity">
        <SelectField source="capacity" choices={attendanceCapacityChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
