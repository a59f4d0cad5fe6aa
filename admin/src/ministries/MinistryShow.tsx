import { BooleanField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { AuditHistory } from '../shared/AuditHistory';

export const MinistryShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.tabs.summary">
        <TextField source="code" />
        <TextField source="name" />
        <BooleanField source="interior" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.tabs.history" path="history">
        <AuditHistory />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
