import type { StateMachine } from '../shared/workflow/workflow';
import { AnnualReportStatus, AppointmentStatus, CandidacyStatus, ImplantationMapStatus as M, MissionLetterStatus as L } from './enums';

/*
 * The state machines of the correspondents' lifecycle, as data: illegal transitions are refused from these tables
 * and the back office shows only the actions they allow (`allowedTransitions`).
 */

export type ImplantationMapAction = 'SUBMIT' | 'RECORD_OPINION' | 'ADOPT' | 'REVISE' | 'SUPERSEDE';

/** A map, and each revision, is submitted to the commission, then adopted by arrêté after its opinion [001 art. 3, §2.1]. */
export const implantationMapMachine: StateMachine<M, ImplantationMapAction> = {
  code: 'IMPLANTATION_MAP',
  label: 'la carte d’implantation',
  statuses: {
    DRAFT: 'Brouillon',
    SUBMITTED: 'Soumise à la commission',
    OPINION_GIVEN: 'Avis rendu',
    ADOPTED: 'Adoptée',
    SUPERSEDED: 'Remplacée',
  },
  actions: {
    SUBMIT: 'soumettre à la commission',
    RECORD_OPINION: 'enregistrer l’avis de la commission',
    ADOPT: 'adopter par arrêté',
    REVISE: 'réviser',
    SUPERSEDE: 'remplacer',
  },
  transitions: {
    SUBMIT: { from: [M.DRAFT], to: M.SUBMITTED },
    RECORD_OPINION: { from: [M.SUBMITTED], to: M.OPINION_GIVEN },
    ADOPT: { from: [M.OPINION_GIVEN], to: M.ADOPTED },
    // A revision is a new DRAFT record; the adopted one stays in force until the revision is adopted.
    REVISE: { from: [M.ADOPTED], to: M.ADOPTED },
    SUPERSEDE: { from: [M.ADOPTED], to: M.SUPERSEDED, internal: true },
  },
};

export type CandidacyAction = 'GIVE_HEAD_OPINION' | 'RECORD_OPINION' | 'APPOINT' | 'NOT_SELECT' | 'WITHDRAW';

/** Filed under cover of the head of service with a reasoned opinion, then submitted to the commission [001 §2.2]. */
export const candidacyMachine: StateMachine<CandidacyStatus, CandidacyAction> = {
  code: 'CANDIDACY',
  label: 'la candidature',
  statuses: {
    FILED: 'Déposée',
    HEAD_OPINION_GIVEN: 'Avis du chef de service rendu',
    COMMISSION_OPINION_GIVEN: 'Avis de la commission rendu',
    APPOINTED: 'Nommé(e)',
    NOT_SELECTED: 'Non retenue',
    WITHDRAWN: 'Retirée',
  },
  actions: {
    GIVE_HEAD_OPINION: 'enregistrer l’avis du chef de service',
    RECORD_OPINION: 'enregistrer l’avis de la commission',
    APPOINT: 'nommer le candidat',
    NOT_SELECT: 'clore la candidature sans nomination',
    WITHDRAW: 'retirer la candidature',
  },
  transitions: {
    GIVE_HEAD_OPINION: { from: [CandidacyStatus.FILED], to: CandidacyStatus.HEAD_OPINION_GIVEN },
    RECORD_OPINION: { from: [CandidacyStatus.HEAD_OPINION_GIVEN], to: CandidacyStatus.COMMISSION_OPINION_GIVEN },
    APPOINT: { from: [CandidacyStatus.COMMISSION_OPINION_GIVEN], to: CandidacyStatus.APPOINTED },
    NOT_SELECT: { from: [CandidacyStatus.COMMISSION_OPINION_GIVEN], to: CandidacyStatus.NOT_SELECTED },
    WITHDRAW: {
      from: [CandidacyStatus.FILED, CandidacyStatus.HEAD_OPINION_GIVEN, CandidacyStatus.COMMISSION_OPINION_GIVEN],
      to: CandidacyStatus.WITHDRAWN,
    },
  },
};

export type AppointmentAction = 'TAKE_EFFECT' | 'END';

export const appointmentMachine: StateMachine<AppointmentStatus, AppointmentAction> = {
  code: 'APPOINTMENT',
  label: 'la nomination',
  statuses: { PENDING_LETTER: 'En attente de la lettre de mission signée', EFFECTIVE: 'Effective', ENDED: 'Terminée' },
  actions: { TAKE_EFFECT: 'rendre la nomination effective', END: 'mettre fin à la nomination' },
  transitions: {
    // Effective only with its mission letter [000; 001 §2.2]: the third signature makes it so.
    TAKE_EFFECT: { from: [AppointmentStatus.PENDING_LETTER], to: AppointmentStatus.EFFECTIVE, internal: true },
    END: { from: [AppointmentStatus.PENDING_LETTER, AppointmentStatus.EFFECTIVE], to: AppointmentStatus.ENDED },
  },
};

export type MissionLetterAction = 'SIGN' | 'COMPLETE' | 'REVISE' | 'SUPERSEDE';

/** Signed jointly by the agent, the head of service and the head of the social action service; revised in the same form [001 §2.5]. */
export const missionLetterMachine: StateMachine<L, MissionLetterAction> = {
  code: 'MISSION_LETTER',
  label: 'la lettre de mission',
  statuses: { DRAFT: 'Brouillon', PARTIALLY_SIGNED: 'En cours de signature', SIGNED: 'Signée', SUPERSEDED: 'Remplacée' },
  actions: { SIGN: 'signer', COMPLETE: 'compléter les signatures', REVISE: 'réviser', SUPERSEDE: 'remplacer' },
  transitions: {
    SIGN: { from: [L.DRAFT, L.PARTIALLY_SIGNED], to: L.PARTIALLY_SIGNED },
    COMPLETE: { from: [L.PARTIALLY_SIGNED], to: L.SIGNED, internal: true },
    REVISE: { from: [L.SIGNED], to: L.SIGNED },
    SUPERSEDE: { from: [L.SIGNED], to: L.SUPERSEDED, internal: true },
  },
};

export type AnnualReportAction = 'RECORD_OPINION';

/** Presented each year to the commission, which may make proposals [001 §2.7]. */
export const annualReportMachine: StateMachine<AnnualReportStatus, AnnualReportAction> = {
  code: 'ANNUAL_REPORT',
  label: 'le rapport annuel',
  statuses: { DRAFT: 'En préparation', PRESENTED: 'Présenté à la commission' },
  actions: { RECORD_OPINION: 'enregistrer l’avis de la commission' },
  transitions: { RECORD_OPINION: { from: [AnnualReportStatus.DRAFT], to: AnnualReportStatus.PRESENTED } },
};
