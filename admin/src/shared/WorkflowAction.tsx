import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { type ReactNode, useRef, useState } from 'react';
import { Form, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import type { EnumValue } from './choices';

type Values = Record<string, unknown>;
type Subject = { id: string; version: number; allowedTransitions?: EnumValue<'WorkflowStep'>[] };

/** How the dialog's values become the mutation's arguments. Default: `(id, version, input)`. */
export type ToVariables = (values: Values, record: Subject) => Values;
export const asInput: ToVariables = (values, { id, version }) => ({ id, version, input: values });
export const asArguments: ToVariables = (values, { id, version }) => ({ id, version, ...values });
/** `recordOpinion(input)`: the subject's id and version travel inside the input. */
export const asOpinionOn =
  (subject: 'implantationMapId' | 'candidacyId' | 'annualReportId' | 'nationalSynthesisReportId' | 'consultationId'): ToVariables =>
  (values, { id, version }) => ({
    input: { ...values, [subject]: id, version },
  });

export interface WorkflowActionProps {
  /** The state machine's action (`SUBMIT`, `APPOINT`…): the button shows only when `record.allowedTransitions` has it. */
  action: EnumValue<'WorkflowStep'>;
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
  const [pending, setPending] = useState(false);
  // The guard: two clicks in one frame both see `pending` still false.
  const running = useRef(false);
  if (!record?.allowedTransitions?.includes(action)) return null;

  const run = async (values: Values) => {
    // One transition at a time: a second click while the first runs would be refused as illegal, or worse, run twice.
    if (running.current) return undefined;
    running.current = true;
    setPending(true);
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
    } finally {
      running.current = false;
      setPending(false);
    }
  };

  if (!children) {
    return (
      <PendingButton variant="outlined" pending={pending} onClick={() => void run({})} testId={`workflow-${action}`}>
        {translate(label)}
      </PendingButton>
    );
  }
  return (
    <>
      <Button variant="contained" size="small" aria-haspopup="dialog" onClick={() => setOpen(true)} data-testid={`workflow-${action}`}>
        {translate(label)}
      </Button>
      <Dialog open={open} onClose={() => !pending && setOpen(false)} fullWidth maxWidth="sm" aria-labelledby={`workflow-${action}-title`}>
        <Form onSubmit={run} defaultValues={defaultValues} record={{}}>
          <DialogTitle id={`workflow-${action}-title`}>{translate(label)}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)} disabled={pending}>
              {translate('ra.action.cancel')}
            </Button>
            {/* Not react-admin's SaveButton: with `alwaysEnable` (the dialogs open on default values, not dirty) it stays
                enabled while the form is submitted, and a double click ran the mutation twice. */}
            <PendingButton type="submit" variant="contained" pending={pending} testId={`workflow-${action}-confirm`}>
              {translate(label)}
            </PendingButton>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

interface PendingButtonProps {
  pending: boolean;
  onClick?: () => void;
  type?: 'button' | 'submit';
  variant: 'outlined' | 'contained';
  testId: string;
  children: ReactNode;
}

/** A button that, while its action runs, is disabled, says so (`aria-busy`) and shows a spinner. */
const PendingButton = ({ pending, onClick, type = 'button', variant, testId, children }: PendingButtonProps) => (
  <Button
    type={type}
    variant={variant}
    size="small"
    onClick={onClick}
    disabled={pending}
    aria-busy={pending}
    startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined}
    data-testid={testId}
  >
    {children}
  </Button>
);
