import { NumberField, ReferenceField, SelectField, Show, TabbedShowLayout } from 'react-admin';
import { AuditHistory } from '../shared/AuditHistory';
import { FrDateField } from '../shared/dates';
import { populationChoices } from '../shared/choices';

export const ServiceHeadcountShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.tabs.summary">
        <ReferenceField source="serviceId" reference="services" />
        <SelectField source="population" choices={populationChoices} />
        <NumberField source="count" />
        <FrDateField source="validFrom" />
        <FrDateField source="validTo" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.tabs.history" path="history">
        <AuditHistory />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
