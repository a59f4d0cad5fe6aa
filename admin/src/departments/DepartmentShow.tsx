import { DataTable, ReferenceField, ReferenceManyField, TextField } from 'react-admin';
import { RecordShow } from '../shared/RecordShow';

export const DepartmentShow = () => (
  <RecordShow>
    <TextField source="code" />
    <TextField source="name" />
    <ReferenceField source="regionId" reference="regions" />
    <ReferenceManyField label="resources.services.name" reference="services" target="departmentId" sort={{ field: 'code', order: 'ASC' }}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
      </DataTable>
    </ReferenceManyField>
  </RecordShow>
);
