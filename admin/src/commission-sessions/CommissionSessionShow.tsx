import { DataTable, ReferenceField, TextField } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { attendanceCapacityChoices, opinionSubjectChoices, opinionValueChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';
import { ChoiceCol, ReferenceCol, RelatedTab } from '../shared/RelatedTab';

const tabs = [
  <RelatedTab key="opinions" label="app.tabs.opinions" path="opinions" reference="opinions" target="sessionId" rowClick="show">
    <ChoiceCol source="subject" choices={opinionSubjectChoices} />
    <ChoiceCol source="value" choices={opinionValueChoices} />
    <DataTable.Col source="reasons" />
  </RelatedTab>,
  <RelatedTab
    key="attendances"
    label="app.tabs.attendances"
    path="attendances"
    reference="session-attendances"
    target="sessionId"
    add="ra.action.add"
  >
    <ReferenceCol source="agentId" reference="agents" />
    <ChoiceCol source="capacity" choices={attendanceCapacityChoices} />
  </RelatedTab>,
];

export const CommissionSessionShow = () => (
  <RecordShow tabs={tabs}>
    <ReferenceField source="commissionId" reference="commissions" />
    <FrDateField source="date" />
    <TextField source="agenda" />
  </RecordShow>
);
