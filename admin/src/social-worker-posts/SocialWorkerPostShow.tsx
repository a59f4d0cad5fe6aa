import { BooleanField, DataTable, ReferenceField, SelectField, TabbedShowLayout, TextField } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { ChoiceCol, ReferenceCol, RelatedTab } from '../shared/RelatedTab';
import { FrDateField } from '../shared/dates';
import { RecordShow } from '../shared/RecordShow';
import { administrativeAuthorityChoices, postKindChoices, replacementReasonChoices } from '../shared/networkChoices';
import { PostBreakdown } from './PostBreakdown';
import { postDatedInputs } from './SocialWorkerPostForm';
import { VersionsTable } from '../versions/VersionsTable';

const ASC = { field: 'validFrom', order: 'ASC' } as const;
const DESC = { field: 'validFrom', order: 'DESC' } as const;

const tabs = [
  <TabbedShowLayout.Tab key="versions" label="app.tabs.versions" path="versions">
    <VersionsTable inputs={postDatedInputs} />
  </TabbedShowLayout.Tab>,
  <RelatedTab
    key="sectors"
    label="app.networkTabs.sectors"
    path="sectors"
    reference="post-sectors"
    target="postId"
    sort={ASC}
    add="app.network.addSector"
  >
    <ReferenceCol source="regionId" reference="regions" />
    <ReferenceCol source="departmentId" reference="departments" />
    <DataTable.Col source="part" />
    <DataTable.Col source="temporary" field={BooleanField} />
    <DataTable.Col source="decisionReference" />
    <DataTable.Col source="validFrom" field={FrDateField} />
    <DataTable.Col source="validTo" field={FrDateField} />
  </RelatedTab>,
  <RelatedTab
    key="holders"
    label="app.networkTabs.holders"
    path="holders"
    reference="post-assignments"
    target="postId"
    sort={DESC}
    add="app.network.addAssignment"
  >
    <ReferenceCol source="agentId" reference="agents" />
    <DataTable.Col source="workQuota" field={NumberField} />
    <ReferenceCol source="employingMinistryId" reference="ministries" />
    <DataTable.Col source="validFrom" field={FrDateField} />
    <DataTable.Col source="validTo" field={FrDateField} />
  </RelatedTab>,
  <RelatedTab
    key="replacements"
    label="app.networkTabs.replacements"
    path="replacements"
    reference="replacements"
    target="postId"
    sort={DESC}
    add="app.network.addReplacement"
  >
    <ReferenceCol source="replacingId" reference="post-assignments" />
    <ChoiceCol source="reason" choices={replacementReasonChoices} />
    <DataTable.Col source="validFrom" field={FrDateField} />
    <DataTable.Col source="validTo" field={FrDateField} />
  </RelatedTab>,
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
