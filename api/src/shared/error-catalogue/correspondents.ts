import type { ErrorEntries } from './entry';

/** `<MACHINE>_ILLEGAL_TRANSITION`, one per state machine (shared/workflow): `record` with its article, `of` its « de » form. */
const transition = (record: string, of: string, actions: string) =>
  ({
    category: 'VALIDATION_FAILED',
    message: `Impossible de {action} : ${record} est au statut « {statut} » ; le passage au statut « {cible} » n’est possible que depuis « {statuts permis} ».`,
    meaning: `Le statut ${of} ne change que par les étapes de sa procédure (${actions}) ; celle demandée n’est pas permise depuis son statut actuel.`,
    fix: '`allowedTransitions` liste les étapes possibles depuis le statut actuel : faites d’abord l’étape qui manque.',
  }) as const;

/** Codes of the correspondents' lifecycle: implantation maps, calls, candidacies, appointments, eligibility, regimes. */
export const correspondentErrors = {
  IMPLANTATION_MAP_ILLEGAL_TRANSITION: transition(
    'la carte d’implantation',
    'de la carte d’implantation',
    'soumettre, rendre l’avis, adopter, réviser',
  ),
  CANDIDACY_ILLEGAL_TRANSITION: transition(
    'la candidature',
    'de la candidature',
    'avis de la commission, avis du chef de service, nommer, ne pas retenir, retirer',
  ),
  APPOINTMENT_ILLEGAL_TRANSITION: transition('la nomination', 'de la nomination', 'prise d’effet à la lettre de mission signée, fin'),
  NATIONAL_SYNTHESIS_ILLEGAL_TRANSITION: transition('la synthèse nationale', 'de la synthèse nationale', 'présentation à la CNAS'),
  CONSULTATION_ILLEGAL_TRANSITION: transition('la consultation', 'de la consultation', 'avis de la commission'),
  MISSION_LETTER_ILLEGAL_TRANSITION: transition('la lettre de mission', 'de la lettre de mission', 'signatures, révision'),
  ANNUAL_REPORT_ILLEGAL_TRANSITION: transition('le rapport annuel', 'du rapport annuel', 'présentation à la commission'),
  IMPLANTATION_MAP_PERIMETER: {
    category: 'VALIDATION_FAILED',
    message: 'La carte d’un préfet porte sur un département : indiquez-le [arrêté du 12 février 2026, art. 3].',
    meaning:
      'La carte d’implantation d’un préfet couvre un département ; celle d’une autorité centrale, les services centraux qu’elle désigne [arrêté du 12 février 2026, art. 3].',
    fix: 'Indiquez le département pour une carte préfectorale, aucun pour une carte centrale.',
  },
  IMPLANTATION_MAP_PERIMETER_TAKEN: {
    category: 'VALIDATION_FAILED',
    message: 'Ce périmètre a déjà une carte d’implantation : révisez-la au lieu d’en créer une autre.',
    meaning: 'Un périmètre a une seule carte d’implantation, dont les révisions sont conservées.',
    fix: 'Révisez la carte existante (`reviseImplantationMap`).',
  },
  IMPLANTATION_MAP_NOT_EDITABLE: {
    category: 'VALIDATION_FAILED',
    message: 'Cette révision de la carte d’implantation n’est plus un brouillon : elle ne peut plus être modifiée ; créez une révision.',
    meaning: 'Ce que la commission a examiné est ce qui est adopté : une carte soumise ou adoptée ne change plus.',
    fix: 'Créez une révision de la carte (`reviseImplantationMap`) et modifiez-la.',
  },
  IMPLANTATION_MAP_REVISION_OPEN: {
    category: 'VALIDATION_FAILED',
    message: 'Une révision de cette carte est déjà en cours : poursuivez-la.',
    meaning: 'Une carte a au plus une révision en cours.',
    fix: 'Modifiez la révision en cours (son brouillon) au lieu d’en ouvrir une autre.',
  },
  IMPLANTATION_MAP_EMPTY: {
    category: 'VALIDATION_FAILED',
    message: 'La carte ne comporte aucun service : ajoutez les services qui nécessitent un correspondant avant de la soumettre.',
    meaning: 'Une carte sans service ne peut pas être soumise à la commission.',
    fix: 'Ajoutez ses entrées (services et nombre de correspondants), puis soumettez-la.',
  },
  IMPLANTATION_MAP_ENTRY_REQUIRED_COUNT: {
    category: 'VALIDATION_FAILED',
    message: 'Un service de la carte nécessite au moins un correspondant (nombre saisi : {nombre}) [circulaire du 12 février 2026, §2.1].',
    meaning: 'Chaque service de la carte a au moins un correspondant [circulaire du 12 février 2026, §2.1].',
    fix: 'Saisissez un nombre entier de correspondants, 1 au moins ; retirez le service de la carte s’il n’en a pas besoin.',
  },
  IMPLANTATION_MAP_SERVICE_OUTSIDE_PERIMETER: {
    category: 'VALIDATION_FAILED',
    message: 'Le service « {nom} » ne relève pas du périmètre de cette carte [arrêté du 12 février 2026, art. 3].',
    meaning:
      'Une carte ne liste que les services de son périmètre : ceux du département pour un préfet, ses services centraux pour une autorité centrale.',
    fix: 'Choisissez un service du périmètre de la carte.',
  },
  CANDIDATE_CALL_MAP_NOT_ADOPTED: {
    category: 'VALIDATION_FAILED',
    message:
      'Un appel à candidatures s’appuie sur la carte d’implantation adoptée : cette révision n’est pas (ou plus) en vigueur [circulaire du 12 février 2026, §2.2].',
    meaning: 'Un appel à candidatures porte sur la carte adoptée en vigueur [circulaire du 12 février 2026, §2.2].',
    fix: 'Choisissez la révision adoptée de la carte, ou faites-la adopter d’abord.',
  },
  CANDIDATE_CALL_SERVICE_NOT_ON_MAP: {
    category: 'VALIDATION_FAILED',
    message: '{nombre} services concernés ne figurent pas sur la carte d’implantation de l’appel.',
    meaning: 'Les services d’un appel à candidatures sont des services de sa carte.',
    fix: 'Retirez de l’appel les services absents de la carte, ou révisez la carte.',
  },
  CANDIDACY_OUTSIDE_CALL: {
    category: 'VALIDATION_FAILED',
    message: 'La candidature est déposée le {date}, hors de la période de l’appel (du {ouverture} au {clôture}).',
    meaning: 'Une candidature est déposée pendant la période de l’appel, bornes incluses.',
    fix: 'Corrigez la date de dépôt, ou rattachez la candidature à l’appel ouvert à cette date.',
  },
  CANDIDACY_SERVICE_NOT_IN_CALL: {
    category: 'VALIDATION_FAILED',
    message: 'Ce service n’est pas concerné par l’appel à candidatures.',
    meaning: 'Le service visé par une candidature est un des services de l’appel.',
    fix: 'Choisissez un service de l’appel.',
  },
  CANDIDACY_DUPLICATE: {
    category: 'VALIDATION_FAILED',
    message: 'Cet agent a déjà une candidature en cours pour cet appel.',
    meaning: 'Un agent a au plus une candidature en cours par appel.',
    fix: 'Modifiez la candidature existante, ou retirez-la avant d’en déposer une autre.',
  },
  CANDIDACY_NOT_EDITABLE: {
    category: 'VALIDATION_FAILED',
    message: 'Cette candidature a déjà reçu un avis : elle ne peut plus être modifiée.',
    meaning: 'Une candidature qui a reçu un avis reste telle que la commission l’a vue ; elle ne se supprime pas non plus.',
    fix: 'Retirez la candidature (`withdrawCandidacy`) ; une nouvelle candidature peut ensuite être déposée.',
  },
  APPOINTMENT_JOINT_INTERVIEW: {
    category: 'VALIDATION_FAILED',
    message:
      'Régime {régime} : l’entretien préalable est conjoint, avec le chef de service et le responsable du service d’action sociale [circulaire du 12 février 2026, §2.5].',
    meaning: 'Sous le régime 2026, la nomination suit un entretien conjoint [circulaire du 12 février 2026, §2.5].',
    fix: 'Indiquez que l’entretien conjoint a eu lieu (`jointInterview`), après l’avoir tenu.',
  },
  APPOINTMENT_SERVICE_NOT_ON_MAP: {
    category: 'VALIDATION_FAILED',
    message: '{nombre} services couverts ne figurent pas sur la carte d’implantation en vigueur.',
    meaning: 'Les services couverts par un correspondant sont des services de la carte d’implantation en vigueur.',
    fix: 'Retirez les services absents de la carte, ou révisez la carte.',
  },
  APPOINTMENT_SITE_OUTSIDE_SERVICES: {
    category: 'VALIDATION_FAILED',
    message: '{nombre} sites n’appartiennent pas aux services couverts.',
    meaning: 'Les sites d’intervention d’un correspondant sont des sites des services qu’il couvre.',
    fix: 'Retirez ces sites, ou ajoutez leur service aux services couverts.',
  },
  APPOINTMENT_ENDED: {
    category: 'VALIDATION_FAILED',
    message: 'Cette nomination a pris fin.',
    meaning: 'Une nomination terminée ne reçoit plus de lettre de mission ni de signature.',
    fix: 'Nommez de nouveau le correspondant si la mission reprend.',
  },
  REGIME_NONE: {
    category: 'VALIDATION_FAILED',
    message: 'Aucun régime des correspondants de l’action sociale n’est en vigueur le {date} : configurez les régimes.',
    meaning: 'Les conditions d’éligibilité suivent le régime en vigueur à la date vérifiée (2007 ou 2026) ; aucun ne couvre cette date.',
    fix: 'Un administrateur national complète les régimes (menu « Régimes ») pour couvrir cette date.',
  },
  REGIME_OVERLAP: {
    category: 'VALIDATION_FAILED',
    message: 'Le régime « {code} » est déjà en vigueur sur cette période (depuis le {date}) : un seul régime s’applique à une date.',
    meaning: 'Les périodes de validité des régimes ne se chevauchent pas.',
    fix: 'Fermez le régime en vigueur la veille du début du nouveau.',
  },
  ELIGIBILITY_NOT_INTERIOR_AGENT: {
    category: 'VALIDATION_FAILED',
    message:
      'Condition « agent du ministère de l’Intérieur » non remplie : {agent} est employé(e) par un autre ministère [arrêté du 12 février 2026, art. 2].',
    meaning: 'Seul un agent du ministère de l’Intérieur peut être correspondant [arrêté du 12 février 2026, art. 2].',
    fix: 'Vérifiez l’administration employeuse de l’agent ; sinon la candidature ne peut pas être retenue.',
  },
  ELIGIBILITY_NOT_IN_POST: {
    category: 'VALIDATION_FAILED',
    message:
      'Condition « agent en poste » non remplie {au dépôt | à la date de l’arrêté} : {agent} n’a pas d’affectation à cette date [arrêté du 12 février 2026, art. 2].',
    meaning:
      'Le candidat est en poste à la date vérifiée : au dépôt, puis à la date de l’arrêté de nomination [arrêté du 12 février 2026, art. 2].',
    fix: 'Vérifiez les dates d’affectation de l’agent et la date de dépôt ou de l’arrêté.',
  },
  ELIGIBILITY_NO_ADOPTED_MAP: {
    category: 'VALIDATION_FAILED',
    message:
      'Condition « service de la carte d’implantation adoptée » non remplie {à la date} : aucune carte n’est en vigueur pour ce périmètre [arrêté du 12 février 2026, art. 2 et 3].',
    meaning: 'Un correspondant est nommé dans un service de la carte adoptée de son périmètre ; aucune n’est en vigueur à cette date.',
    fix: 'Faites adopter la carte d’implantation du périmètre d’abord.',
  },
  ELIGIBILITY_SERVICE_NOT_ON_MAP: {
    category: 'VALIDATION_FAILED',
    message:
      'Condition « en poste dans un service de la carte d’implantation adoptée » non remplie {à la date} : le service d’affectation « {service} » n’est pas sur la carte [arrêté du 12 février 2026, art. 2].',
    meaning: 'Le service d’affectation de l’agent à la date vérifiée figure sur la carte adoptée [arrêté du 12 février 2026, art. 2].',
    fix: 'Vérifiez le service d’affectation de l’agent à cette date, ou révisez la carte.',
  },
  ELIGIBILITY_TITULAR_ONLY: {
    category: 'VALIDATION_FAILED',
    message:
      'Régime {régime} : seuls les fonctionnaires titulaires peuvent être correspondants de l’action sociale ; {agent} est {statut} {à la date} [circulaire du 31 décembre 2007, §2.3].',
    meaning:
      'Sous le régime 2007, seuls les fonctionnaires titulaires sont éligibles [circulaire du 31 décembre 2007, §2.3] ; le régime 2026 ouvre aux non-titulaires.',
    fix: 'Vérifiez le statut de l’agent et la date (le régime applicable dépend de la date de dépôt ou de l’arrêté).',
  },
  ELIGIBILITY_CLAS_MEMBER: {
    category: 'VALIDATION_FAILED',
    message:
      'Régime {régime} : un membre titulaire ou suppléant de la commission locale d’action sociale ne peut pas être correspondant ; {agent} est {membre} de « {commission} » {à la date} [circulaire du 12 février 2026, §2.3].',
    meaning:
      'Sous le régime 2026, un membre titulaire ou suppléant de la CLAS ne peut pas être correspondant [circulaire du 12 février 2026, §2.3].',
    fix: 'Le mandat de l’agent à la CLAS doit avoir pris fin à la date vérifiée.',
  },
  ELIGIBILITY_MOBILITY_PLAN: {
    category: 'VALIDATION_FAILED',
    severity: 'WARNING',
    message:
      '{agent} avait déclaré au dépôt de sa candidature un projet de mobilité à court terme (prévu le {date}), critère de sélection du régime {régime} [fiche d’emploi du 12 février 2026] : la nomination devra en justifier.',
    meaning:
      'Avertissement du régime 2026 : un projet de mobilité à court terme déclaré au dépôt pèse contre la candidature [fiche d’emploi du 12 février 2026].',
    fix: 'Aucune correction nécessaire au dépôt ; à la nomination, indiquez le motif (`mobilityAcknowledgedReason`).',
  },
  ELIGIBILITY_MOBILITY_PLAN_NOT_ACKNOWLEDGED: {
    category: 'VALIDATION_FAILED',
    message:
      '{agent} avait déclaré au dépôt de sa candidature un projet de mobilité à court terme (…) : indiquez le motif de la nomination malgré ce projet.',
    meaning:
      'Nommer un candidat qui avait déclaré un projet de mobilité à court terme demande un motif [fiche d’emploi du 12 février 2026].',
    fix: 'Renseignez `mobilityAcknowledgedReason` à la nomination.',
  },
  APPOINTMENT_AUTHORITY_NOT_MAP: {
    category: 'VALIDATION_FAILED',
    message:
      'La nomination est arrêtée par l’autorité qui a arrêté la carte d’implantation, {autorité} [arrêté du 12 février 2026, art. 3 et 4 ; circulaire du 31 décembre 2007, §2.2] : un arrêté d’une autre autorité est refusé.',
    meaning:
      'Les autorités de l’art. 3 arrêtent la carte et la nomination des correspondants de leur périmètre [arrêté du 12 février 2026, art. 3 et 4].',
    fix: 'Indiquez l’autorité de la carte (le préfet du département, le préfet de police, le directeur…) comme autorité de l’arrêté.',
  },
  APPOINTMENT_SIGNATORY_TITLE_REQUIRED: {
    category: 'VALIDATION_FAILED',
    message:
      'Un arrêté signé par délégation (ou par intérim) indique la fonction du signataire (par exemple « le secrétaire général de la préfecture »).',
    meaning: 'Un signataire qui n’est pas l’autorité elle-même signe pour elle : sa fonction dit à quel titre.',
    fix: 'Renseignez la fonction du signataire.',
  },
  REGIME_MOBILITY_HORIZON: {
    category: 'VALIDATION_FAILED',
    message: 'L’horizon du « court terme » est un nombre entier de mois, de 1 à 120 : {valeur} reçu.',
    meaning:
      'Les textes ne définissent pas le « court terme » du critère de mobilité (arrêté du 12 février 2026) : le régime en fixe l’horizon en mois.',
    fix: 'Saisissez un nombre entier de mois entre 1 et 120 (12 par défaut).',
  },
  INFORMATION_MEETING_PERIMETER: {
    category: 'VALIDATION_FAILED',
    message:
      'Une réunion d’un département ne porte pas sur un périmètre de l’administration centrale (ou : une réunion départementale indique son département).',
    meaning:
      'La réunion annuelle d’information [circulaire du 31 décembre 2007, §2.5] est tenue pour un département, ou pour un périmètre de l’administration centrale (sans département), jamais les deux ; le périmètre « préfet » est départemental.',
    fix: 'Indiquez soit le département, soit le périmètre central de la réunion.',
  },
  DOCUMENT_DRAFT_ARRETE_STATUS: {
    category: 'CONFLICT',
    message:
      'Le projet d’arrêté de nomination se prépare une fois l’avis de la commission rendu sur la candidature [circulaire du 12 février 2026, §2.2] : enregistrez d’abord cet avis (ou, après la nomination, téléchargez l’arrêté depuis la fiche de la nomination).',
    meaning:
      'Le projet d’arrêté (PDF) suit l’avis de la commission sur la candidature ; une fois la nomination enregistrée, c’est l’arrêté de la nomination qui se télécharge.',
    fix: 'Enregistrez l’avis de la commission, ou ouvrez la fiche de la nomination.',
  },
  DOCUMENT_REFERENCE_WITHHELD: {
    category: 'FORBIDDEN',
    message:
      'Document non établi : « {enregistrement} » est hors de votre périmètre ou du champ de vos conventions, et le document le nomme. Un administrateur dont le périmètre le couvre peut l’établir.',
    meaning:
      'Un document (PDF) imprime ce qu’il cite : un enregistrement que votre rôle ne lit pas (par exemple un correspondant affecté depuis dans un autre département) ne peut pas y figurer, comme GraphQL ne le communique pas.',
    fix: 'Demandez le document à un administrateur dont le périmètre couvre cet enregistrement (l’administration nationale).',
  },
} as const satisfies ErrorEntries;
