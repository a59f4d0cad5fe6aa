import type { ErrorEntries } from './entry';

/** Codes of the conventions, their zones and the time allocations [003 annexes 4–5, 004]. */
export const conventionErrors = {
  CONVENTION_PARTNER_REQUIRED: {
    category: 'VALIDATION_FAILED',
    message: 'Une convention interministérielle indique le ministère partenaire.',
    meaning: 'Une convention interministérielle lie le ministère de l’Intérieur à un autre ministère, nommé.',
    fix: 'Renseignez `partnerMinistryId` avec un ministère autre que l’Intérieur.',
  },
  CONVENTION_DIRECTION_REQUIRED: {
    category: 'VALIDATION_FAILED',
    message: 'Une convention interministérielle indique qui assure le service social de qui.',
    meaning: 'Le sens d’une convention interministérielle est dit : l’Intérieur sert le partenaire, ou l’inverse.',
    fix: 'Renseignez `direction`.',
  },
  CONVENTION_POST_KIND: {
    category: 'VALIDATION_FAILED',
    message: 'Une convention de service d’ASS porte sur un poste d’assistant de service social.',
    meaning:
      'Le poste d’une convention suit sa nature : un poste d’ASS (convention de service d’ASS), de CTR (convention interrégionale), aucun (interministérielle).',
    fix: 'Choisissez un poste de la nature attendue, ou aucun poste pour une convention interministérielle.',
  },
  CONVENTION_TEMPORARY: {
    category: 'VALIDATION_FAILED',
    message:
      'La prise en charge d’une seconde région par un CTR est temporaire, sur décision datée du DRH (circulaire NOR INTK1307790C, § II.2) : indiquez sa date de fin.',
    meaning: 'Une convention interrégionale sur décision du DRH est temporaire [circulaire NOR INTK1307790C, § II.2].',
    fix: 'Renseignez la date de fin (`validTo`).',
  },
  CONVENTION_TERM_END: {
    category: 'VALIDATION_FAILED',
    severity: 'WARNING',
    message:
      'Reconduite tacitement chaque année à compter du {date}, la convention prend fin au terme d’une période annuelle (ici le {terme}) : vérifiez la date de fin ({fin}).',
    meaning:
      'Avertissement : une convention à tacite reconduction court par périodes annuelles ; une date de fin hors terme est sans doute une erreur [circulaire de l’Équipement, annexe 4].',
    fix: 'Vérifiez la date de fin ; mettez-la au terme annoncé si c’est une dénonciation.',
  },
  CONVENTION_HAS_ALLOCATIONS: {
    category: 'VALIDATION_FAILED',
    message: 'Cette convention a des parts de temps : elle ne peut pas être supprimée ; fermez-la avec une date de fin.',
    meaning: 'L’historique des parts de temps est conservé : une convention qui en a ne se supprime pas.',
    fix: 'Fermez la convention avec une date de fin.',
  },
  CONVENTION_SCOPE_TARGET: {
    category: 'VALIDATION_FAILED',
    message: 'Une entrée de zone désigne un service, un département ou une région (un seul).',
    meaning: 'Chaque entrée de la zone d’une convention vise une seule cible.',
    fix: 'Renseignez un seul de `serviceId`, `departmentId`, `regionId`.',
  },
  CONVENTION_SCOPE_DEFAULT_START: {
    category: 'VALIDATION_FAILED',
    severity: 'WARNING',
    message:
      'Sans date de début, l’entrée entre dans la zone avec la convention, le {date} : saisissez la date d’entrée si elle est plus tardive.',
    meaning:
      'Avertissement : une entrée de zone créée sans date de début prend celle de la convention ; la couverture et les parts de temps des dates passées en tiennent compte.',
    fix: 'Laissez vide si le service est dans la zone depuis la signature ; sinon saisissez le jour où il y entre (`validFrom`).',
  },
  CONVENTION_SCOPE_PERIOD: {
    category: 'VALIDATION_FAILED',
    message: 'Une entrée de zone est en vigueur pendant la convention ({période}) : ajustez ses dates.',
    meaning:
      'La zone d’une convention est datée : chaque service, département ou région y entre et en sort à une date, dans la période de la convention.',
    fix: 'Choisissez une date de début au plus tôt celle de la convention, et une date de fin au plus tard la sienne.',
  },
  CONVENTION_SCOPE_COUNTED_WITH: {
    category: 'VALIDATION_FAILED',
    message: 'Seul un service est compté avec un autre service, son service principal.',
    meaning:
      '« Compté avec » rattache un service secondaire à son service principal ; cela ne vaut que pour un service, et pas pour lui-même.',
    fix: 'Videz `countedWithId`, ou choisissez le service principal d’une entrée de service.',
  },
  TIME_ALLOCATION_SHARES_NOT_ONE: {
    category: 'VALIDATION_FAILED',
    message: 'Les parts de temps de cette affectation totalisent {total} {période} au lieu de 1 ({parts}).',
    meaning:
      'À chaque date, les parts de temps d’une affectation totalisent 1 (± 0,001), avec ses autres parts enregistrées [circulaire de l’Équipement, annexe 5].',
    fix: 'Ajustez les parts de la période signalée pour que leur somme fasse 1 (la grille de répartition affiche les sommes).',
  },
  TIME_ALLOCATION_POST_OVER_QUOTA: {
    category: 'VALIDATION_FAILED',
    message: 'Le poste serait réparti à {total} ETP {période}, au-delà de son quota de {quota} ETP ({parts}).',
    meaning: 'Un poste ne donne jamais plus que son quota d’ETP (quotité × part).',
    fix: 'Réduisez des parts de la période signalée.',
  },
  TIME_ALLOCATION_SHARE_RANGE: {
    category: 'VALIDATION_FAILED',
    message: 'Une part de temps est comprise entre 0 (exclu) et 1 : {valeur} reçu.',
    meaning: 'Une part de temps est une fraction du temps de l’affectation.',
    fix: 'Saisissez une part entre 0 et 1, par exemple 0,25.',
  },
  TIME_ALLOCATION_OUTSIDE_CONVENTION: {
    category: 'VALIDATION_FAILED',
    message: 'La part de temps ({période}) sort des dates de la convention {référence} ({dates}).',
    meaning: 'Une part de temps est comprise dans la période de sa convention.',
    fix: 'Ajustez les dates de la part, ou celles de la convention.',
  },
  TIME_ALLOCATION_OUTSIDE_ASSIGNMENT: {
    category: 'VALIDATION_FAILED',
    message: 'La part de temps ({période}) sort de la période d’affectation de l’agent sur le poste ({dates}).',
    meaning: 'Une part de temps est comprise dans la période de l’affectation qu’elle répartit.',
    fix: 'Ajustez les dates de la part à celles de l’affectation.',
  },
  TIME_ALLOCATION_TARGET_KIND: {
    category: 'VALIDATION_FAILED',
    message: 'Une convention de ce type ne répartit le temps qu’entre : {cibles}.',
    meaning:
      'Les cibles d’une part de temps dépendent du type de convention (services et fonction pour un ASS, régions et fonction pour un CTR…).',
    fix: 'Choisissez une cible permise (`targetKind`).',
  },
  TIME_ALLOCATION_TARGET: {
    category: 'VALIDATION_FAILED',
    message: 'Une part attribuée à un service indique ce service (et lui seul).',
    meaning: 'Une part vise un service (avec `serviceId`), une région (avec `regionId`), ou la fonction (ni l’un ni l’autre).',
    fix: 'Renseignez le seul champ qui correspond à `targetKind`.',
  },
  TIME_ALLOCATION_POST_MISMATCH: {
    category: 'VALIDATION_FAILED',
    message: 'Cette affectation ne porte pas sur le poste de la convention.',
    meaning: 'Une convention de service répartit le temps des affectations sur son poste.',
    fix: 'Choisissez une affectation du poste de la convention.',
  },
  TIME_ALLOCATION_OUTSIDE_ZONE: {
    category: 'VALIDATION_FAILED',
    message: 'Le service {code} n’est pas dans la zone d’intervention de la convention.',
    meaning: 'Le temps est attribué à des services ou régions de la zone de la convention.',
    fix: 'Choisissez une cible de la zone, ou étendez la zone de la convention.',
  },
  TIME_ALLOCATION_COUNTED_WITH_MAIN: {
    category: 'VALIDATION_FAILED',
    message: 'Le service {code} est compté avec son service principal {principal} : attribuez le temps à celui-ci.',
    meaning: 'Un service compté avec un autre n’a pas de part propre : elle va à son service principal.',
    fix: 'Attribuez la part au service principal.',
  },
  FUNCTION_SHARE_FAR_FROM_GUIDELINE: {
    category: 'VALIDATION_FAILED',
    severity: 'WARNING',
    message:
      'La part consacrée à la fonction ({part}) s’écarte de la référence de la convention (environ {référence}, ± {tolérance}) [circulaire de l’Équipement, annexe 5].',
    meaning:
      'Avertissement : la part de la fonction (formation, documentation, études, réunions) est d’environ 0,2 par défaut [circulaire de l’Équipement, annexe 5].',
    fix: 'Vérifiez la part ; elle est acceptée telle quelle si l’écart est voulu.',
  },
  FUNCTION_SHARE_MISSING: {
    category: 'VALIDATION_FAILED',
    severity: 'WARNING',
    message:
      'Aucune part de temps n’est consacrée à la fonction {période} (environ {référence} du temps : formation, documentation, études, observation sociale, réunions) [circulaire de l’Équipement, annexe 5].',
    meaning: 'Avertissement : un secteur d’ASS consacre une part de temps à la fonction [circulaire de l’Équipement, annexe 5].',
    fix: 'Ajoutez une part FUNCTION pour la période signalée, si elle manque par erreur.',
  },
  CTR_REGION_NOT_SECTOR: {
    category: 'VALIDATION_FAILED',
    message:
      'La région {code} n’est pas un secteur de ce poste de conseiller technique régional : une autre région ne se prend en charge qu’à titre temporaire, sur décision du directeur des ressources humaines (circulaire NOR INTK1307790C, § II.2) ; enregistrez d’abord ce secteur avec la décision.',
    meaning:
      'Le temps d’un CTR ne va à une seconde région que « à titre transitoire et temporaire … sur décision du DRH » [circulaire NOR INTK1307790C, § II.2] : la région doit être un secteur du poste.',
    fix: 'Enregistrez le secteur temporaire du poste (référence et dates de la décision du DRH), puis la répartition.',
  },
  CTR_SECOND_REGION_OUTSIDE_DECISION: {
    category: 'VALIDATION_FAILED',
    message:
      'Part de temps donnée à la région {code} {période} : hors de la décision du DRH qui la confie au poste (circulaire NOR INTK1307790C, § II.2).',
    meaning:
      'La part de temps d’un CTR dans une seconde région n’est admise que pendant la décision du DRH qui la lui confie [circulaire NOR INTK1307790C, § II.2].',
    fix: 'Ramenez les dates de la répartition dans celles de la décision, ou enregistrez la nouvelle décision.',
  },
} as const satisfies ErrorEntries;
