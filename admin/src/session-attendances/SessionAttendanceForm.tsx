import { SelectInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { attendanceCapacityChoices } from '../shared/lifecycle-choices';
import { RefInput } from '../shared/RefInput';

export const SessionAttendanceForm = () => (
  <RecordForm>
    <RefInput source="sessionId" reference="commission-sessions" />
    <RefInput source="agentId" reference="agents" />
    <SelectInput source="capacity" choices={attendanceCapacityChoices} />
    <RefInput source="requestedById" reference="commission-members" />
  </RecordForm>
);
