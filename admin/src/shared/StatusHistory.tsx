import { ArrayField, DataTable, TextField } from 'react-admin';
import { FrDateField } from './dates';

/** The dated status history of a workflow record (`statusHistory` in its detail selection), oldest first. */
export const StatusHistory = () => (
  <ArrayField source="statusHistory" label={false}>
    <DataTable bulkActionButtons={false} data-testid="status-history">
      <DataTable.Col source="effectiveOn" label="app.workflow.effectiveOn" field={FrDateField} />
      <DataTable.Col source="action" label="app.workflow.action" />
      <DataTable.Col source="fromStatus" label="app.workflow.from" />
      <DataTable.Col source="toStatus" label="app.workflow.to" />
      <DataTable.Col source="reason" label="app.workflow.reason">
        <TextField source="reason" />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);
