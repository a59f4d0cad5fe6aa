import type { WorkflowCode } from '../error-catalogue';
import { validationFailed, violation, type Violation } from '../errors';
import type { WorkflowStep } from './steps';

/** One action of a state machine: the statuses it may start from and the status it leads to. */
export interface Transition<S extends string> {
  from: readonly S[];
  to: S;
  /** A consequence of another step (e.g. superseded by the adoption of a revision), never offered as an action. */
  internal?: boolean;
}

/**
 * A state machine declared as data: one table per entity, from which both the refusal of an illegal
 * transition and the `allowedTransitions` field (what the back office offers as buttons) are derived.
 */
export interface StateMachine<S extends string, A extends WorkflowStep> {
  /** Prefix of the error code: `IMPLANTATION_MAP` → `IMPLANTATION_MAP_ILLEGAL_TRANSITION` (a code of the catalogue). */
  code: WorkflowCode;
  /** French name of the record with its article: « la carte d’implantation ». */
  label: string;
  /** French label of each status. */
  statuses: Record<S, string>;
  /** French label of each action, an infinitive phrase: « adopter par arrêté ». */
  actions: Record<A, string>;
  transitions: Record<A, Transition<S>>;
}

/** The actions a user may take from a status, in the table's order. */
export function allowedActions<S extends string, A extends WorkflowStep>(machine: StateMachine<S, A>, status: S): A[] {
  return (Object.keys(machine.transitions) as A[]).filter(
    (action) => !machine.transitions[action].internal && machine.transitions[action].from.includes(status),
  );
}

/** « de » before a consonant, « d’ » before a vowel: « de signer », « d’adopter ». */
const elide = (verb: string) => (/^[aeiouyéèêh]/i.test(verb) ? `d’${verb}` : `de ${verb}`);

/** The violation refusing an action from a status, naming the current and the requested status; none if legal. */
export function transitionRule<S extends string, A extends WorkflowStep>(machine: StateMachine<S, A>, status: S, action: A): Violation[] {
  const { from, to } = machine.transitions[action];
  if (from.includes(status)) return [];
  const expected = from.map((s) => `« ${machine.statuses[s]} »`).join(' ou ');
  return [
    violation(
      'status',
      `${machine.code}_ILLEGAL_TRANSITION`,
      `Impossible ${elide(machine.actions[action])} : ${machine.label} est au statut « ${machine.statuses[status]} » ; le passage au statut « ${machine.statuses[to]} » n’est possible que depuis ${expected}.`,
    ),
  ];
}

/** The status an action leads to, or a VALIDATION_FAILED error when the action is illegal from `status`. */
export function transition<S extends string, A extends WorkflowStep>(machine: StateMachine<S, A>, status: S, action: A): S {
  const refused = transitionRule(machine, status, action);
  if (refused.length) throw validationFailed(refused);
  return machine.transitions[action].to;
}
