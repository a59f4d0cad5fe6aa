import type { ErrorEntries } from './entry';

/** Dated versions of a record's attributes (issue 17, shared/versions/): the effective date of an edit. */
export const versionErrors = {
  EFFECTIVE_DATE_WITHOUT_CHANGE: {
    category: 'VALIDATION_FAILED',
    message: 'La date d’effet ne s’applique qu’aux champs datés ({champs}) : modifiez-en au moins un, ou videz la date d’effet.',
    meaning: 'La date d’effet date la modification des champs suivis dans le temps ; sans l’un d’eux elle serait ignorée.',
    fix: 'Modifiez sur la même ligne au moins un champ daté (par exemple le nom ou le service parent), ou videz la date d’effet.',
  },
  EFFECTIVE_DATE_BEFORE_START: {
    category: 'VALIDATION_FAILED',
    message: 'La date d’effet ({date}) précède la date de début ({début}) : choisissez une date à partir du {début}.',
    meaning: 'Avant sa date de début l’enregistrement n’existait pas : une version n’y aurait aucun sens.',
    fix: 'Donnez une date d’effet à partir de la date de début ; à la date de début, la modification vaut depuis l’origine.',
  },
  EFFECTIVE_DATE_AFTER_END: {
    category: 'VALIDATION_FAILED',
    message: 'La date d’effet ({date}) suit la date de fin ({fin}) : choisissez une date au plus tard le {fin}.',
    meaning: 'Après sa date de fin l’enregistrement n’existe plus : une version n’y aurait aucun sens.',
    fix: 'Donnez une date d’effet au plus tard à la date de fin, ou prolongez d’abord l’enregistrement.',
  },
  EFFECTIVE_UNTIL_WITHOUT_DATE: {
    category: 'VALIDATION_FAILED',
    message: '« Jusqu’au » borne une correction qui commence à une date d’effet : indiquez aussi la date d’effet.',
    meaning: 'La correction d’une période passée va de la date d’effet à la date « jusqu’au », toutes deux incluses.',
    fix: 'Indiquez la date d’effet (le début de la période corrigée), ou videz « Jusqu’au ».',
  },
  EFFECTIVE_UNTIL_BEFORE_DATE: {
    category: 'VALIDATION_FAILED',
    message: '« Jusqu’au » ({fin}) précède la date d’effet ({date}) : la période corrigée serait vide.',
    meaning: 'Une version couvre au moins un jour : sa fin ne peut pas précéder son début (pas de chevauchement ni de trou).',
    fix: 'Donnez une date « jusqu’au » égale ou postérieure à la date d’effet.',
  },
} as const satisfies ErrorEntries;
