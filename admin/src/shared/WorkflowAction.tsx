import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { Form, SaveButton, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

type Values = Record<string, unknown>;
type Subject = { id: string; version: number; allowedTransitions?: string[] };

/** How the dialog's values become the mutation's arguments. Default: `(id, version, input)`. */
export type ToVariables = (values: Values, record: Subject) => Values;
export const asInput: ToVariables = (values, { id, version }) => ({ id, version, input: values });
export const asArguments: ToVariables = (values, { id, version }) => ({ id, version, ...values });
/** `recordOpinion(input)`: the subject's id and version travel inside the input. */
export const asOpinionOn = (subject: 'implantationMapId' | 'candidacyId' | 'annualReportId' | 'nationalSynthesisReportId' | 'consultationId'): ToVariables => (values, { id, version }) => ({
  input: { ...values, [subject]: id, version },
});

export interface WorkflowActionProps {
  /** The state machine's action (`SUBMIT`, `APPOINT`…): the button shows only when `record.allowedTransitions` has it. */
  action: string;
  /** The API mutation that performs it (`submitImplantationMap`…). */
  mutation: string;
  label: string;
  /** The dialog's inputs; none: the action runs at once. */
  children?: ReactNode;
  /** Form values and record → the mutation's arguments (default: `asInput`). */
  toVariables?: ToVariables;
  defaultValues?: Values;
}

const emptyToNull = (values: Values) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '' ? null : v]));

/**
 * A workflow button: shown only when the server says the transition is legal from the record's status, it opens a
 * form, runs the mutation and refreshes the record. The server's messages land on the dialog's inputs.
 */
export const WorkflowAction = ({ action, mutation, label, children, toVariables = asInput, defaultValues }: WorkflowActionProps) => {
  const record = useRecordContext<Subject>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!record?.allowedTransitions?.includes(action)) return null;

  const run = async (values: Values) => {
    try {
      await dataProvider.workflow(mutation, toVariables(emptyToNull(values), record));
      setOpen(false);
      notify('app.workflow.done', { type: 'success' });
      refresh();
      return undefined;
    } catch (error) {
      const { message, body } = error as { message: string; body?: { errors?: Values } };
      // Messages about the dialog's own inputs show under them (no notification over the dialog); any other refusal is notified.
      const { root, ...fields } = body?.errors ?? {};
      if (Object.keys(fields).some((field) => field in values)) return fields;
      notify(message, { type: 'error' });
      return root ? { root } : undefined;
    }
  };

  if (!children) {
    return (
      <Button variant="outlined" size="small" onClick={() => void run({})} data-testid={`workflow-${action}`}>
        {translate(label)}
      </Button>
    );
  }
  return (
    <>
      <Button variant="contained" size="small" onClick={() => setOpen(true)} data-testid={`workflow-${action}`}>
        {translate(label)}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={run} defaultValues={defaultValues} record={{}}>
          <DialogTitle>{translate(label)}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <SaveButton label={label} alwaysEnable data-testid={`workflow-${action}-confirm`} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
