import { CommissionKind } from '../commissions/enums';
import { frDate } from '../shared/french';
import { violation, type Violation } from '../shared/errors';
import type { IsoDate } from '../shared/scalars';
import type { StateMachine } from '../shared/workflow/workflow';
import { ConsultationStatus } from './enums';

const CIRCULAR = 'circulaire du 12 février 2026, §1';

/** « Les commissions locales d’action sociale doivent être informées et consultées … » [001 §1]: a CLAS, not the CNAS or an SRIAS. */
export function consultedCommissionRule(kind: CommissionKind | undefined): Violation[] {
  return kind && kind !== CommissionKind.CLAS
    ? [
        violation(
          'commissionId',
          'CONSULTATION_NOT_CLAS',
          `Les conditions d’exercice des missions des correspondants sont soumises à une commission locale d’action sociale (CLAS), non à une ${kind} [${CIRCULAR}].`,
        ),
      ]
    : [];
}

/** The opinion is the consulted commission's, given in one of its sessions, on or after the day it was consulted. */
export function consultationOpinionRule(
  c: { commissionId: string; submittedOn: IsoDate },
  session: { commissionId: string; date: IsoDate },
): Violation[] {
  if (session.commissionId !== c.commissionId) {
    return [
      violation(
        'sessionId',
        'CONSULTATION_WRONG_COMMISSION',
        'L’avis est rendu lors d’une séance de la commission consultée : choisissez une de ses séances.',
      ),
    ];
  }
  return session.date < c.submittedOn
    ? [
        violation(
          'sessionId',
          'DATE_ORDER',
          `La séance (${frDate(session.date)}) précède la saisine de la commission (${frDate(c.submittedOn)}) : choisissez une séance postérieure.`,
        ),
      ]
    : [];
}

export type ConsultationAction = 'RECORD_OPINION';

export const consultationMachine: StateMachine<ConsultationStatus, ConsultationAction> = {
  code: 'CONSULTATION',
  label: 'la consultation',
  statuses: { SUBMITTED: 'Soumise à la commission', OPINION_GIVEN: 'Avis rendu' },
  actions: { RECORD_OPINION: 'enregistrer l’avis de la commission' },
  transitions: { RECORD_OPINION: { from: [ConsultationStatus.SUBMITTED], to: ConsultationStatus.OPINION_GIVEN } },
};
