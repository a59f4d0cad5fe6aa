import {
  CreateButton,
  DataTable,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  TabbedShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { designatingAuthorityChoices } from '../shared/choices';
import { FrDateField } from '../shared/dates';
import { RecordShow } from '../shared/RecordShow';

const AddAttendance = () => {
  const record = useRecordContext();
  return record ? (
    <CreateButton
      resource="information-meeting-attendances"
      label="app.meeting.addAttendance"
      state={{ record: { meetingId: record.id } }}
    />
  ) : null;
};

const tabs = [
  <TabbedShowLayout.Tab key="attendances" label="app.tabs.attendances" path="attendances">
    <AddAttendance />
    <ReferenceManyField reference="information-meeting-attendances" target="meetingId" label={false} perPage={100}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="agentId">
          <ReferenceField source="agentId" reference="agents" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
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
