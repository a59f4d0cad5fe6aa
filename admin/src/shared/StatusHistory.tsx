import { ArrayField, DataTable, SelectField, TextField } from 'react-admin';
import { choices, type Choice } from './choices';
import { FrDateField } from './dates';

// Every step a workflow records (the creation of a record, the transitions of the API's state machines): the
// schema's `WorkflowStep`, the type of `StatusChange.action`.
const stepChoices = choices('WorkflowStep');

/**
 * The dated status history of a workflow record (`statusHistory` in its detail selection), oldest first, in French:
 * `statusChoices` are the record's own statuses (its status enum: `StatusChange.fromStatus`/`toStatus` are text in
 * the schema, one history type serving every machine, whose statuses share names with different meanings: DRAFT…).
 */
export const StatusHistory = ({ statusChoices }: { statusChoices: Choice[] }) => (
  <ArrayField source="statusHistory" label={false}>
    <DataTable bulkActionButtons={false} data-testid="status-history">
      <DataTable.Col source="effectiveOn" label="app.workflow.effectiveOn" field={FrDateField} />
      <DataTable.Col source="action" label="app.workflow.action">
        <SelectField source="action" choices={stepChoices} />
      </DataTable.Col>
      <DataTable.Col source="fromStatus" label="app.workflow.from">
        <SelectField source="fromStatus" choices={statusChoices} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="toStatus" label="app.workflow.to">
        <SelectField source="toStatus" choices={statusChoices} />
      </DataTable.Col>
      <DataTable.Col source="reason" label="app.workflow.reason">
        <TextField source="reason" />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);
