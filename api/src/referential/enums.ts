import { registerEnumType } from 'type-graphql';

export enum ServiceKind {
  ADMINISTRATION_CENTRALE = 'ADMINISTRATION_CENTRALE',
  PREFECTURE = 'PREFECTURE',
  SOUS_PREFECTURE = 'SOUS_PREFECTURE',
  POLICE = 'POLICE',
  GENDARMERIE_CIVIL = 'GENDARMERIE_CIVIL',
  DDI = 'DDI',
  SGAMI = 'SGAMI',
  SCHOOL = 'SCHOOL',
  NATIONAL_SERVICE = 'NATIONAL_SERVICE',
  OTHER = 'OTHER',
}

/** The authority that designates a service's correspondents [001 art. 3]. */
export enum DesignatingAuthority {
  /** Central services under the secretary general. */
  SECRETARY_GENERAL = 'SECRETARY_GENERAL',
  /** The DRHFSPN, for central police services. */
  POLICE = 'POLICE',
  /** The gendarmerie's HR director, for its central services. */
  GENDARMERIE = 'GENDARMERIE',
  /** The prefect, for deconcentrated services. */
  PREFECT = 'PREFECT',
}

/** Populations of agents [004 §I]; GENDARMERIE_MILITARY is outside the social service network. */
export enum Population {
  POLICE_ACTIVE = 'POLICE_ACTIVE',
  ADMINISTRATIVE_TECHNICAL_SCIENTIFIC = 'ADMINISTRATIVE_TECHNICAL_SCIENTIFIC',
  GENDARMERIE_CIVIL = 'GENDARMERIE_CIVIL',
  GENDARMERIE_MILITARY = 'GENDARMERIE_MILITARY',
  OTHER_ADMINISTRATION = 'OTHER_ADMINISTRATION',
}
export const EXCLUDED_POPULATIONS: readonly Population[] = [Population.GENDARMERIE_MILITARY];

export enum AgentCategory {
  A = 'A',
  B = 'B',
  C = 'C',
}

export enum AgentStatus {
  TITULAIRE = 'TITULAIRE',
  STAGIAIRE = 'STAGIAIRE',
  CONTRACTUEL = 'CONTRACTUEL',
}

export enum MobilityPlanKind {
  TRANSFER = 'TRANSFER',
  SECONDMENT = 'SECONDMENT',
  END_OF_CONTRACT = 'END_OF_CONTRACT',
}

registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: 'Nature d’un service (administration centrale, préfecture, sous-préfecture, DDI…).',
});
registerEnumType(DesignatingAuthority, {
  name: 'DesignatingAuthority',
  description: 'Qui désigne les correspondants d’un service [001 art. 3].',
});
registerEnumType(Population, {
  name: 'Population',
  description: 'Population d’agents ; GENDARMERIE_MILITARY est exclue du réseau du service social [004 §I].',
});
registerEnumType(AgentCategory, { name: 'AgentCategory', description: 'Catégorie statutaire de la fonction publique (A, B, C).' });
registerEnumType(AgentStatus, {
  name: 'AgentStatus',
  description: 'Situation statutaire d’un agent : titulaire, contractuel ou stagiaire.',
});
registerEnumType(MobilityPlanKind, {
  name: 'MobilityPlanKind',
  description: 'Type de mobilité qu’un agent a déclarée (prise en compte avant une nomination de correspondant).',
});
