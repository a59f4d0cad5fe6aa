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
import { FrDateField } from '../shared/dates';
import { attendanceCapacityChoices, opinionSubjectChoices, opinionValueChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';

const AddAttendance = () => {
  const record = useRecordContext();
  return record ? <CreateButton resource="session-attendances" label="ra.action.add" state={{ record: { sessionId: record.id } }} /> : null;
};

const tabs = [
  <TabbedShowLayout.Tab key="opinions" label="app.tabs.opinions" path="opinions">
    <ReferenceManyField reference="opinions" target="sessionId" label={false}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="subject">
          <SelectField source="subject" choices={opinionSubjectChoices} />
        </DataTable.Col>
        <DataTable.Col source="value">
          <SelectField source="value" choices={opinionValueChoices} />
        </DataTable.Col>
        <DataTable.Col source="reasons" />
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
  <TabbedShowLayout.Tab key="attendances" label="app.tabs.attendances" path="attendances">
    <AddAttendance />
    <ReferenceManyField reference="session-attendances" target="sessionId" label={false}>
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="agentId">
          <ReferenceField source="agentId" reference="agents" />
        </DataTable.Col>
        <DataTable.Col source="capacity">
          <SelectField source="capacity" choices={attendanceCapacityChoices} />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
];

export const CommissionSessionShow = () => (
  <RecordShow tabs={tabs}>
    <ReferenceField source="commissionId" reference="commissions" />
    <FrDateField source="date" />
    <TextField source="agenda" />
  </RecordShow>
);
