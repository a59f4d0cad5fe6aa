import { registerEnumType } from 'type-graphql';

export enum ImplantationMapStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  OPINION_GIVEN = 'OPINION_GIVEN',
  ADOPTED = 'ADOPTED',
  SUPERSEDED = 'SUPERSEDED',
}

export enum CandidacyStatus {
  FILED = 'FILED',
  HEAD_OPINION_GIVEN = 'HEAD_OPINION_GIVEN',
  COMMISSION_OPINION_GIVEN = 'COMMISSION_OPINION_GIVEN',
  APPOINTED = 'APPOINTED',
  NOT_SELECTED = 'NOT_SELECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** An appointment is effective only once its mission letter bears its three signatures [000; 001 §2.2]. */
export enum AppointmentStatus {
  PENDING_LETTER = 'PENDING_LETTER',
  EFFECTIVE = 'EFFECTIVE',
  ENDED = 'ENDED',
}

export enum ArreteKind {
  MINISTERIAL = 'MINISTERIAL',
  PREFECTORAL = 'PREFECTORAL',
}

/** (design) The texts set no term of office. */
export enum AppointmentEndReason {
  TERM = 'TERM',
  RESIGNATION = 'RESIGNATION',
  LEFT_SERVICE = 'LEFT_SERVICE',
  REVOCATION = 'REVOCATION',
}

/** A precise time credit: a number with one of these units, never « temps suffisant » [000]. */
export enum TimeCreditUnit {
  HOURS_PER_WEEK = 'HOURS_PER_WEEK',
  HOURS_PER_MONTH = 'HOURS_PER_MONTH',
  FRACTION_OF_WORKING_TIME = 'FRACTION_OF_WORKING_TIME',
}

export enum MissionLetterStatus {
  DRAFT = 'DRAFT',
  PARTIALLY_SIGNED = 'PARTIALLY_SIGNED',
  SIGNED = 'SIGNED',
  SUPERSEDED = 'SUPERSEDED',
}

/** The three signatures of a mission letter [001 §2.5]. */
export enum Signatory {
  AGENT = 'AGENT',
  HEAD_OF_SERVICE = 'HEAD_OF_SERVICE',
  SOCIAL_ACTION_HEAD = 'SOCIAL_ACTION_HEAD',
}

export enum TrainingKind {
  INITIAL_ELEARNING = 'INITIAL_ELEARNING',
  CONTINUING = 'CONTINUING',
}

export enum AnnualReportStatus {
  DRAFT = 'DRAFT',
  PRESENTED = 'PRESENTED',
}

/** Why a correspondent no longer meets the conditions of their appointment. */
export enum BrokenConditionReason {
  /** Became a titular or substitute member of a CLAS (2026 regime) [001 §2.3]. */
  CLAS_MEMBER = 'CLAS_MEMBER',
  /** Assigned to a service the appointment does not cover. */
  LEFT_SERVICE = 'LEFT_SERVICE',
  /** No longer in post. */
  NOT_IN_POST = 'NOT_IN_POST',
}

registerEnumType(ImplantationMapStatus, {
  name: 'ImplantationMapStatus',
  description:
    'Étapes d’une carte d’implantation des correspondants : projet, soumise à la commission, avis rendu, adoptée, remplacée [001 §2.1].',
});
registerEnumType(CandidacyStatus, {
  name: 'CandidacyStatus',
  description:
    'Étapes d’une candidature de correspondant : déposée, avis du chef de service, avis de la commission, nommée, non retenue, retirée [001 §2.2].',
});
registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  description:
    'État d’une nomination : elle n’est effective qu’une fois sa lettre de mission signée par les trois signataires [000 ; 001 §2.2].',
});
registerEnumType(ArreteKind, { name: 'ArreteKind', description: 'Nature de l’arrêté de nomination : ministériel ou préfectoral.' });
registerEnumType(AppointmentEndReason, {
  name: 'AppointmentEndReason',
  description: 'Motif de fin d’une nomination (les textes ne fixent pas de durée de mandat).',
});
registerEnumType(TimeCreditUnit, {
  name: 'TimeCreditUnit',
  description: 'Unité du crédit de temps d’un correspondant : un nombre dans l’une de ces unités, jamais « temps suffisant » [000].',
});
registerEnumType(MissionLetterStatus, {
  name: 'MissionLetterStatus',
  description: 'État d’une lettre de mission : projet, signée en partie, signée, remplacée.',
});
registerEnumType(Signatory, { name: 'Signatory', description: 'Les trois signataires d’une lettre de mission [001 §2.5].' });
registerEnumType(TrainingKind, {
  name: 'TrainingKind',
  description: 'Type de formation d’un correspondant : initiale ou continue [001 §2.4].',
});
registerEnumType(AnnualReportStatus, {
  name: 'AnnualReportStatus',
  description: 'État d’un rapport annuel d’activité : en préparation, présenté à la commission [001 §2.7].',
});
registerEnumType(BrokenConditionReason, {
  name: 'BrokenConditionReason',
  description: 'Pourquoi un correspondant ne remplit plus une condition de sa nomination [001 art. 3].',
});

/**
 * The yearly information meeting « au moins une fois par an » [001 §2.5]: which stretch of time the alert looks at
 * (design, configurable: `INFORMATION_MEETING_WINDOW`). A calendar year to date would flag every perimeter in January.
 */
export enum MeetingWindow {
  /** No meeting in the 12 months up to the date (from the day after the same date a year before). */
  LAST_12_MONTHS = 'LAST_12_MONTHS',
  /** No meeting in the calendar year before the date's year. */
  PREVIOUS_CALENDAR_YEAR = 'PREVIOUS_CALENDAR_YEAR',
}

/** In what capacity the signatory of an arrêté signs for the authority (« pour le préfet et par délégation »). */
export enum SignatoryCapacity {
  /** The authority signs itself. */
  AUTHORITY = 'AUTHORITY',
  /** By delegation of signature (« pour le préfet et par délégation, le secrétaire général »). */
  DELEGATION = 'DELEGATION',
  /** By interim (« le préfet par intérim »). */
  INTERIM = 'INTERIM',
}

registerEnumType(MeetingWindow, {
  name: 'MeetingWindow',
  description:
    'Période examinée pour la réunion d’information annuelle : les 12 derniers mois (LAST_12_MONTHS) ou l’année civile précédente (PREVIOUS_CALENDAR_YEAR) [001 §2.5].',
});
registerEnumType(SignatoryCapacity, {
  name: 'SignatoryCapacity',
  description: 'La qualité du signataire : l’autorité elle-même, par délégation ou par intérim.',
});
