import { required } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

export const InformationMeetingAttendanceForm = () => (
  <RecordForm>
    <RefInput source="meetingId" reference="information-meetings" validate={required()} />
    <RefInput source="agentId" reference="agents" validate={required()} />
  </RecordForm>
);
