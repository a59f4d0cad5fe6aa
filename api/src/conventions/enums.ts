import { registerEnumType } from 'type-graphql';

/** The three kinds of conventions [003 annexes 4–5; 004 §I, §III]. */
export enum ConventionKind {
  /** One ASS post: the services of its zone and the share of time of each [003 annex 5; 004 §II.3]. */
  ASS_SERVICE = 'ASS_SERVICE',
  /** A technical adviser working for two regions [003 annex 4; 004 §II.2]. */
  CTR_INTERREGIONAL = 'CTR_INTERREGIONAL',
  /** Between the Interior and a partner ministry [004 §I, §III]. */
  INTERMINISTERIAL = 'INTERMINISTERIAL',
}

/** What stands for the convention: a signed convention, or in the Interior a decision of the CTR or of the DRH. */
export enum ConventionBasis {
  CONVENTION = 'CONVENTION',
  CTR_DECISION = 'CTR_DECISION',
  DRH_DECISION = 'DRH_DECISION',
}

/** Who provides social service to whose agents under an interministerial convention. */
export enum ServiceDirection {
  INTERIOR_SERVES_PARTNER = 'INTERIOR_SERVES_PARTNER',
  PARTNER_SERVES_INTERIOR = 'PARTNER_SERVES_INTERIOR',
}

/** What a share of time goes to. */
export enum AllocationTarget {
  SERVICE = 'SERVICE',
  REGION = 'REGION',
  /** Managing the function: training, documentation, studies, social observation, meetings [003 annex 5]. */
  FUNCTION = 'FUNCTION',
}

/** How delivered ETP are grouped. */
export enum EtpGrouping {
  SERVICE = 'SERVICE',
  DEPARTMENT = 'DEPARTMENT',
  REGION = 'REGION',
  PARTNER_MINISTRY = 'PARTNER_MINISTRY',
}

registerEnumType(ConventionKind, { name: 'ConventionKind', description: 'Type de convention de prestation de service social [003].' });
registerEnumType(ConventionBasis, {
  name: 'ConventionBasis',
  description: 'Une convention signée, ou la décision qui en tient lieu à l’Intérieur.',
});
registerEnumType(ServiceDirection, {
  name: 'ServiceDirection',
  description: 'Sens d’une convention pour un service : il reçoit la prestation, ou la fournit.',
});
registerEnumType(AllocationTarget, {
  name: 'AllocationTarget',
  description: 'À quoi une part de temps de travail est affectée : un service, une région ou une fonction [003].',
});
registerEnumType(EtpGrouping, {
  name: 'EtpGrouping',
  description: 'Regroupement des ETP délivrés : par service, département, région ou ministère partenaire.',
});
