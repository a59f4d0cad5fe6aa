import { ReferenceField, SelectField } from 'react-admin';
import { attendanceCapacityChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';

export const SessionAttendanceShow = () => (
  <RecordShow>
    <ReferenceField source="sessionId" reference="commission-sessions" />
    <ReferenceField source="agentId" reference="agents" />
    <SelectField source="capacity" choices={attendanceCapacityChoices} />
    <ReferenceField source="requestedById" reference="commission-members" emptyText="—" />
  </RecordShow>
);
