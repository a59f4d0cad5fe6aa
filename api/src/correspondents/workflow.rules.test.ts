import { describe, expect, it } from 'vitest';
import type { WorkflowStep } from '../shared/workflow/steps';
import { allowedActions, type StateMachine, transition, transitionRule } from '../shared/workflow/workflow';
import { AppointmentStatus, CandidacyStatus, ImplantationMapStatus, MissionLetterStatus } from './enums';
import { annualReportMachine, appointmentMachine, candidacyMachine, implantationMapMachine, missionLetterMachine } from './workflow.rules';

const machines = [implantationMapMachine, candidacyMachine, appointmentMachine, missionLetterMachine, annualReportMachine] as StateMachine<
  string,
  WorkflowStep
>[];

describe('state machines of the lifecycle', () => {
  it('refuses every illegal transition of every machine with its code, naming the current and the requested status', () => {
    for (const machine of machines) {
      for (const status of Object.keys(machine.statuses)) {
        for (const action of Object.keys(machine.transitions) as WorkflowStep[]) {
          const { from, to } = machine.transitions[action];
          const refused = transitionRule(machine, status, action);
          if (from.includes(status)) {
            expect(refused).toEqual([]);
            expect(transition(machine, status, action)).toBe(to);
          } else {
            expect(refused).toHaveLength(1);
            expect(refused[0]).toMatchObject({ field: 'status', code: `${machine.code}_ILLEGAL_TRANSITION`, severity: 'ERROR' });
            expect(refused[0].message).toContain(`« ${machine.statuses[status]} »`);
            expect(refused[0].message).toContain(`« ${machine.statuses[to]} »`);
            expect(() => transition(machine, status, action)).toThrow(refused[0].message);
          }
        }
      }
    }
  });

  it('offers as actions only the legal, non-internal transitions', () => {
    expect(allowedActions(implantationMapMachine, ImplantationMapStatus.DRAFT)).toEqual(['SUBMIT']);
    expect(allowedActions(implantationMapMachine, ImplantationMapStatus.ADOPTED)).toEqual(['REVISE']);
    expect(allowedActions(implantationMapMachine, ImplantationMapStatus.SUPERSEDED)).toEqual([]);
    expect(allowedActions(candidacyMachine, CandidacyStatus.FILED)).toEqual(['GIVE_HEAD_OPINION', 'WITHDRAW']);
    expect(allowedActions(candidacyMachine, CandidacyStatus.COMMISSION_OPINION_GIVEN)).toEqual(['APPOINT', 'NOT_SELECT', 'WITHDRAW']);
    expect(allowedActions(candidacyMachine, CandidacyStatus.APPOINTED)).toEqual([]);
    expect(allowedActions(appointmentMachine, AppointmentStatus.PENDING_LETTER)).toEqual(['END']);
    expect(allowedActions(missionLetterMachine, MissionLetterStatus.PARTIALLY_SIGNED)).toEqual(['SIGN']);
    expect(allowedActions(missionLetterMachine, MissionLetterStatus.SIGNED)).toEqual(['REVISE']);
  });

  it('reads well in French', () => {
    expect(transitionRule(candidacyMachine, CandidacyStatus.WITHDRAWN, 'APPOINT')[0].message).toBe(
      'Impossible de nommer le candidat : la candidature est au statut « Retirée » ; le passage au statut « Nommé(e) » n’est possible que depuis « Avis de la commission rendu ».',
    );
  });
});
