import { DataTable, ReferenceField, SelectField, SelectInput } from 'react-admin';
import { opinionSubjectChoices, opinionValueChoices } from '../shared/lifecycle-choices';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <ReferenceFilter key="sessionId" source="sessionId" reference="commission-sessions" alwaysOn />,
  <SelectInput key="subject" source="subject" choices={opinionSubjectChoices} />,
  <SelectInput key="value" source="value" choices={opinionValueChoices} />,
];

/** Opinions are recorded from their subject (map, candidacy, report): read-only here. */
export const OpinionList = () => (
  <List filters={filters} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="sessionId" disableSort>
        <ReferenceField source="sessionId" reference="commission-sessions" />
      </DataTable.Col>
      <DataTable.Col source="subject">
        <SelectField source="subject" choices={opinionSubjectChoices} />
      </DataTable.Col>
      <DataTable.Col source="value">
        <SelectField source="value" choices={opinionValueChoices} />
      </DataTable.Col>
      <DataTable.Col source="reasons" disableSort />
    </DataTable>
  </List>
);
