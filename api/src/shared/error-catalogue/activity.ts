import type { ErrorEntries } from './entry';

/** Codes of the correspondents' activity: mission letters, information meetings, field reports, annual reports. */
export const activityErrors = {
  MISSION_LETTER_EXISTS: {
    category: 'VALIDATION_FAILED',
    message: 'Cette nomination a déjà une lettre de mission : révisez-la (chaque version est conservée).',
    meaning: 'Une nomination a une lettre de mission, dont les révisions sont conservées.',
    fix: 'Révisez la lettre existante (`reviseMissionLetter`).',
  },
  MISSION_LETTER_NOT_EDITABLE: {
    category: 'VALIDATION_FAILED',
    message: 'Cette lettre de mission est signée ou en cours de signature : elle ne peut plus être modifiée ; créez une révision.',
    meaning: 'Les signataires signent ce qui est enregistré : une lettre ne change plus après sa première signature.',
    fix: 'Créez une révision (`reviseMissionLetter`) et modifiez-la.',
  },
  MISSION_LETTER_REVISION_OPEN: {
    category: 'VALIDATION_FAILED',
    message: 'Une révision de cette lettre est déjà en cours : poursuivez-la.',
    meaning: 'Une lettre de mission a au plus une révision en cours.',
    fix: 'Modifiez et faites signer la révision en cours.',
  },
  MISSION_LETTER_ALREADY_SIGNED: {
    category: 'VALIDATION_FAILED',
    message: 'La signature {signataire} figure déjà sur cette lettre (le {date}).',
    meaning: 'Chaque signataire (agent, chef de service, responsable de l’action sociale) signe une fois.',
    fix: 'Aucune : la signature est déjà enregistrée ; une autre signature manque peut-être (voir la lettre).',
  },
  MISSION_LETTER_TIME_CREDIT_REQUIRED: {
    category: 'VALIDATION_FAILED',
    message:
      'Le crédit de temps dédié à la mission est obligatoire : un nombre et une unité (heures par semaine, heures par mois ou fraction du temps de travail) [lettre de mission, 2026].',
    meaning: 'La lettre de mission fixe un crédit de temps précis : un nombre et une unité [modèle de lettre de mission, 2026].',
    fix: 'Renseignez `timeCreditAmount` et `timeCreditUnit`.',
  },
  MISSION_LETTER_TIME_CREDIT_RANGE: {
    category: 'VALIDATION_FAILED',
    message: 'Crédit de temps hors bornes : {valeur} ; attendu plus de 0 et au plus {maximum}.',
    meaning:
      'Le crédit de temps est positif et borné par unité (17,5 h par semaine, 75 h par mois, 50 % du temps de travail), pour que la mission reste compatible avec les autres fonctions de l’agent.',
    fix: 'Saisissez une valeur dans les bornes de l’unité choisie.',
  },
  MISSION_LETTER_VAGUE_TIME_CREDIT: {
    category: 'VALIDATION_FAILED',
    message:
      'Le crédit de temps se saisit en nombre et en unité ; une formulation libre (« temps suffisant », « en fonction des nécessités du service ») est exclue [fiche d’emploi du 12 février 2026].',
    meaning:
      'Une formulation libre du crédit de temps n’est admise que sur une archive historique du régime 2007 [fiche d’emploi du 12 février 2026].',
    fix: 'Videz `historicalTimeCredit` et saisissez un nombre et une unité.',
  },
  MISSION_LETTER_HISTORICAL_NOT_ALLOWED: {
    category: 'VALIDATION_FAILED',
    message:
      'Seules les lettres de mission du régime 2007 peuvent être enregistrées comme archives historiques à crédit de temps imprécis.',
    meaning: 'Le marqueur « archive historique » (crédit de temps imprécis) est réservé aux nominations du régime 2007.',
    fix: 'Décochez `historical` et saisissez un crédit de temps précis.',
  },
  MISSION_LETTER_INTERVIEW_MENTION: {
    category: 'VALIDATION_FAILED',
    message: 'La mission est mentionnée dans l’entretien professionnel annuel [circulaire du 12 février 2026, §2.7].',
    meaning: 'La lettre prévoit la mention de la mission dans l’entretien professionnel annuel [circulaire du 12 février 2026, §2.7].',
    fix: 'Cochez `annualInterviewMention`.',
  },
  INFORMATION_MEETING_NOT_CORRESPONDENT: {
    category: 'VALIDATION_FAILED',
    message: 'Cet agent n’est pas correspondant de l’action sociale à la date de la réunion ({date}).',
    meaning: 'Les réunions d’information sont destinées aux correspondants nommés à leur date [circulaire du 12 février 2026, §2.5].',
    fix: 'Vérifiez l’agent, la date de la réunion ou la nomination du correspondant.',
  },
  FIELD_REPORT_OUTSIDE_APPOINTMENT: {
    category: 'VALIDATION_FAILED',
    message: 'La remontée est datée du {date}, hors de la période de nomination du correspondant ({période}).',
    meaning: 'Une remontée de terrain est faite par un correspondant pendant sa nomination.',
    fix: 'Corrigez la date, ou rattachez la remontée à la nomination en cours à cette date.',
  },
  FIELD_REPORT_PERSONAL_DATA: {
    category: 'VALIDATION_FAILED',
    message: 'Le texte semble contenir des données personnelles ({trouvées}) : les remontées de terrain n’en contiennent aucune.',
    meaning:
      'Une remontée de terrain rapporte des besoins et des attentes, jamais de données personnelles (nom, adresse électronique, téléphone, numéro de sécurité sociale, matricule, date de naissance) [DOMAIN.md §7].',
    fix: 'Reformulez le texte sans les éléments signalés.',
  },
  ANNUAL_REPORT_NOT_EDITABLE: {
    category: 'VALIDATION_FAILED',
    message: 'Ce rapport a été présenté à la commission : il ne peut plus être modifié.',
    meaning: 'Un rapport annuel présenté à la commission ne se modifie ni ne se supprime.',
    fix: 'Aucune : le rapport est figé tel que la commission l’a vu.',
  },
  ANNUAL_REPORT_YEAR: {
    category: 'VALIDATION_FAILED',
    message: 'Année invalide : {année}.',
    meaning: 'L’année d’un rapport annuel est une année passée ou en cours.',
    fix: 'Saisissez l’année sur quatre chiffres.',
  },
} as const satisfies ErrorEntries;
