import { ArrayField, DataTable, SelectField, TextField } from 'react-admin';
import { FrDateField } from './dates';

// Every step a workflow records (the transition tables of the API, and the creation of a record): the schema types
// `StatusChange.action` as a String, so this list is the one enum the back office still names by hand.
const STEPS = [
  'CREATE',
  'FILE',
  'SUBMIT',
  'RECORD_OPINION',
  'ADOPT',
  'REVISE',
  'SUPERSEDE',
  'GIVE_HEAD_OPINION',
  'APPOINT',
  'NOT_SELECT',
  'WITHDRAW',
  'SIGN',
  'COMPLETE',
  'TAKE_EFFECT',
  'END',
] as const;
const stepChoices = STEPS.map((id) => ({ id, name: `enums.WorkflowStep.${id}` }));

/**
 * The dated status history of a workflow record (`statusHistory` in its detail selection), oldest first, in French:
 * `statusChoices` are the record's own statuses.
 */
export const StatusHistory = ({ statusChoices }: { statusChoices: { id: string; name: string }[] }) => (
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
