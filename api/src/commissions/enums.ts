import { registerEnumType } from 'type-graphql';

/** CNAS (national), CLAS (local: departmental or central administration), SRIAS (regional, interministerial). */
export enum CommissionKind {
  CNAS = 'CNAS',
  CLAS = 'CLAS',
  SRIAS = 'SRIAS',
}

export enum MemberRole {
  TITULAIRE = 'TITULAIRE',
  SUPPLEANT = 'SUPPLEANT',
  /** E.g. the social workers (ASS) on the CLAS [004 §II.3]. */
  EX_OFFICIO = 'EX_OFFICIO',
  /** E.g. the regional technical advisers (CTR) [004 §II.3]. */
  EXPERT = 'EXPERT',
}

/** The roles that make an agent ineligible as a correspondent under the 2026 regime [001 §2.3]. */
export const VOTING_ROLES: readonly MemberRole[] = [MemberRole.TITULAIRE, MemberRole.SUPPLEANT];

export enum OpinionValue {
  FAVORABLE = 'FAVORABLE',
  RESERVED = 'RESERVED',
  UNFAVORABLE = 'UNFAVORABLE',
}

export enum OpinionSubject {
  IMPLANTATION_MAP = 'IMPLANTATION_MAP',
  CANDIDACY = 'CANDIDACY',
  ANNUAL_REPORT = 'ANNUAL_REPORT',
  /** The national synthesis of the annual reports, presented to the CNAS [001 §2.7]. */
  NATIONAL_SYNTHESIS = 'NATIONAL_SYNTHESIS',
  /** A consultation of the CLAS, e.g. on the correspondents' working conditions [001 §1]. */
  CONSULTATION = 'CONSULTATION',
}

/** A correspondent attends a plenary session as an observer, or as an expert at a member's request [001 §2.4]. */
export enum AttendanceCapacity {
  OBSERVER = 'OBSERVER',
  EXPERT = 'EXPERT',
}

export const OPINION_LABELS: Record<OpinionValue, string> = {
  [OpinionValue.FAVORABLE]: 'favorable',
  [OpinionValue.RESERVED]: 'réservé',
  [OpinionValue.UNFAVORABLE]: 'défavorable',
};

registerEnumType(CommissionKind, {
  name: 'CommissionKind',
  description: 'Type de commission (nationale ou locale) qui rend ses avis sur les correspondants [001].',
});
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'Qualité d’un membre de commission : titulaire, suppléant, membre de droit ou expert.',
});
registerEnumType(OpinionValue, { name: 'OpinionValue', description: 'Sens d’un avis (favorable, défavorable…).' });
registerEnumType(OpinionSubject, {
  name: 'OpinionSubject',
  description: 'Sur quoi porte un avis de commission : une carte d’implantation, une candidature ou un rapport annuel.',
});
registerEnumType(AttendanceCapacity, {
  name: 'AttendanceCapacity',
  description: 'À quel titre une personne assiste à une séance sans en être membre : expert ou observateur.',
});
