import { CreateButton, DataTable, ReferenceField, SelectField, TabbedShowLayout, TextField, useRecordContext } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { designatingAuthorityChoices } from '../shared/choices';
import { FrDateField } from '../shared/dates';
import { mapStatusChoices, opinionValueChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';
import { ReferenceCol, RelatedTab } from '../shared/RelatedTab';
import { StatusHistory } from '../shared/StatusHistory';
import { DownloadPdfButton } from '../shared/DownloadPdfButton';
import { ImplantationMapActions } from './ImplantationMapActions';

const AddEntry = () => {
  const record = useRecordContext<{ id: string; status: string }>();
  return record?.status === 'DRAFT' ? (
    <CreateButton resource="implantation-map-entries" label="app.map.addEntry" state={{ record: { mapId: record.id, requiredCount: 1 } }} />
  ) : null;
};

const tabs = [
  <RelatedTab
    key="entries"
    label="app.tabs.entries"
    path="entries"
    reference="implantation-map-entries"
    target="mapId"
    perPage={100}
    actions={<AddEntry />}
  >
    <ReferenceCol source="serviceId" reference="services" />
    <DataTable.Col source="requiredCount" field={NumberField} />
    <DataTable.Col source="note" />
  </RelatedTab>,
  <TabbedShowLayout.Tab key="workflow" label="app.tabs.workflow" path="workflow">
    <StatusHistory statusChoices={mapStatusChoices} />
  </TabbedShowLayout.Tab>,
];

export const ImplantationMapShow = () => (
  <RecordShow tabs={tabs}>
    <ImplantationMapActions />
    <DownloadPdfButton kind="implantation-map-arrete" label="app.documents.arrete" />
    <TextField source="title" />
    <SelectField source="status" choices={mapStatusChoices} />
    <ReferenceField source="departmentId" reference="departments" emptyText="—" />
    <SelectField source="authority" choices={designatingAuthorityChoices} />
    <NumberField source="revision" />
    <TextField source="previous.revision" label="resources.implantation-maps.fields.previousId" emptyText="—" />
    <TextField source="rationale" emptyText="—" />
    <FrDateField source="session.date" label="resources.implantation-maps.fields.session.date" emptyText="—" />
    <SelectField
      source="opinion.value"
      choices={opinionValueChoices}
      label="resources.implantation-maps.fields.opinion.value"
      emptyText="—"
    />
    <TextField source="arreteNumber" emptyText="—" />
    <FrDateField source="arreteDate" emptyText="—" />
    <TextField source="arreteSignatory" emptyText="—" />
    <TextField source="decisionReason" emptyText="—" />
    <FrDateField source="inForceFrom" emptyText="—" />
    <FrDateField source="inForceTo" emptyText="—" />
  </RecordShow>
);
