import { BooleanField, DataTable, ReferenceField, ReferenceManyField, SelectField, TabbedShowLayout, TextField } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { AddButton } from '../shared/AddButton';
import { FrDateField } from '../shared/dates';
import { RecordShow } from '../shared/RecordShow';
import { administrativeAuthorityChoices, postKindChoices, replacementReasonChoices } from '../shared/networkChoices';
import { PostBreakdown } from './PostBreakdown';
import { postDatedInputs } from './SocialWorkerPostForm';
import { VersionsTable } from '../versions/VersionsTable';

const tabs = [
  <TabbedShowLayout.Tab key="versions" label="app.tabs.versions" path="versions">
    <VersionsTable inputs={postDatedInputs} />
  </TabbedShowLayout.Tab>,
  <TabbedShowLayout.Tab key="sectors" label="app.networkTabs.sectors" path="sectors">
    <AddButton resource="post-sectors" field="postId" label="app.network.addSector" />
    <ReferenceManyField label={false} reference="post-sectors" target="postId" sort={{ field: 'validFrom', order: 'ASC' }}>
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="regionId">
          <ReferenceField source="regionId" reference="regions" />
        </DataTable.Col>
        <DataTable.Col source="departmentId">
          <ReferenceField source="departmentId" reference="departments" />
        </DataTable.Col>
        <DataTable.Col source="part" />
        <DataTable.Col source="temporary" field={BooleanField} />
        <DataTable.Col source="decisionReference" />
        <DataTable.Col source="validFrom" field={FrDateField} />
        <DataTable.Col source="validTo" field={FrDateField} />
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
  <TabbedShowLayout.Tab key="holders" label="app.networkTabs.holders" path="holders">
    <AddButton resource="post-assignments" field="postId" label="app.network.addAssignment" />
    <ReferenceManyField label={false} reference="post-assignments" target="postId" sort={{ field: 'validFrom', order: 'DESC' }}>
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="agentId">
          <ReferenceField source="agentId" reference="agents" />
        </DataTable.Col>
        <DataTable.Col source="workQuota" field={NumberField} />
        <DataTable.Col source="employingMinistryId">
          <ReferenceField source="employingMinistryId" reference="ministries" />
        </DataTable.Col>
        <DataTable.Col source="validFrom" field={FrDateField} />
        <DataTable.Col source="validTo" field={FrDateField} />
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
  <TabbedShowLayout.Tab key="replacements" label="app.networkTabs.replacements" path="replacements">
    <AddButton resource="replacements" field="postId" label="app.network.addReplacement" />
    <ReferenceManyField label={false} reference="replacements" target="postId" sort={{ field: 'validFrom', order: 'DESC' }}>
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="replacingId">
          <ReferenceField source="replacingId" reference="post-assignments" />
        </DataTable.Col>
        <DataTable.Col source="reason">
          <SelectField source="reason" choices={replacementReasonChoices} />
        </DataTable.Col>
        <DataTable.Col source="validFrom" field={FrDateField} />
        <DataTable.Col source="validTo" field={FrDateField} />
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
  <TabbedShowLayout.Tab key="breakdown" label="app.networkTabs.breakdown" path="breakdown">
    <PostBreakdown />
  </TabbedShowLayout.Tab>,
];

export const SocialWorkerPostShow = () => (
  <RecordShow tabs={tabs}>
    <TextField source="code" />
    <TextField source="title" />
    <SelectField source="kind" choices={postKindChoices} />
    <ReferenceField source="residenceId" reference="services" />
    <TextField source="budgetProgramme" />
    <NumberField source="etp" />
    <ReferenceField source="technicalSuperiorId" reference="social-worker-posts" />
    <SelectField source="administrativeAuthority" choices={administrativeAuthorityChoices} />
    <FrDateField source="validFrom" />
    <FrDateField source="validTo" />
  </RecordShow>
);
