import { BooleanField, DataTable, FunctionField, NumberField, ReferenceField, ReferenceManyField, SelectField, TabbedShowLayout, TextField, useTranslate } from 'react-admin';
import { AddButton } from '../shared/AddButton';
import { FrDateField } from '../shared/dates';
import { RecordShow } from '../shared/RecordShow';
import { conventionBasisChoices, conventionKindChoices, serviceDirectionChoices } from '../shared/networkChoices';
import { AllocationGrid } from './AllocationGrid';
import { ConventionCoverage } from './ConventionCoverage';

const PopulationList = ({ values }: { values: string[] }) => {
  const translate = useTranslate();
  return <>{values.map((p) => translate(`enums.Population.${p}`)).join(', ') || '—'}</>;
};

const tabs = [
  <TabbedShowLayout.Tab key="zone" label="app.networkTabs.zone" path="zone">
    <AddButton resource="convention-scopes" field="conventionId" label="app.network.addScope" />
    <ReferenceManyField label={false} reference="convention-scopes" target="conventionId">
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="serviceId"><ReferenceField source="serviceId" reference="services" /></DataTable.Col>
        <DataTable.Col source="departmentId"><ReferenceField source="departmentId" reference="departments" /></DataTable.Col>
        <DataTable.Col source="regionId"><ReferenceField source="regionId" reference="regions" /></DataTable.Col>
        <DataTable.Col source="countedWithId"><ReferenceField source="countedWithId" reference="services" /></DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
  <TabbedShowLayout.Tab key="grid" label="app.networkTabs.grid" path="allocations">
    <AllocationGrid />
  </TabbedShowLayout.Tab>,
  <TabbedShowLayout.Tab key="coverage" label="app.networkTabs.coverage" path="coverage">
    <ConventionCoverage />
  </TabbedShowLayout.Tab>,
];

export const ConventionShow = () => (
  <RecordShow tabs={tabs}>
    <TextField source="reference" />
    <TextField source="title" />
    <SelectField source="kind" choices={conventionKindChoices} />
    <SelectField source="basis" choices={conventionBasisChoices} />
    <ReferenceField source="postId" reference="social-worker-posts" emptyText="—" />
    <ReferenceField source="partnerMinistryId" reference="ministries" emptyText="—" />
    <SelectField source="direction" choices={serviceDirectionChoices} emptyText="—" />
    <FunctionField source="populations" render={(r: { populations?: string[] }) => <PopulationList values={r.populations ?? []} />} />
    <NumberField source="etpProvided" emptyText="—" />
    <NumberField source="functionShareGuideline" />
    <NumberField source="secretarialEtp" emptyText="—" />
    <TextField source="sourceText" emptyText="—" />
    <FrDateField source="signedOn" />
    <BooleanField source="tacitRenewal" />
    <TextField source="renewalTerms" emptyText="—" />
    <FrDateField source="validFrom" />
    <FrDateField source="validTo" />
  </RecordShow>
);
