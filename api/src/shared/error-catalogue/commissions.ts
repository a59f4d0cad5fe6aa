import type { ErrorEntries } from './entry';

/** Codes of the commissions (CNAS, SRIAS, CLAS), their sessions, attendances and opinions. */
export const commissionErrors = {
  COMMISSION_PERIMETER: {
    category: 'VALIDATION_FAILED',
    message: 'Une CLAS est départementale (indiquez le département) ou de l’administration centrale (indiquez le périmètre), pas les deux.',
    meaning:
      'Le périmètre d’une commission suit sa nature : la CNAS est nationale, une SRIAS régionale, une CLAS départementale ou de l’administration centrale.',
    fix: 'Renseignez seulement le champ de périmètre de sa nature (`departmentId`, `regionId` ou `authority`) et videz les autres.',
  },
  COMMISSION_HAS_SESSIONS: {
    category: 'VALIDATION_FAILED',
    message: 'Cette commission a tenu des séances : fermez-la avec une date de fin.',
    meaning: 'Une commission qui a siégé ne se supprime pas : ses séances et avis sont conservés.',
    fix: 'Fermez la commission avec une date de fin.',
  },
  COMMISSION_NOT_COMPETENT: {
    category: 'VALIDATION_FAILED',
    message:
      'La commission « {nom} » n’est pas la commission locale d’action sociale compétente pour ce périmètre [arrêté du 12 février 2026, art. 3 et 4].',
    meaning:
      'Une carte d’implantation, une candidature ou un rapport annuel est soumis à la CLAS de son périmètre : celle de son département, ou la CLAS centrale de son autorité [arrêté du 12 février 2026, art. 3 et 4].',
    fix: 'Choisissez une séance de la CLAS compétente.',
  },
  SESSION_HAS_OPINIONS: {
    category: 'VALIDATION_FAILED',
    message: 'Des avis ont été rendus lors de cette séance : elle ne peut pas être supprimée.',
    meaning: 'Une séance où des avis ont été rendus ne se supprime pas : ils restent datés de cette séance.',
    fix: 'Conservez la séance ; corrigez-la si ses informations sont fausses.',
  },
  SESSION_HAS_MAPS: {
    category: 'VALIDATION_FAILED',
    message: 'Des cartes d’implantation ont été soumises à cette séance : elle ne peut pas être supprimée.',
    meaning: 'Une séance à laquelle des cartes ont été soumises ne se supprime pas.',
    fix: 'Conservez la séance ; corrigez-la si ses informations sont fausses.',
  },
  SESSION_ATTENDANCE_NOT_CORRESPONDENT: {
    category: 'VALIDATION_FAILED',
    message:
      'Seuls les correspondants de l’action sociale nommés à la date de la séance ({date}) y assistent à ce titre [circulaire du 12 février 2026, §2.4].',
    meaning:
      'Un agent assiste à une séance en qualité de correspondant seulement s’il est nommé à la date de la séance [circulaire du 12 février 2026, §2.4].',
    fix: 'Vérifiez l’agent et la date de la séance, ou la nomination du correspondant.',
  },
  SESSION_ATTENDANCE_EXPERT_REQUEST: {
    category: 'VALIDATION_FAILED',
    message:
      'Un correspondant assiste en qualité d’expert à la demande d’un membre de la commission : indiquez ce membre [circulaire du 12 février 2026, §2.4].',
    meaning:
      'La présence d’un correspondant en qualité d’expert est demandée par un membre de la commission [circulaire du 12 février 2026, §2.4].',
    fix: 'Indiquez le membre à l’origine de la demande (`requestedById`).',
  },
  SESSION_ATTENDANCE_REQUESTER_NOT_MEMBER: {
    category: 'VALIDATION_FAILED',
    message: 'Le membre à l’origine de la demande doit siéger à cette commission à la date de la séance ({date}).',
    meaning: 'Le demandeur d’une présence d’expert est membre de la commission à la date de la séance.',
    fix: 'Choisissez un membre de cette commission en fonction à la date de la séance.',
  },
  OPINION_SUBJECT: {
    category: 'VALIDATION_FAILED',
    message:
      'Un avis porte sur un seul objet : une carte d’implantation, une candidature, un rapport annuel, la synthèse nationale ou une consultation.',
    meaning:
      '`recordOpinion` reçoit un et un seul des identifiants `implantationMapId`, `candidacyId`, `annualReportId`, `nationalSynthesisReportId`, `consultationId`.',
    fix: 'Passez exactement un de ces identifiants.',
  },
  EX_OFFICIO_NOT_DEPARTMENTAL_CLAS: {
    category: 'VALIDATION_FAILED',
    message:
      'Les assistants de service social siègent de droit à la commission locale d’action sociale de leur département ; « {nom} » n’en est pas une [circulaire NOR INTK1307790C, § II.3].',
    meaning:
      'Les assistants de service social sont membres de droit des commissions locales d’action sociale : celle du département où leur poste a sa résidence administrative [circulaire NOR INTK1307790C, § II.3].',
    fix: 'Choisissez la CLAS d’un département.',
  },
  NATIONAL_SYNTHESIS_NOT_CNAS: {
    category: 'VALIDATION_FAILED',
    message:
      'La synthèse nationale est présentée à la commission nationale d’action sociale (CNAS), non à une {nature} [circulaire du 12 février 2026, §2.7].',
    meaning:
      'La synthèse nationale des rapports annuels, préparée par la sous-direction de l’action sociale, est présentée à la CNAS, qui rend son avis et peut faire des propositions [circulaire du 12 février 2026, §2.7].',
    fix: 'Choisissez une séance de la CNAS.',
  },
  NATIONAL_SYNTHESIS_NOT_EDITABLE: {
    category: 'VALIDATION_FAILED',
    message: 'Cette synthèse a été présentée à la CNAS : elle ne peut plus être {modifiée|supprimée}.',
    meaning: 'Une synthèse nationale présentée à la CNAS est figée telle que la commission l’a vue.',
    fix: 'Aucune : l’avis et les propositions de la CNAS portent sur cette version.',
  },
  NATIONAL_SYNTHESIS_YEAR: {
    category: 'VALIDATION_FAILED',
    message: 'Année invalide : {année} (une année écoulée ou en cours, depuis 2008).',
    meaning: 'La synthèse nationale porte sur une année des rapports annuels : écoulée ou en cours, depuis 2008.',
    fix: 'Saisissez l’année sur quatre chiffres.',
  },
  CONSULTATION_NOT_CLAS: {
    category: 'VALIDATION_FAILED',
    message:
      'Les conditions d’exercice des missions des correspondants sont soumises à une commission locale d’action sociale (CLAS), non à une {nature} [circulaire du 12 février 2026, §1].',
    meaning:
      'Les CLAS sont informées et consultées sur l’implantation des correspondants, leur nomination et les conditions d’exercice de leurs missions [circulaire du 12 février 2026, §1].',
    fix: 'Choisissez la CLAS du département, ou la CLAS centrale du périmètre.',
  },
  CONSULTATION_WRONG_COMMISSION: {
    category: 'VALIDATION_FAILED',
    message: 'L’avis est rendu lors d’une séance de la commission consultée : choisissez une de ses séances.',
    meaning: 'L’avis sur une consultation est celui de la commission consultée, rendu lors d’une de ses séances.',
    fix: 'Choisissez une séance de la commission de la consultation.',
  },
  CONSULTATION_ANSWERED: {
    category: 'VALIDATION_FAILED',
    message: 'La commission a rendu son avis sur cette consultation : elle ne peut plus être {modifiée|supprimée}.',
    meaning: 'Une consultation sur laquelle la commission a rendu son avis est figée telle qu’elle lui a été soumise.',
    fix: 'Aucune : ouvrez une nouvelle consultation si la question a changé.',
  },
  OPINION_WRONG_SESSION: {
    category: 'VALIDATION_FAILED',
    message: 'L’avis est rendu lors de la séance à laquelle la carte a été soumise.',
    meaning: 'L’avis sur une carte d’implantation est rendu par la séance à laquelle elle a été soumise.',
    fix: 'Choisissez la séance de la soumission (`submittedToSession` de la carte).',
  },
  OPINION_REASONS_REQUIRED: {
    category: 'VALIDATION_FAILED',
    message: 'Un avis {nature} est motivé : indiquez ses motifs.',
    meaning: 'Un avis défavorable ou réservé est motivé.',
    fix: 'Renseignez `reasons`.',
  },
  DECISION_REASON_REQUIRED: {
    category: 'VALIDATION_FAILED',
    message: 'La décision s’écarte de l’avis {nature} de la commission : indiquez-en le motif.',
    meaning:
      'L’avis de la commission est consultatif ; une décision qui s’en écarte est motivée [arrêté du 12 février 2026, art. 3 et 4 ; circulaire, §2.2].',
    fix: 'Renseignez le motif de la décision (champ nommé par `extensions.field`).',
  },
} as const satisfies ErrorEntries;
