import { ReferenceField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { AuditHistory } from '../shared/AuditHistory';

export const ServiceSiteShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.tabs.summary">
        <ReferenceField source="serviceId" reference="services" />
        <TextField source="label" />
        <TextField source="address" />
        <TextField source="postalCode" />
        <TextField source="city" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.tabs.history" path="history">
        <AuditHistory />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
