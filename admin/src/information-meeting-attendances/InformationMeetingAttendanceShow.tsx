import { ReferenceField } from 'react-admin';
import { RecordShow } from '../shared/RecordShow';

export const InformationMeetingAttendanceShow = () => (
  <RecordShow>
    <ReferenceField source="meetingId" reference="information-meetings" />
    <ReferenceField source="agentId" reference="agents" />
  </RecordShow>
);
