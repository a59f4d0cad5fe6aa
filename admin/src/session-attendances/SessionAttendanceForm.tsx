import { required, SelectInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { attendanceCapacityChoices } from '../shared/lifecycle-choices';
import { RefInput } from '../shared/RefInput';

export const SessionAttendanceForm = () => (
  <RecordForm>
    <RefInput source="sessionId" reference="commission-sessions" validate={required()} />
    <RefInput source="agentId" reference="agents" validate={required()} />
    <SelectInput source="capacity" choices={attendanceCapacityChoices} validate={required()} />
    <RefInput source="requestedById" reference="commission-members" />
  </RecordForm>
);
