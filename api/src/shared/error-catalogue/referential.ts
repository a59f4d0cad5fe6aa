import type { ErrorEntries } from './entry';

/** Codes of the organisation referential (regions, departments, services, agents, sites, headcounts). */
export const referentialErrors = {
  INSEE_CODE_UNKNOWN: {
    category: 'VALIDATION_FAILED',
    message: 'Code INSEE inconnu pour {type} : « {code} ».',
    meaning:
      'Le code d’une région, d’un département ou d’une collectivité d’outre-mer n’est pas un code INSEE officiel (jeu de données Etalab « découpage administratif »).',
    fix: 'Saisissez le code INSEE officiel (par exemple 75 pour Paris, 2A pour la Corse-du-Sud, 11 pour l’Île-de-France).',
  },
  REGION_HAS_DEPARTMENTS: {
    category: 'VALIDATION_FAILED',
    message: 'Cette région a des départements : supprimez-les ou rattachez-les ailleurs d’abord.',
    meaning: 'Une région ne se supprime pas tant que des départements y sont rattachés.',
    fix: 'Rattachez ses départements à une autre région, ou supprimez-les d’abord.',
  },
  DEPARTMENT_HAS_SERVICES: {
    category: 'VALIDATION_FAILED',
    message: 'Ce département a des services : il ne peut pas être supprimé.',
    meaning: 'Un département ne se supprime pas tant que des services y sont rattachés.',
    fix: 'Rattachez ou fermez ses services d’abord.',
  },
  SERVICE_PARENT_CYCLE: {
    category: 'VALIDATION_FAILED',
    message: 'Le service parent choisi est ce service lui-même ou l’un de ses sous-services : l’arborescence formerait une boucle.',
    meaning: 'L’arborescence des services est un arbre : un service ne peut pas descendre de lui-même.',
    fix: 'Choisissez comme parent un service qui n’est pas sous ce service.',
  },
  SERVICE_HAS_CHILDREN: {
    category: 'VALIDATION_FAILED',
    message: 'Ce service a {nombre} sous-services : rattachez-les ailleurs d’abord.',
    meaning: 'Un service qui a des sous-services ne se supprime pas.',
    fix: 'Rattachez ses sous-services à un autre parent, ou fermez le service avec une date de fin.',
  },
  SERVICE_HAS_AGENTS: {
    category: 'VALIDATION_FAILED',
    message:
      'Des agents sont ou ont été affectés à ce service ({nombre} affectations) : il ne peut pas être supprimé ; fermez-le avec une date de fin.',
    meaning: 'L’historique des affectations est conservé : un service qui a eu des agents ne se supprime pas.',
    fix: 'Fermez le service avec une date de fin (`validTo`).',
  },
  SERVICE_CENTRAL_WITH_DEPARTMENT: {
    category: 'VALIDATION_FAILED',
    message: 'Un service d’administration centrale n’a pas de département.',
    meaning: 'Un service de nature ADMINISTRATION_CENTRALE n’est pas rattaché à un département.',
    fix: 'Retirez le département, ou changez la nature du service.',
  },
  SERVICE_AUTHORITY_MISMATCH: {
    category: 'VALIDATION_FAILED',
    message: 'Un service déconcentré (rattaché à un département) relève du préfet [arrêté du 12 février 2026, art. 3].',
    meaning:
      'L’autorité qui désigne les correspondants dépend du service : le préfet pour les services déconcentrés, le secrétaire général, le DRHFSPN ou le DRH de la gendarmerie pour les services centraux [arrêté du 12 février 2026, art. 3].',
    fix: 'Choisissez PREFECT pour un service rattaché à un département, une autorité centrale sinon (ou corrigez le département).',
  },
  EMAIL_INVALID: {
    category: 'VALIDATION_FAILED',
    message: 'Adresse électronique invalide : « {adresse} ».',
    meaning: 'L’adresse électronique n’a pas la forme nom@domaine.',
    fix: 'Corrigez l’adresse, ou laissez le champ vide.',
  },
  POSTAL_CODE_INVALID: {
    category: 'VALIDATION_FAILED',
    message: 'Code postal invalide : « {code} » (5 caractères attendus).',
    meaning: 'Un code postal a cinq caractères : des chiffres (2A ou 2B en Corse).',
    fix: 'Saisissez le code postal à cinq caractères, par exemple 75008 ou 20000.',
  },
  MOBILITY_PLAN_INCOMPLETE: {
    category: 'VALIDATION_FAILED',
    message: 'Un projet de mobilité déclaré a une date et une nature.',
    meaning: 'Le projet de mobilité d’un agent a une date et une nature, ou ni l’une ni l’autre.',
    fix: 'Renseignez les deux champs (`mobilityPlanDate` et `mobilityPlanKind`), ou videz les deux.',
  },
  HEADCOUNT_OVERLAP: {
    category: 'VALIDATION_FAILED',
    message: 'Un effectif de cette population existe déjà pour ce service sur la période (du {début} au {fin}).',
    meaning: 'Un service a un seul effectif par population à une date : les périodes d’une même population ne se chevauchent pas.',
    fix: 'Fermez l’effectif en cours (date de fin la veille) avant d’en saisir un nouveau, ou modifiez-le.',
  },
  AFFECTATION_DATE_WITHOUT_MOVE: {
    category: 'VALIDATION_FAILED',
    message: 'La date d’effet ne s’applique qu’à un changement de service : indiquez aussi le nouveau service.',
    meaning: 'La date d’effet d’une nouvelle affectation date un changement de service ; sans changement elle serait ignorée.',
    fix: 'Indiquez le nouveau service (`serviceId`) sur la même ligne, ou videz la date d’effet.',
  },
  AFFECTATION_DATE_TOO_EARLY: {
    category: 'VALIDATION_FAILED',
    message: 'La date d’effet de la nouvelle affectation ({date}) doit suivre le début de l’affectation en cours ({début}).',
    meaning: 'L’historique des affectations est une suite : la nouvelle commence après le début de l’affectation en cours.',
    fix: 'Choisissez une date d’effet postérieure au début de l’affectation en cours.',
  },
} as const satisfies ErrorEntries;
