import {
  BooleanField,
  CreateButton,
  DataTable,
  Labeled,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  TabbedShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { RecordShow } from '../shared/RecordShow';
import { FrDateField } from '../shared/dates';
import { agentStatusChoices, designatingAuthorityChoices, serviceKindChoices } from '../shared/choices';
import { headcountColumns } from '../service-headcounts/HeadcountColumns';
import { ServiceBreadcrumb } from './ServiceBreadcrumb';
import { serviceDatedInputs } from './ServiceForm';
import { VersionsTable } from '../versions/VersionsTable';

/** "Add" button on a tab, pre-filling the new record's service. */
const AddForService = ({ resource, label }: { resource: string; label: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return <CreateButton resource={resource} label={label} state={{ record: { serviceId: record.id } }} />;
};

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
  <TabbedShowLayout.Tab key="sites" label="app.tabs.sites" path="sites">
    <AddForService resource="service-sites" label="app.service.addSite" />
    <ReferenceManyField label={false} reference="service-sites" target="serviceId" sort={{ field: 'label', order: 'ASC' }}>
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="label" />
        <DataTable.Col source="address" />
        <DataTable.Col source="postalCode" />
        <DataTable.Col source="city" />
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
  <TabbedShowLayout.Tab key="headcounts" label="app.tabs.headcounts" path="headcounts">
    <AddForService resource="service-headcounts" label="app.service.addHeadcount" />
    <ReferenceManyField label={false} reference="service-headcounts" target="serviceId" sort={{ field: 'validFrom', order: 'DESC' }}>
      <DataTable bulkActionButtons={false} rowClick="edit">
        {headcountColumns}
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
  <TabbedShowLayout.Tab key="agents" label="app.tabs.agents" path="agents">
    <ReferenceManyField label={false} reference="agents" target="serviceId" sort={{ field: 'lastName', order: 'ASC' }}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="registrationNumber" />
        <DataTable.Col source="lastName" />
        <DataTable.Col source="firstName" />
        <DataTable.Col source="status">
          <SelectField source="status" choices={agentStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="active" field={BooleanField} disableSort />
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
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
