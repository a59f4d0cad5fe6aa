import { BooleanField, DataTable, ReferenceManyField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { AuditHistory } from '../shared/AuditHistory';

export const RegionShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.tabs.summary">
        <TextField source="code" />
        <TextField source="name" />
        <BooleanField source="overseas" />
        <ReferenceManyField label="resources.departments.name" reference="departments" target="regionId" sort={{ field: 'code', order: 'ASC' }} perPage={100}>
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
