import { ReferenceField, SelectField, TextField } from 'react-admin';
import { designatingAuthorityChoices } from '../shared/choices';
import { FrDateField } from '../shared/dates';
import { RecordShow } from '../shared/RecordShow';
import { ReferenceCol, RelatedTab } from '../shared/RelatedTab';

const tabs = [
  <RelatedTab
    key="attendances"
    label="app.tabs.attendances"
    path="attendances"
    reference="information-meeting-attendances"
    target="meetingId"
    perPage={100}
    add="app.meeting.addAttendance"
  >
    <ReferenceCol source="agentId" reference="agents" />
  </RelatedTab>,
];

export const InformationMeetingShow = () => (
  <RecordShow tabs={tabs}>
    <FrDateField source="date" />
    <TextField source="title" />
    <ReferenceField source="departmentId" reference="departments" emptyText="—" />
    <SelectField source="authority" choices={designatingAuthorityChoices} emptyText="—" />
    <TextField source="agenda" emptyText="—" />
  </RecordShow>
);
