import { registerEnumType } from 'type-graphql';

/** The posts of the social service network [004 §II]. */
export enum PostKind {
  /** Conseiller technique national: heads the network, superior of the CTR and of the CT_CENTRAL [004 §II.1]. */
  CTN = 'CTN',
  /** Conseiller technique coordonnateur for central administration and overseas services [004 §II.2]. */
  CT_CENTRAL = 'CT_CENTRAL',
  /** Conseiller technique régional [004 §II.2]. */
  CTR = 'CTR',
  /** Assistant(e) de service social [004 §II.3]. */
  ASS = 'ASS',
}

export enum ReplacementReason {
  VACANCY = 'VACANCY',
  ABSENCE = 'ABSENCE',
}

/** Who holds the administrative authority over a post (the technical one is `technicalSuperior`) [004 §II]. */
export enum AdministrativeAuthority {
  /** The prefect of the department, through the secretary general of the prefecture (ASS in a department). */
  DEPARTMENT_PREFECT = 'DEPARTMENT_PREFECT',
  /** The regional prefect for local policies, and the DRH (SDASAP) for the organisation of the network (CTR). */
  REGIONAL_PREFECT_AND_DRH = 'REGIONAL_PREFECT_AND_DRH',
  /** The DRH's social action sub-directorate (CTN, CT_CENTRAL, ASS of the central administration). */
  DRH = 'DRH',
}

registerEnumType(PostKind, {
  name: 'PostKind',
  description: 'Nature d’un poste du service social : CTN, CT_CENTRAL, CTR ou ASS [004 §II].',
});
registerEnumType(ReplacementReason, { name: 'ReplacementReason', description: 'Motif d’un remplacement sur un poste du service social.' });
registerEnumType(AdministrativeAuthority, {
  name: 'AdministrativeAuthority',
  description: 'Autorité administrative dont relève un poste [004 §II].',
});
