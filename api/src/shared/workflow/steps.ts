import { registerEnumType } from 'type-graphql';

/**
 * Every step a workflow records in a status history (`StatusChange.action`): the creation of a record (or its filing,
 * its revision, its appointment) and the actions of the state machines (the correspondents' lifecycle, the
 * consultations, the national synthesis). One list for all the machines: a machine's actions are typed as a subset
 * (`StateMachine<S, A extends WorkflowStep>`), so a step missing here fails type-checking. The order is the order of a
 * lifecycle, the one the back office lists them in. The column stays text: its stored values are these names.
 */
export const WORKFLOW_STEPS = [
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

export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

/** The steps as the enum object type-graphql registers (`{ CREATE: 'CREATE', … }`). */
export const WorkflowStepEnum = Object.fromEntries(WORKFLOW_STEPS.map((s) => [s, s])) as { [K in WorkflowStep]: K };

// Each value's description is its label (schema/labels.fr.json, the back office's words: « Adoption par arrêté »).
registerEnumType(WorkflowStepEnum, {
  name: 'WorkflowStep',
  description:
    'Une étape enregistrée dans l’historique d’un processus : la création de l’enregistrement, ou une transition (soumission, avis, adoption, nomination, signature…).',
});
