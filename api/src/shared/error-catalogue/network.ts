import type { ErrorEntries } from './entry';

/** Codes of the social service network: posts, sectors, assignments, replacements [004]. */
export const networkErrors = {
  NETWORK_REPORT_AUTHOR: {
    category: 'VALIDATION_FAILED',
    message: 'Ce rapport est établi par un poste {nature attendue}, non {nature du poste} [circulaire NOR INTK1307790C, § II.{1|2|3}].',
    meaning:
      'Chaque assistant de service social présente un rapport d’activité annuel, chaque conseiller technique régional un bilan trimestriel, le conseiller technique national les statistiques annuelles [circulaire NOR INTK1307790C, § II.1–3].',
    fix: 'Choisissez le poste de l’auteur, de la nature du rapport.',
  },
  NETWORK_REPORT_QUARTER: {
    category: 'VALIDATION_FAILED',
    message:
      'Le bilan du conseiller technique régional est trimestriel : indiquez le trimestre (1 à 4) [circulaire NOR INTK1307790C, § II.2].',
    meaning:
      'Le bilan du CTR porte sur un trimestre ; le rapport de l’ASS et les statistiques du CTN sur une année [circulaire NOR INTK1307790C, § II.1–3].',
    fix: 'Indiquez le trimestre (1 à 4) d’un bilan de CTR, aucun pour un rapport annuel.',
  },
  NETWORK_REPORT_PRESENTATION: {
    category: 'VALIDATION_FAILED',
    message:
      'Seul le rapport d’activité de l’assistant de service social est présenté au CHSCT départemental (F3SCT) [circulaire NOR INTK1307790C, § II.3].',
    meaning:
      'Une fois par an, la présentation du rapport d’activité de l’ASS est inscrite à l’ordre du jour d’une séance du CHSCT départemental, aujourd’hui la formation spécialisée (F3SCT) [circulaire NOR INTK1307790C, § II.3].',
    fix: 'Videz la date de présentation de ce rapport.',
  },
  NETWORK_REPORT_YEAR: {
    category: 'VALIDATION_FAILED',
    message: 'Année invalide : {année} (depuis 2013, année de la circulaire).',
    meaning: 'Les rapports du réseau sont ceux de la circulaire NOR INTK1307790C (2013).',
    fix: 'Saisissez l’année sur quatre chiffres.',
  },
  POST_QUALIFICATION: {
    category: 'VALIDATION_FAILED',
    message:
      'Un poste de {nature} requiert, le {date}, un agent de catégorie {catégorie} {corps requis} ({base légale}) : {agent} est de catégorie {sa catégorie}, corps « {corps} ».',
    meaning:
      'Un poste d’ASS est tenu par un assistant de service social (catégorie B selon la circulaire NOR INTK1307790C, § II ; catégorie A depuis le 1er février 2019, décret n° 2017-1050), un poste de CTR, CT central ou CTN par un conseiller de catégorie A ; l’exigence est datée et se règle dans Administration › Qualifications requises des postes. La nature du poste, la catégorie et le corps de l’agent sont ceux du premier jour de l’affectation (leurs versions en vigueur ce jour-là).',
    fix: 'Affectez un agent du corps et de la catégorie requis, ou corrigez la fiche de l’agent.',
  },
  POST_BUDGET_PROGRAMME: {
    category: 'VALIDATION_FAILED',
    message: 'Les emplois de {nature} sont portés par le programme {attendu} (circulaire NOR INTK1307790C, § III.1), non {reçu}.',
    meaning:
      'Les postes de CTR relèvent du programme 216, ceux d’ASS du programme 307 [circulaire NOR INTK1307790C, § III.1] ; aucun autre programme n’existe ici.',
    fix: 'Saisissez 216 ou 307 selon la nature du poste.',
  },
  POST_HIERARCHY: {
    category: 'VALIDATION_FAILED',
    message:
      'Le supérieur technique d’un poste de {nature} est un poste de {attendu} : le {date}, ce poste est un poste de {nature} et le supérieur choisi un poste de {reçu}.',
    meaning:
      'La hiérarchie technique va de l’ASS au CTR ou au CT central, puis au CTN, qui n’a pas de supérieur ; un poste n’est pas son propre supérieur [circulaire NOR INTK1307790C, § II]. Les deux natures sont celles de la date d’effet de la modification (aujourd’hui sans date d’effet ; le premier jour d’un poste créé).',
    fix: 'Choisissez un supérieur technique de la nature attendue.',
  },
  POST_OVER_CAPACITY: {
    category: 'VALIDATION_FAILED',
    message: 'Le poste serait occupé à {total} ETP {période} (avec {titulaires}), au-delà de son quota de {quota} ETP.',
    meaning: 'Les affectations d’un poste peuvent se chevaucher (deux temps partiels), jamais au-delà de son quota budgétaire d’ETP.',
    fix: 'Réduisez la quotité, décalez les dates, ou fermez l’autre affectation.',
  },
  POST_HAS_ASSIGNMENTS: {
    category: 'VALIDATION_FAILED',
    message: 'Ce poste a été occupé : il ne peut pas être supprimé ; fermez-le avec une date de fin.',
    meaning: 'L’historique des titulaires est conservé : un poste occupé ne se supprime pas.',
    fix: 'Fermez le poste avec une date de fin.',
  },
  ASSIGNMENT_HAS_REPLACEMENTS: {
    category: 'VALIDATION_FAILED',
    message: 'Cette affectation assure des remplacements : supprimez-les d’abord.',
    meaning: 'Une affectation qui assure des remplacements ne se supprime pas.',
    fix: 'Supprimez ou réattribuez ses remplacements d’abord, ou fermez l’affectation.',
  },
  SECTOR_KIND: {
    category: 'VALIDATION_FAILED',
    message:
      'Le secteur d’un conseiller technique régional est une région : le {date}, premier jour du secteur, ce poste est un poste de {nature}.',
    meaning:
      'Le secteur suit la nature du poste au premier jour du secteur : une région pour un CTR, un département (ou une partie) pour un ASS ou le CT central ; le CTN n’a pas de secteur.',
    fix: 'Renseignez le seul champ attendu (`regionId` ou `departmentId`).',
  },
  SECTOR_TEMPORARY: {
    category: 'VALIDATION_FAILED',
    message:
      'Seul un conseiller technique régional prend temporairement en charge une autre région : le {date}, premier jour du secteur, ce poste est un poste de {nature}.',
    meaning:
      'La prise en charge temporaire d’une seconde région est propre aux CTR [circulaire NOR INTK1307790C, § II.2], la nature du poste étant celle du premier jour du secteur.',
    fix: 'Décochez `temporary`.',
  },
  SECTOR_DECISION_REQUIRED: {
    category: 'VALIDATION_FAILED',
    message:
      'La prise en charge temporaire d’une autre région se fait sur décision datée du directeur des ressources humaines (circulaire NOR INTK1307790C, § II.2) : indiquez sa référence et sa date.',
    meaning: 'Un secteur temporaire repose sur une décision datée du DRH [circulaire NOR INTK1307790C, § II.2].',
    fix: 'Renseignez `decisionReference` et `decisionDate`.',
  },
  REPLACEMENT_SAME_POST: {
    category: 'VALIDATION_FAILED',
    message: 'Un poste ne se remplace pas par sa propre affectation.',
    meaning: 'Le remplaçant occupe un autre poste que le poste remplacé.',
    fix: 'Choisissez l’affectation d’un agent sur un autre poste.',
  },
  REPLACEMENT_KIND: {
    category: 'VALIDATION_FAILED',
    message:
      'Un poste est remplacé par un agent occupant un poste de même nature : le {date}, premier jour du remplacement, le poste remplacé est un poste de {nature} et celui du remplaçant un poste de {proposé}.',
    meaning:
      'Un ASS est remplacé par un ASS, un CTR par un CTR [circulaire NOR INTK1307790C, § III.1] : les natures des deux postes au premier jour du remplacement.',
    fix: 'Choisissez un remplaçant qui occupe un poste de même nature.',
  },
  REPLACEMENT_OUTSIDE_ASSIGNMENT: {
    category: 'VALIDATION_FAILED',
    message: 'Le remplacement doit s’inscrire dans la période d’affectation du remplaçant ({période}).',
    meaning: 'Le remplaçant est affecté sur son poste pendant tout le remplacement.',
    fix: 'Ajustez les dates du remplacement à la période d’affectation du remplaçant.',
  },
  POST_QUALIFICATION_NONE: {
    category: 'VALIDATION_FAILED',
    message:
      'Aucune exigence de catégorie n’est configurée pour un poste de {nature} le {date} : complétez les qualifications requises des postes.',
    meaning:
      'La catégorie requise d’un poste est datée (Administration › Qualifications requises des postes) : aucune n’est en vigueur à cette date.',
    fix: 'Ajoutez l’exigence en vigueur à cette date, ou corrigez la date.',
  },
  POST_QUALIFICATION_OVERLAP: {
    category: 'VALIDATION_FAILED',
    message:
      'Une exigence de catégorie {catégorie} est déjà en vigueur pour ce type de poste sur cette période (depuis le {date}) : une seule s’applique à une date.',
    meaning: 'Les exigences de catégorie d’un type de poste se succèdent sans se chevaucher.',
    fix: 'Fermez l’exigence en vigueur la veille de la nouvelle, ou corrigez les dates.',
  },
  SECTOR_TEMPORARY_END: {
    category: 'VALIDATION_FAILED',
    message:
      'La prise en charge d’une autre région est « transitoire et temporaire » (circulaire NOR INTK1307790C, § II.2) : indiquez la date de fin de la décision du DRH.',
    meaning:
      'Un secteur temporaire (seconde région d’un CTR) suit une décision du DRH limitée dans le temps [circulaire NOR INTK1307790C, § II.2].',
    fix: 'Renseignez la date de fin de la décision.',
  },
} as const satisfies ErrorEntries;
