import { ArrayField, BooleanField, EmailField, ReferenceField, SelectField, TabbedShowLayout, TextField } from 'react-admin';
import { AffectationTable } from './AffectationTable';
import { agentDatedInputs } from './AgentForm';
import { VersionsTable } from '../versions/VersionsTable';
import { RecordShow } from '../shared/RecordShow';
import { FrDateField } from '../shared/dates';
import { agentCategoryChoices, agentStatusChoices, mobilityPlanKindChoices, populationChoices } from '../shared/choices';

export const AgentShow = () => (
  <RecordShow
    tabs={[
      <TabbedShowLayout.Tab key="affectations" label="app.tabs.affectations" path="affectations">
        <ArrayField source="affectations" label={false}>
          <AffectationTable />
        </ArrayField>
      </TabbedShowLayout.Tab>,
      <TabbedShowLayout.Tab key="versions" label="app.tabs.versions" path="versions">
        <VersionsTable inputs={agentDatedInputs} />
      </TabbedShowLayout.Tab>,
    ]}
  >
    <TextField source="registrationNumber" />
    <TextField source="lastName" />
    <TextField source="firstName" />
    <EmailField source="email" />
    <TextField source="phone" />
    <TextField source="grade" />
    <TextField source="corps" />
    <SelectField source="category" choices={agentCategoryChoices} />
    <SelectField source="status" choices={agentStatusChoices} />
    <SelectField source="population" choices={populationChoices} />
    <ReferenceField source="employingMinistryId" reference="ministries" />
    <ReferenceField source="serviceId" reference="services" />
    <BooleanField source="active" />
    <FrDateField source="validFrom" />
    <FrDateField source="validTo" />
    <FrDateField source="mobilityPlanDate" />
    <SelectField source="mobilityPlanKind" choices={mobilityPlanKindChoices} />
  </RecordShow>
);
