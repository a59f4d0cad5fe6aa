import { DataTable, ReferenceField } from 'react-admin';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <ReferenceFilter key="meetingId" source="meetingId" reference="information-meetings" alwaysOn />,
  <ReferenceFilter key="agentId" source="agentId" reference="agents" />,
];

export const InformationMeetingAttendanceList = () => (
  <List filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="meetingId" disableSort>
        <ReferenceField source="meetingId" reference="information-meetings" />
      </DataTable.Col>
      <DataTable.Col source="agentId" disableSort>
        <ReferenceField source="agentId" reference="agents" />
      </DataTable.Col>
    </DataTable>
  </List>
);
