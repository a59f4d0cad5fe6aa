import { BooleanField, DataTable, ReferenceManyField, TextField } from 'react-admin';
import { RecordShow } from '../shared/RecordShow';

export const RegionShow = () => (
  <RecordShow>
    <TextField source="code" />
    <TextField source="name" />
    <BooleanField source="overseas" />
    <ReferenceManyField
      label="resources.departments.name"
      reference="departments"
      target="regionId"
      sort={{ field: 'code', order: 'ASC' }}
      perPage={100}
    >
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
      </DataTable>
    </ReferenceManyField>
  </RecordShow>
);
