import { ArrayField, ChipField, CreateButton, DataTable, ReferenceField, SingleFieldList, TextField, useRecordContext } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { candidacyStatusChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';
import { ChoiceCol, ReferenceCol, RelatedTab } from '../shared/RelatedTab';

const FileCandidacy = () => {
  const record = useRecordContext();
  return record ? <CreateButton resource="candidacies" state={{ record: { callId: record.id } }} data-testid="file-candidacy" /> : null;
};

const tabs = [
  <RelatedTab
    key="candidacies"
    label="app.tabs.candidacies"
    path="candidacies"
    reference="candidacies"
    target="callId"
    sort={{ field: 'filedOn', order: 'ASC' }}
    rowClick="show"
    actions={<FileCandidacy />}
  >
    <ReferenceCol source="agentId" reference="agents" />
    <ReferenceCol source="serviceId" reference="services" />
    <DataTable.Col source="filedOn" field={FrDateField} />
    <ChoiceCol source="status" choices={candidacyStatusChoices} />
  </RelatedTab>,
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
