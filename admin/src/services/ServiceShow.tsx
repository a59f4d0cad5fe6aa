import {
  BooleanField,
  DataTable,
  Labeled,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { RecordShow } from '../shared/RecordShow';
import { ChoiceCol, RelatedTab } from '../shared/RelatedTab';
import { FrDateField } from '../shared/dates';
import { agentStatusChoices, designatingAuthorityChoices, serviceKindChoices } from '../shared/choices';
import { headcountColumns } from '../service-headcounts/HeadcountColumns';
import { ServiceBreadcrumb } from './ServiceBreadcrumb';
import { serviceDatedInputs } from './ServiceForm';
import { VersionsTable } from '../versions/VersionsTable';

/** The service's own tabs, between the summary and the history. */
const tabs = [
  <TabbedShowLayout.Tab key="children" label="app.tabs.structure" path="children">
    <ReferenceManyField
      label="resources.services.fields.children"
      reference="services"
      target="parentId"
      sort={{ field: 'code', order: 'ASC' }}
      perPage={100}
    >
      <DataTable bulkActionButtons={false} rowClick="show" empty={<span />}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={serviceKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="validFrom" field={FrDateField} />
        <DataTable.Col source="validTo" field={FrDateField} />
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
  <TabbedShowLayout.Tab key="versions" label="app.tabs.versions" path="versions">
    <VersionsTable inputs={serviceDatedInputs} />
  </TabbedShowLayout.Tab>,
  <RelatedTab
    key="sites"
    label="app.tabs.sites"
    path="sites"
    reference="service-sites"
    target="serviceId"
    sort={{ field: 'label', order: 'ASC' }}
    add="app.service.addSite"
  >
    <DataTable.Col source="label" />
    <DataTable.Col source="address" />
    <DataTable.Col source="postalCode" />
    <DataTable.Col source="city" />
  </RelatedTab>,
  <RelatedTab
    key="headcounts"
    label="app.tabs.headcounts"
    path="headcounts"
    reference="service-headcounts"
    target="serviceId"
    sort={{ field: 'validFrom', order: 'DESC' }}
    add="app.service.addHeadcount"
  >
    {headcountColumns}
  </RelatedTab>,
  <RelatedTab
    key="agents"
    label="app.tabs.agents"
    path="agents"
    reference="agents"
    target="serviceId"
    sort={{ field: 'lastName', order: 'ASC' }}
    rowClick="show"
  >
    <DataTable.Col source="registrationNumber" />
    <DataTable.Col source="lastName" />
    <DataTable.Col source="firstName" />
    <ChoiceCol source="status" choices={agentStatusChoices} />
    <DataTable.Col source="active" field={BooleanField} disableSort />
  </RelatedTab>,
];

export const ServiceShow = () => (
  <RecordShow tabs={tabs}>
    <Labeled label="resources.services.fields.ancestors">
      <ServiceBreadcrumb />
    </Labeled>
    <TextField source="code" />
    <TextField source="name" />
    <SelectField source="kind" choices={serviceKindChoices} />
    <ReferenceField source="parentId" reference="services" emptyText="app.service.root" />
    <ReferenceField source="departmentId" reference="departments" />
    <ReferenceField source="overseasCollectivityId" reference="overseas-collectivities" link={false} />
    <ReferenceField source="ministryId" reference="ministries" />
    <SelectField source="designatingAuthority" choices={designatingAuthorityChoices} />
    <BooleanField source="excludedFromNetwork" />
    <FrDateField source="validFrom" />
    <FrDateField source="validTo" />
  </RecordShow>
);
