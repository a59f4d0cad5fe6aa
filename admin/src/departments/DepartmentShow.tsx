import { DataTable, ReferenceField, ReferenceManyField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { AuditHistory } from '../shared/AuditHistory';

export const DepartmentShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.tabs.summary">
        <TextField source="code" />
        <TextField source="name" />
        <ReferenceField source="regionId" reference="regions" />
        <ReferenceManyField label="resources.services.name" reference="services" target="departmentId" sort={{ field: 'code', order: 'ASC' }}>
          <DataTable bulkActionButtons={false} rowClick="show">
            <DataTable.Col source="code" />
            <DataTable.Col source="name" />
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.tabs.history" path="history">
        <AuditHistory />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
