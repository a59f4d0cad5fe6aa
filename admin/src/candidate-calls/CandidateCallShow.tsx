import {
  ArrayField,
  ChipField,
  CreateButton,
  DataTable,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  SingleFieldList,
  TabbedShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { FrDateField } from '../shared/dates';
import { candidacyStatusChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';

const FileCandidacy = () => {
  const record = useRecordContext();
  return record ? <CreateButton resource="candidacies" state={{ record: { callId: record.id } }} data-testid="file-candidacy" /> : null;
};

const tabs = [
  <TabbedShowLayout.Tab key="candidacies" label="app.tabs.candidacies" path="candidacies">
    <FileCandidacy />
    <ReferenceManyField reference="candidacies" target="callId" sort={{ field: 'filedOn', order: 'ASC' }} label={false}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="agentId">
          <ReferenceField source="agentId" reference="agents" />
        </DataTable.Col>
        <DataTable.Col source="serviceId">
          <ReferenceField source="serviceId" reference="services" />
        </DataTable.Col>
        <DataTable.Col source="filedOn" field={FrDateField} />
        <DataTable.Col source="status">
          <SelectField source="status" choices={candidacyStatusChoices} />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>,
];

export const CandidateCallShow = () => (
  <RecordShow tabs={tabs}>
    <TextField source="title" />
    <ReferenceField source="mapId" reference="implantation-maps" />
    <FrDateField source="openingDate" />
    <FrDateField source="closingDate" />
    <TextField source="jobDescription" emptyText="—" />
    <ArrayField source="services">
      <SingleFieldList linkType={false}>
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ArrayField>
  </RecordShow>
);
