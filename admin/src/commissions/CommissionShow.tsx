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
import { commissionKindChoices, memberRoleChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';
import { designatingAuthorityChoices } from '../shared/choices';
import { SeatExOfficioButton } from './SeatExOfficioButton';

const Add = ({ resource, label }: { resource: string; label: string }) => {
  const record = useRecordContext();
  return record ? <CreateButton resource={resource} label={label} state={{ record: { commissionId: record.id } }} /> : null;
};

const tabs = [
  <TabbedShowLayout.Tab key="members" label="app.tabs.members" path="members">
    <Add resource="commission-members" label="ra.action.add" />
    <SeatExOfficioButton />
    <ReferenceManyField reference="commission-members" target="commissionId" sort={{ field: 'validFrom', order: 'DESC' }} label={false}>
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="agentId">
          <ReferenceField source="agentId" reference="agents" />
        </DataTable.Col>
        <DataTable.Col source="role">
          <SelectField source="role" choices={memberRoleChoices} />
        </DataTable.Col>
        <DataTable.Col source="validFrom" field={FrDateField} />
        <DataTable.Col source="validTo" field={FrDateField} />
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
  <TabbedShowLayout.Tab key="sessions" label="app.tabs.sessions" path="sessions">
    <Add resource="commission-sessions" label="ra.action.add" />
    <ReferenceManyField reference="commission-sessions" target="commissionId" sort={{ field: 'date', order: 'DESC' }} label={false}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="date" field={FrDateField} />
        <DataTable.Col source="agenda" />
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
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
