import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

export const InformationMeetingAttendanceForm = () => (
  <RecordForm>
    <RefInput source="meetingId" reference="information-meetings" />
    <RefInput source="agentId" reference="agents" />
  </RecordForm>
);
