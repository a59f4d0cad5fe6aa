import { DataTable, ReferenceField, SelectField, TextField } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { commissionKindChoices, memberRoleChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';
import { ChoiceCol, ReferenceCol, RelatedTab } from '../shared/RelatedTab';
import { designatingAuthorityChoices } from '../shared/choices';
import { SeatExOfficioButton } from './SeatExOfficioButton';

const tabs = [
  <RelatedTab
    key="members"
    label="app.tabs.members"
    path="members"
    reference="commission-members"
    target="commissionId"
    sort={{ field: 'validFrom', order: 'DESC' }}
    add="ra.action.add"
    actions={<SeatExOfficioButton />}
  >
    <ReferenceCol source="agentId" reference="agents" />
    <ChoiceCol source="role" choices={memberRoleChoices} />
    <DataTable.Col source="validFrom" field={FrDateField} />
    <DataTable.Col source="validTo" field={FrDateField} />
  </RelatedTab>,
  <RelatedTab
    key="sessions"
    label="app.tabs.sessions"
    path="sessions"
    reference="commission-sessions"
    target="commissionId"
    sort={{ field: 'date', order: 'DESC' }}
    add="ra.action.add"
    rowClick="show"
  >
    <DataTable.Col source="date" field={FrDateField} />
    <DataTable.Col source="agenda" />
  </RelatedTab>,
];

export const CommissionShow = () => (
  <RecordShow tabs={tabs}>
    <TextField source="code" />
    <TextField source="name" />
    <SelectField source="kind" choices={commissionKindChoices} />
    <ReferenceField source="departmentId" reference="departments" emptyText="—" />
    <ReferenceField source="regionId" reference="regions" emptyText="—" />
    <SelectField source="authority" choices={designatingAuthorityChoices} emptyText="—" />
    <FrDateField source="validFrom" />
    <FrDateField source="validTo" />
  </RecordShow>
);
