/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Ce qu’une entrée d’historique enregistre : création, modification ou suppression. */
export type AuditAction =
  /** Création. */
  | 'CREATE'
  /** Suppression. */
  | 'DELETE'
  /** Modification. */
  | 'UPDATE';

/** Pourquoi un correspondant ne remplit plus une condition de sa nomination [001 art. 3]. */
export type BrokenConditionReason =
  /** Devenu membre de la CLAS. */
  | 'CLAS_MEMBER'
  /** A quitté le service. */
  | 'LEFT_SERVICE'
  /** N’est plus en poste. */
  | 'NOT_IN_POST';

/** Qui désigne les correspondants d’un service [001 art. 3]. */
export type DesignatingAuthority =
  /** DRH de la gendarmerie. */
  | 'GENDARMERIE'
  /** DRHFSPN (police) */
  | 'POLICE'
  /** Préfet. */
  | 'PREFECT'
  /** Secrétaire général. */
  | 'SECRETARY_GENERAL';

/** Le code stable d’une erreur ou d’un avertissement : `extensions.subCode` d’une erreur GraphQL, `code` d’une `Violation` (enregistrements groupés). Chaque valeur donne le message lu par l’utilisateur (les `{…}` y sont remplacés par les valeurs de la requête), ce qu’il signifie et comment le corriger. `extensions.code` donne la catégorie : VALIDATION_FAILED, CONFLICT, NOT_FOUND, FORBIDDEN, INTERNAL_SERVER_ERROR. Source : api/src/shared/error-catalogue/. */
export type ErrorCode =
  /**
   * Cette identité a déjà un accès sur la période (« {libellé} », depuis le {date}) : fermez-le avant d’en ouvrir un autre.
   *
   * Signification : Une personne ou un script a une seule habilitation à une date.
   *
   * Correction : Donnez une date de fin à l’habilitation en cours (la veille), puis créez la nouvelle ; ou modifiez l’habilitation en cours.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ACCESS_GRANT_OVERLAP'
  /**
   * Le rôle {rôle} exige un périmètre : les codes des départements.
   *
   * Signification : Un administrateur départemental agit sur des départements, un CTR sur des régions, un ministère partenaire sur ses conventions ; l’administration nationale et les analystes, sur tout le registre (DOMAIN.md §1).
   *
   * Correction : Indiquez les codes INSEE des départements ou des régions, ou le code du ministère ; aucun pour un rôle national.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ACCESS_GRANT_PERIMETER_REQUIRED'
  /**
   * Accès refusé : votre compte « {identifiant} » n’a pas d’habilitation au registre ; demandez-la à l’administration nationale.
   *
   * Signification : Le fournisseur d’identité a authentifié la personne ou le script, mais l’administration nationale ne lui a ouvert aucun accès en vigueur (menu « Habilitations ») : le rôle et le périmètre ne viennent que de là, jamais du jeton.
   *
   * Correction : Demandez à l’administration nationale une habilitation (rôle, périmètre, dates) pour cet identifiant.
   *
   * Refus, `extensions.code` = FORBIDDEN.
   */
  | 'ACCESS_NOT_GRANTED'
  /**
   * La date d’effet de la nouvelle affectation ({date}) doit suivre le début de l’affectation en cours ({début}).
   *
   * Signification : L’historique des affectations est une suite : la nouvelle commence après le début de l’affectation en cours.
   *
   * Correction : Choisissez une date d’effet postérieure au début de l’affectation en cours.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'AFFECTATION_DATE_TOO_EARLY'
  /**
   * La date d’effet ne s’applique qu’à un changement de service : indiquez aussi le nouveau service.
   *
   * Signification : La date d’effet d’une nouvelle affectation date un changement de service ; sans changement elle serait ignorée.
   *
   * Correction : Indiquez le nouveau service (`serviceId`) sur la même ligne, ou videz la date d’effet.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'AFFECTATION_DATE_WITHOUT_MOVE'
  /**
   * Impossible de {action} : le rapport annuel est au statut « {statut} » ; le passage au statut « {cible} » n’est possible que depuis « {statuts permis} ».
   *
   * Signification : Le statut du rapport annuel ne change que par les étapes de sa procédure (présentation à la commission) ; celle demandée n’est pas permise depuis son statut actuel.
   *
   * Correction : `allowedTransitions` liste les étapes possibles depuis le statut actuel : faites d’abord l’étape qui manque.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ANNUAL_REPORT_ILLEGAL_TRANSITION'
  /**
   * Ce rapport a été présenté à la commission : il ne peut plus être modifié.
   *
   * Signification : Un rapport annuel présenté à la commission ne se modifie ni ne se supprime.
   *
   * Correction : Aucune : le rapport est figé tel que la commission l’a vu.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ANNUAL_REPORT_NOT_EDITABLE'
  /**
   * Année invalide : {année}.
   *
   * Signification : L’année d’un rapport annuel est une année passée ou en cours.
   *
   * Correction : Saisissez l’année sur quatre chiffres.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ANNUAL_REPORT_YEAR'
  /**
   * La nomination est arrêtée par l’autorité qui a arrêté la carte d’implantation, {autorité} [arrêté du 12 février 2026, art. 3 et 4 ; circulaire du 31 décembre 2007, §2.2] : un arrêté d’une autre autorité est refusé.
   *
   * Signification : Les autorités de l’art. 3 arrêtent la carte et la nomination des correspondants de leur périmètre [arrêté du 12 février 2026, art. 3 et 4].
   *
   * Correction : Indiquez l’autorité de la carte (le préfet du département, le préfet de police, le directeur…) comme autorité de l’arrêté.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'APPOINTMENT_AUTHORITY_NOT_MAP'
  /**
   * Cette nomination a pris fin.
   *
   * Signification : Une nomination terminée ne reçoit plus de lettre de mission ni de signature.
   *
   * Correction : Nommez de nouveau le correspondant si la mission reprend.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'APPOINTMENT_ENDED'
  /**
   * Impossible de {action} : la nomination est au statut « {statut} » ; le passage au statut « {cible} » n’est possible que depuis « {statuts permis} ».
   *
   * Signification : Le statut de la nomination ne change que par les étapes de sa procédure (prise d’effet à la lettre de mission signée, fin) ; celle demandée n’est pas permise depuis son statut actuel.
   *
   * Correction : `allowedTransitions` liste les étapes possibles depuis le statut actuel : faites d’abord l’étape qui manque.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'APPOINTMENT_ILLEGAL_TRANSITION'
  /**
   * Régime {régime} : l’entretien préalable est conjoint, avec le chef de service et le responsable du service d’action sociale [circulaire du 12 février 2026, §2.5].
   *
   * Signification : Sous le régime 2026, la nomination suit un entretien conjoint [circulaire du 12 février 2026, §2.5].
   *
   * Correction : Indiquez que l’entretien conjoint a eu lieu (`jointInterview`), après l’avoir tenu.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'APPOINTMENT_JOINT_INTERVIEW'
  /**
   * {nombre} services couverts ne figurent pas sur la carte d’implantation en vigueur.
   *
   * Signification : Les services couverts par un correspondant sont des services de la carte d’implantation en vigueur.
   *
   * Correction : Retirez les services absents de la carte, ou révisez la carte.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'APPOINTMENT_SERVICE_NOT_ON_MAP'
  /**
   * Un arrêté signé par délégation (ou par intérim) indique la fonction du signataire (par exemple « le secrétaire général de la préfecture »).
   *
   * Signification : Un signataire qui n’est pas l’autorité elle-même signe pour elle : sa fonction dit à quel titre.
   *
   * Correction : Renseignez la fonction du signataire.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'APPOINTMENT_SIGNATORY_TITLE_REQUIRED'
  /**
   * {nombre} sites n’appartiennent pas aux services couverts.
   *
   * Signification : Les sites d’intervention d’un correspondant sont des sites des services qu’il couvre.
   *
   * Correction : Retirez ces sites, ou ajoutez leur service aux services couverts.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'APPOINTMENT_SITE_OUTSIDE_SERVICES'
  /**
   * Cette affectation assure des remplacements : supprimez-les d’abord.
   *
   * Signification : Une affectation qui assure des remplacements ne se supprime pas.
   *
   * Correction : Supprimez ou réattribuez ses remplacements d’abord, ou fermez l’affectation.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ASSIGNMENT_HAS_REPLACEMENTS'
  /**
   * Un enregistrement groupé accepte au plus {maximum} lignes ({reçues} reçues) : découpez-le.
   *
   * Signification : Un `saveTs` (ou un import) dépasse `MAX_BULK_ROWS` lignes (5 000 par défaut) ; rien n’a été écrit.
   *
   * Correction : Découpez le lot ou le fichier en plusieurs envois.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'BULK_TOO_MANY_ROWS'
  /**
   * Cet agent a déjà une candidature en cours pour cet appel.
   *
   * Signification : Un agent a au plus une candidature en cours par appel.
   *
   * Correction : Modifiez la candidature existante, ou retirez-la avant d’en déposer une autre.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CANDIDACY_DUPLICATE'
  /**
   * Impossible de {action} : la candidature est au statut « {statut} » ; le passage au statut « {cible} » n’est possible que depuis « {statuts permis} ».
   *
   * Signification : Le statut de la candidature ne change que par les étapes de sa procédure (avis de la commission, avis du chef de service, nommer, ne pas retenir, retirer) ; celle demandée n’est pas permise depuis son statut actuel.
   *
   * Correction : `allowedTransitions` liste les étapes possibles depuis le statut actuel : faites d’abord l’étape qui manque.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CANDIDACY_ILLEGAL_TRANSITION'
  /**
   * Cette candidature a déjà reçu un avis : elle ne peut plus être modifiée.
   *
   * Signification : Une candidature qui a reçu un avis reste telle que la commission l’a vue ; elle ne se supprime pas non plus.
   *
   * Correction : Retirez la candidature (`withdrawCandidacy`) ; une nouvelle candidature peut ensuite être déposée.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CANDIDACY_NOT_EDITABLE'
  /**
   * La candidature est déposée le {date}, hors de la période de l’appel (du {ouverture} au {clôture}).
   *
   * Signification : Une candidature est déposée pendant la période de l’appel, bornes incluses.
   *
   * Correction : Corrigez la date de dépôt, ou rattachez la candidature à l’appel ouvert à cette date.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CANDIDACY_OUTSIDE_CALL'
  /**
   * Ce service n’est pas concerné par l’appel à candidatures.
   *
   * Signification : Le service visé par une candidature est un des services de l’appel.
   *
   * Correction : Choisissez un service de l’appel.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CANDIDACY_SERVICE_NOT_IN_CALL'
  /**
   * Un appel à candidatures s’appuie sur la carte d’implantation adoptée : cette révision n’est pas (ou plus) en vigueur [circulaire du 12 février 2026, §2.2].
   *
   * Signification : Un appel à candidatures porte sur la carte adoptée en vigueur [circulaire du 12 février 2026, §2.2].
   *
   * Correction : Choisissez la révision adoptée de la carte, ou faites-la adopter d’abord.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CANDIDATE_CALL_MAP_NOT_ADOPTED'
  /**
   * {nombre} services concernés ne figurent pas sur la carte d’implantation de l’appel.
   *
   * Signification : Les services d’un appel à candidatures sont des services de sa carte.
   *
   * Correction : Retirez de l’appel les services absents de la carte, ou révisez la carte.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CANDIDATE_CALL_SERVICE_NOT_ON_MAP'
  /**
   * Cette commission a tenu des séances : fermez-la avec une date de fin.
   *
   * Signification : Une commission qui a siégé ne se supprime pas : ses séances et avis sont conservés.
   *
   * Correction : Fermez la commission avec une date de fin.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'COMMISSION_HAS_SESSIONS'
  /**
   * La commission « {nom} » n’est pas la commission locale d’action sociale compétente pour ce périmètre [arrêté du 12 février 2026, art. 3 et 4].
   *
   * Signification : Une carte d’implantation, une candidature ou un rapport annuel est soumis à la CLAS de son périmètre : celle de son département, ou la CLAS centrale de son autorité [arrêté du 12 février 2026, art. 3 et 4].
   *
   * Correction : Choisissez une séance de la CLAS compétente.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'COMMISSION_NOT_COMPETENT'
  /**
   * Une CLAS est départementale (indiquez le département) ou de l’administration centrale (indiquez le périmètre), pas les deux.
   *
   * Signification : Le périmètre d’une commission suit sa nature : la CNAS est nationale, une SRIAS régionale, une CLAS départementale ou de l’administration centrale.
   *
   * Correction : Renseignez seulement le champ de périmètre de sa nature (`departmentId`, `regionId` ou `authority`) et videz les autres.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'COMMISSION_PERIMETER'
  /**
   * La commission a rendu son avis sur cette consultation : elle ne peut plus être {modifiée|supprimée}.
   *
   * Signification : Une consultation sur laquelle la commission a rendu son avis est figée telle qu’elle lui a été soumise.
   *
   * Correction : Aucune : ouvrez une nouvelle consultation si la question a changé.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CONSULTATION_ANSWERED'
  /**
   * Impossible de {action} : la consultation est au statut « {statut} » ; le passage au statut « {cible} » n’est possible que depuis « {statuts permis} ».
   *
   * Signification : Le statut de la consultation ne change que par les étapes de sa procédure (avis de la commission) ; celle demandée n’est pas permise depuis son statut actuel.
   *
   * Correction : `allowedTransitions` liste les étapes possibles depuis le statut actuel : faites d’abord l’étape qui manque.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CONSULTATION_ILLEGAL_TRANSITION'
  /**
   * Les conditions d’exercice des missions des correspondants sont soumises à une commission locale d’action sociale (CLAS), non à une {nature} [circulaire du 12 février 2026, §1].
   *
   * Signification : Les CLAS sont informées et consultées sur l’implantation des correspondants, leur nomination et les conditions d’exercice de leurs missions [circulaire du 12 février 2026, §1].
   *
   * Correction : Choisissez la CLAS du département, ou la CLAS centrale du périmètre.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CONSULTATION_NOT_CLAS'
  /**
   * L’avis est rendu lors d’une séance de la commission consultée : choisissez une de ses séances.
   *
   * Signification : L’avis sur une consultation est celui de la commission consultée, rendu lors d’une de ses séances.
   *
   * Correction : Choisissez une séance de la commission de la consultation.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CONSULTATION_WRONG_COMMISSION'
  /**
   * Une convention interministérielle indique qui assure le service social de qui.
   *
   * Signification : Le sens d’une convention interministérielle est dit : l’Intérieur sert le partenaire, ou l’inverse.
   *
   * Correction : Renseignez `direction`.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CONVENTION_DIRECTION_REQUIRED'
  /**
   * Cette convention a des parts de temps : elle ne peut pas être supprimée ; fermez-la avec une date de fin.
   *
   * Signification : L’historique des parts de temps est conservé : une convention qui en a ne se supprime pas.
   *
   * Correction : Fermez la convention avec une date de fin.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CONVENTION_HAS_ALLOCATIONS'
  /**
   * Une convention interministérielle indique le ministère partenaire.
   *
   * Signification : Une convention interministérielle lie le ministère de l’Intérieur à un autre ministère, nommé.
   *
   * Correction : Renseignez `partnerMinistryId` avec un ministère autre que l’Intérieur.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CONVENTION_PARTNER_REQUIRED'
  /**
   * Une convention de service d’ASS porte sur un poste d’assistant de service social.
   *
   * Signification : Le poste d’une convention suit sa nature : un poste d’ASS (convention de service d’ASS), de CTR (convention interrégionale), aucun (interministérielle).
   *
   * Correction : Choisissez un poste de la nature attendue, ou aucun poste pour une convention interministérielle.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CONVENTION_POST_KIND'
  /**
   * Seul un service est compté avec un autre service, son service principal.
   *
   * Signification : « Compté avec » rattache un service secondaire à son service principal ; cela ne vaut que pour un service, et pas pour lui-même.
   *
   * Correction : Videz `countedWithId`, ou choisissez le service principal d’une entrée de service.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CONVENTION_SCOPE_COUNTED_WITH'
  /**
   * Sans date de début, l’entrée entre dans la zone avec la convention, le {date} : saisissez la date d’entrée si elle est plus tardive.
   *
   * Signification : Avertissement : une entrée de zone créée sans date de début prend celle de la convention ; la couverture et les parts de temps des dates passées en tiennent compte.
   *
   * Correction : Laissez vide si le service est dans la zone depuis la signature ; sinon saisissez le jour où il y entre (`validFrom`).
   *
   * Avertissement (accepté, renvoyé avec le résultat).
   */
  | 'CONVENTION_SCOPE_DEFAULT_START'
  /**
   * Une entrée de zone est en vigueur pendant la convention ({période}) : ajustez ses dates.
   *
   * Signification : La zone d’une convention est datée : chaque service, département ou région y entre et en sort à une date, dans la période de la convention.
   *
   * Correction : Choisissez une date de début au plus tôt celle de la convention, et une date de fin au plus tard la sienne.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CONVENTION_SCOPE_PERIOD'
  /**
   * Une entrée de zone désigne un service, un département ou une région (un seul).
   *
   * Signification : Chaque entrée de la zone d’une convention vise une seule cible.
   *
   * Correction : Renseignez un seul de `serviceId`, `departmentId`, `regionId`.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CONVENTION_SCOPE_TARGET'
  /**
   * La prise en charge d’une seconde région par un CTR est temporaire, sur décision datée du DRH (circulaire NOR INTK1307790C, § II.2) : indiquez sa date de fin.
   *
   * Signification : Une convention interrégionale sur décision du DRH est temporaire [circulaire NOR INTK1307790C, § II.2].
   *
   * Correction : Renseignez la date de fin (`validTo`).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CONVENTION_TEMPORARY'
  /**
   * Reconduite tacitement chaque année à compter du {date}, la convention prend fin au terme d’une période annuelle (ici le {terme}) : vérifiez la date de fin ({fin}).
   *
   * Signification : Avertissement : une convention à tacite reconduction court par périodes annuelles ; une date de fin hors terme est sans doute une erreur [circulaire de l’Équipement, annexe 4].
   *
   * Correction : Vérifiez la date de fin ; mettez-la au terme annoncé si c’est une dénonciation.
   *
   * Avertissement (accepté, renvoyé avec le résultat).
   */
  | 'CONVENTION_TERM_END'
  /**
   * La région {code} n’est pas un secteur de ce poste de conseiller technique régional : une autre région ne se prend en charge qu’à titre temporaire, sur décision du directeur des ressources humaines (circulaire NOR INTK1307790C, § II.2) ; enregistrez d’abord ce secteur avec la décision.
   *
   * Signification : Le temps d’un CTR ne va à une seconde région que « à titre transitoire et temporaire … sur décision du DRH » [circulaire NOR INTK1307790C, § II.2] : la région doit être un secteur du poste.
   *
   * Correction : Enregistrez le secteur temporaire du poste (référence et dates de la décision du DRH), puis la répartition.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CTR_REGION_NOT_SECTOR'
  /**
   * Part de temps donnée à la région {code} {période} : hors de la décision du DRH qui la confie au poste (circulaire NOR INTK1307790C, § II.2).
   *
   * Signification : La part de temps d’un CTR dans une seconde région n’est admise que pendant la décision du DRH qui la lui confie [circulaire NOR INTK1307790C, § II.2].
   *
   * Correction : Ramenez les dates de la répartition dans celles de la décision, ou enregistrez la nouvelle décision.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'CTR_SECOND_REGION_OUTSIDE_DECISION'
  /**
   * La date « {champ} » doit suivre {étape précédente}.
   *
   * Signification : Les étapes d’une procédure se suivent dans le temps (signature après nomination, rapport présenté après son année…).
   *
   * Correction : Corrigez la date nommée par `extensions.field` pour qu’elle suive l’étape précédente.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'DATE_ORDER'
  /**
   * La date de fin ({fin}) précède la date de début ({début}).
   *
   * Signification : Une période de validité finit avant de commencer (les deux bornes sont incluses).
   *
   * Correction : Corrigez `validFrom` ou `validTo`.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'DATE_RANGE'
  /**
   * La décision s’écarte de l’avis {nature} de la commission : indiquez-en le motif.
   *
   * Signification : L’avis de la commission est consultatif ; une décision qui s’en écarte est motivée [arrêté du 12 février 2026, art. 3 et 4 ; circulaire, §2.2].
   *
   * Correction : Renseignez le motif de la décision (champ nommé par `extensions.field`).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'DECISION_REASON_REQUIRED'
  /**
   * Ce département a des services : il ne peut pas être supprimé.
   *
   * Signification : Un département ne se supprime pas tant que des services y sont rattachés.
   *
   * Correction : Rattachez ou fermez ses services d’abord.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'DEPARTMENT_HAS_SERVICES'
  /**
   * Le projet d’arrêté de nomination se prépare une fois l’avis de la commission rendu sur la candidature [circulaire du 12 février 2026, §2.2] : enregistrez d’abord cet avis (ou, après la nomination, téléchargez l’arrêté depuis la fiche de la nomination).
   *
   * Signification : Le projet d’arrêté (PDF) suit l’avis de la commission sur la candidature ; une fois la nomination enregistrée, c’est l’arrêté de la nomination qui se télécharge.
   *
   * Correction : Enregistrez l’avis de la commission, ou ouvrez la fiche de la nomination.
   *
   * Refus, `extensions.code` = CONFLICT.
   */
  | 'DOCUMENT_DRAFT_ARRETE_STATUS'
  /**
   * Document non établi : « {enregistrement} » est hors de votre périmètre ou du champ de vos conventions, et le document le nomme. Un administrateur dont le périmètre le couvre peut l’établir.
   *
   * Signification : Un document (PDF) imprime ce qu’il cite : un enregistrement que votre rôle ne lit pas (par exemple un correspondant affecté depuis dans un autre département) ne peut pas y figurer, comme GraphQL ne le communique pas.
   *
   * Correction : Demandez le document à un administrateur dont le périmètre couvre cet enregistrement (l’administration nationale).
   *
   * Refus, `extensions.code` = FORBIDDEN.
   */
  | 'DOCUMENT_REFERENCE_WITHHELD'
  /**
   * « {champ} » : la valeur « {valeur} » est déjà utilisée.
   *
   * Signification : La valeur doit être unique (code, numéro, année de rapport…) et un autre enregistrement l’a déjà, en base ou plus haut dans le même lot.
   *
   * Correction : Choisissez une autre valeur, ou modifiez l’enregistrement existant au lieu d’en créer un.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'DUPLICATE'
  /**
   * La date d’effet ({date}) suit la date de fin ({fin}) : choisissez une date au plus tard le {fin}.
   *
   * Signification : Après sa date de fin l’enregistrement n’existe plus : une version n’y aurait aucun sens.
   *
   * Correction : Donnez une date d’effet au plus tard à la date de fin, ou prolongez d’abord l’enregistrement.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'EFFECTIVE_DATE_AFTER_END'
  /**
   * La date d’effet ({date}) précède la date de début ({début}) : choisissez une date à partir du {début}.
   *
   * Signification : Avant sa date de début l’enregistrement n’existait pas : une version n’y aurait aucun sens.
   *
   * Correction : Donnez une date d’effet à partir de la date de début ; à la date de début, la modification vaut depuis l’origine.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'EFFECTIVE_DATE_BEFORE_START'
  /**
   * La date d’effet ne s’applique qu’aux champs datés ({champs}) : modifiez-en au moins un, ou videz la date d’effet.
   *
   * Signification : La date d’effet date la modification des champs suivis dans le temps ; sans l’un d’eux elle serait ignorée.
   *
   * Correction : Modifiez sur la même ligne au moins un champ daté (par exemple le nom ou le service parent), ou videz la date d’effet.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'EFFECTIVE_DATE_WITHOUT_CHANGE'
  /**
   * « Jusqu’au » ({fin}) précède la date d’effet ({date}) : la période corrigée serait vide.
   *
   * Signification : Une version couvre au moins un jour : sa fin ne peut pas précéder son début (pas de chevauchement ni de trou).
   *
   * Correction : Donnez une date « jusqu’au » égale ou postérieure à la date d’effet.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'EFFECTIVE_UNTIL_BEFORE_DATE'
  /**
   * « Jusqu’au » borne une correction qui commence à une date d’effet : indiquez aussi la date d’effet.
   *
   * Signification : La correction d’une période passée va de la date d’effet à la date « jusqu’au », toutes deux incluses.
   *
   * Correction : Indiquez la date d’effet (le début de la période corrigée), ou videz « Jusqu’au ».
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'EFFECTIVE_UNTIL_WITHOUT_DATE'
  /**
   * Régime {régime} : un membre titulaire ou suppléant de la commission locale d’action sociale ne peut pas être correspondant ; {agent} est {membre} de « {commission} » {à la date} [circulaire du 12 février 2026, §2.3].
   *
   * Signification : Sous le régime 2026, un membre titulaire ou suppléant de la CLAS ne peut pas être correspondant [circulaire du 12 février 2026, §2.3].
   *
   * Correction : Le mandat de l’agent à la CLAS doit avoir pris fin à la date vérifiée.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ELIGIBILITY_CLAS_MEMBER'
  /**
   * {agent} avait déclaré au dépôt de sa candidature un projet de mobilité à court terme (prévu le {date}), critère de sélection du régime {régime} [fiche d’emploi du 12 février 2026] : la nomination devra en justifier.
   *
   * Signification : Avertissement du régime 2026 : un projet de mobilité à court terme déclaré au dépôt pèse contre la candidature [fiche d’emploi du 12 février 2026].
   *
   * Correction : Aucune correction nécessaire au dépôt ; à la nomination, indiquez le motif (`mobilityAcknowledgedReason`).
   *
   * Avertissement (accepté, renvoyé avec le résultat).
   */
  | 'ELIGIBILITY_MOBILITY_PLAN'
  /**
   * {agent} avait déclaré au dépôt de sa candidature un projet de mobilité à court terme (…) : indiquez le motif de la nomination malgré ce projet.
   *
   * Signification : Nommer un candidat qui avait déclaré un projet de mobilité à court terme demande un motif [fiche d’emploi du 12 février 2026].
   *
   * Correction : Renseignez `mobilityAcknowledgedReason` à la nomination.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ELIGIBILITY_MOBILITY_PLAN_NOT_ACKNOWLEDGED'
  /**
   * Condition « agent du ministère de l’Intérieur » non remplie : {agent} est employé(e) par un autre ministère [arrêté du 12 février 2026, art. 2].
   *
   * Signification : Seul un agent du ministère de l’Intérieur peut être correspondant [arrêté du 12 février 2026, art. 2].
   *
   * Correction : Vérifiez l’administration employeuse de l’agent ; sinon la candidature ne peut pas être retenue.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ELIGIBILITY_NOT_INTERIOR_AGENT'
  /**
   * Condition « agent en poste » non remplie {au dépôt | à la date de l’arrêté} : {agent} n’a pas d’affectation à cette date [arrêté du 12 février 2026, art. 2].
   *
   * Signification : Le candidat est en poste à la date vérifiée : au dépôt, puis à la date de l’arrêté de nomination [arrêté du 12 février 2026, art. 2].
   *
   * Correction : Vérifiez les dates d’affectation de l’agent et la date de dépôt ou de l’arrêté.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ELIGIBILITY_NOT_IN_POST'
  /**
   * Condition « service de la carte d’implantation adoptée » non remplie {à la date} : aucune carte n’est en vigueur pour ce périmètre [arrêté du 12 février 2026, art. 2 et 3].
   *
   * Signification : Un correspondant est nommé dans un service de la carte adoptée de son périmètre ; aucune n’est en vigueur à cette date.
   *
   * Correction : Faites adopter la carte d’implantation du périmètre d’abord.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ELIGIBILITY_NO_ADOPTED_MAP'
  /**
   * Condition « en poste dans un service de la carte d’implantation adoptée » non remplie {à la date} : le service d’affectation « {service} » n’est pas sur la carte [arrêté du 12 février 2026, art. 2].
   *
   * Signification : Le service d’affectation de l’agent à la date vérifiée figure sur la carte adoptée [arrêté du 12 février 2026, art. 2].
   *
   * Correction : Vérifiez le service d’affectation de l’agent à cette date, ou révisez la carte.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ELIGIBILITY_SERVICE_NOT_ON_MAP'
  /**
   * Régime {régime} : seuls les fonctionnaires titulaires peuvent être correspondants de l’action sociale ; {agent} est {statut} {à la date} [circulaire du 31 décembre 2007, §2.3].
   *
   * Signification : Sous le régime 2007, seuls les fonctionnaires titulaires sont éligibles [circulaire du 31 décembre 2007, §2.3] ; le régime 2026 ouvre aux non-titulaires.
   *
   * Correction : Vérifiez le statut de l’agent et la date (le régime applicable dépend de la date de dépôt ou de l’arrêté).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ELIGIBILITY_TITULAR_ONLY'
  /**
   * Adresse électronique invalide : « {adresse} ».
   *
   * Signification : L’adresse électronique n’a pas la forme nom@domaine.
   *
   * Correction : Corrigez l’adresse, ou laissez le champ vide.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'EMAIL_INVALID'
  /**
   * La liste « {liste} » ne peut pas être exportée avec ce filtre : retirez-le ou exportez sans lui.
   *
   * Signification : Ce filtre ne s’exprime pas dans la lecture en flux de l’export (une condition sur une collection).
   *
   * Correction : Retirez ce filtre, ou lisez la liste page par page par GraphQL.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'EXPORT_FILTER_UNSUPPORTED'
  /**
   * Paramètre « {paramètre} » : {ce qui ne va pas, et les valeurs possibles}.
   *
   * Signification : Un paramètre d’un export (`GET /exports/<liste>.csv|.xlsx`) ne respecte pas le type de l’argument de la liste : `filter` et `sort` sont du JSON de ses types GraphQL, `asOf` une date AAAA-MM-JJ.
   *
   * Correction : Corrigez le paramètre nommé : les mêmes valeurs que les arguments de la requête GraphQL de la liste.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'EXPORT_PARAMETER_INVALID'
  /**
   * Les assistants de service social siègent de droit à la commission locale d’action sociale de leur département ; « {nom} » n’en est pas une [circulaire NOR INTK1307790C, § II.3].
   *
   * Signification : Les assistants de service social sont membres de droit des commissions locales d’action sociale : celle du département où leur poste a sa résidence administrative [circulaire NOR INTK1307790C, § II.3].
   *
   * Correction : Choisissez la CLAS d’un département.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'EX_OFFICIO_NOT_DEPARTMENTAL_CLAS'
  /**
   * La remontée est datée du {date}, hors de la période de nomination du correspondant ({période}).
   *
   * Signification : Une remontée de terrain est faite par un correspondant pendant sa nomination.
   *
   * Correction : Corrigez la date, ou rattachez la remontée à la nomination en cours à cette date.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'FIELD_REPORT_OUTSIDE_APPOINTMENT'
  /**
   * Le texte semble contenir des données personnelles ({trouvées}) : les remontées de terrain n’en contiennent aucune.
   *
   * Signification : Une remontée de terrain rapporte des besoins et des attentes, jamais de données personnelles (nom, adresse électronique, téléphone, numéro de sécurité sociale, matricule, date de naissance) [DOMAIN.md §7].
   *
   * Correction : Reformulez le texte sans les éléments signalés.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'FIELD_REPORT_PERSONAL_DATA'
  /**
   * Votre rôle ne permet pas de modifier {type} / cet enregistrement est hors de votre périmètre.
   *
   * Signification : L’écriture est refusée par la politique d’accès (DOMAIN.md §1) : votre rôle ne modifie pas ce type, ou l’enregistrement est hors de votre périmètre avant ou après la modification. Rien n’a été écrit.
   *
   * Correction : `me { role writableTypes }` dit ce que vous pouvez modifier ; demandez l’opération à un administrateur compétent.
   *
   * Refus, `extensions.code` = FORBIDDEN.
   */
  | 'FORBIDDEN'
  /**
   * « {champ} » doit être compris entre 0 (exclu) et 1 : {valeur} reçu.
   *
   * Signification : Une quotité (de travail, d’ETP) est une fraction de temps plein.
   *
   * Correction : Saisissez une valeur décimale entre 0 et 1, par exemple 0,8 pour un temps partiel à 80 %.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'FRACTION_RANGE'
  /**
   * La part consacrée à la fonction ({part}) s’écarte de la référence de la convention (environ {référence}, ± {tolérance}) [circulaire de l’Équipement, annexe 5].
   *
   * Signification : Avertissement : la part de la fonction (formation, documentation, études, réunions) est d’environ 0,2 par défaut [circulaire de l’Équipement, annexe 5].
   *
   * Correction : Vérifiez la part ; elle est acceptée telle quelle si l’écart est voulu.
   *
   * Avertissement (accepté, renvoyé avec le résultat).
   */
  | 'FUNCTION_SHARE_FAR_FROM_GUIDELINE'
  /**
   * Aucune part de temps n’est consacrée à la fonction {période} (environ {référence} du temps : formation, documentation, études, observation sociale, réunions) [circulaire de l’Équipement, annexe 5].
   *
   * Signification : Avertissement : un secteur d’ASS consacre une part de temps à la fonction [circulaire de l’Équipement, annexe 5].
   *
   * Correction : Ajoutez une part FUNCTION pour la période signalée, si elle manque par erreur.
   *
   * Avertissement (accepté, renvoyé avec le résultat).
   */
  | 'FUNCTION_SHARE_MISSING'
  /**
   * Un effectif de cette population existe déjà pour ce service sur la période (du {début} au {fin}).
   *
   * Signification : Un service a un seul effectif par population à une date : les périodes d’une même population ne se chevauchent pas.
   *
   * Correction : Fermez l’effectif en cours (date de fin la veille) avant d’en saisir un nouveau, ou modifiez-le.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'HEADCOUNT_OVERLAP'
  /**
   * Filtre « {champ} » : identifiant invalide « {valeur} ».
   *
   * Signification : Un filtre par identifiant reçoit une valeur qui n’est pas un identifiant.
   *
   * Correction : Passez l’`id` lu dans une réponse de l’API (pas un code ni un nom ; pour chercher par code, utilisez `q`).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'ID_INVALID'
  /**
   * La carte ne comporte aucun service : ajoutez les services qui nécessitent un correspondant avant de la soumettre.
   *
   * Signification : Une carte sans service ne peut pas être soumise à la commission.
   *
   * Correction : Ajoutez ses entrées (services et nombre de correspondants), puis soumettez-la.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'IMPLANTATION_MAP_EMPTY'
  /**
   * Un service de la carte nécessite au moins un correspondant (nombre saisi : {nombre}) [circulaire du 12 février 2026, §2.1].
   *
   * Signification : Chaque service de la carte a au moins un correspondant [circulaire du 12 février 2026, §2.1].
   *
   * Correction : Saisissez un nombre entier de correspondants, 1 au moins ; retirez le service de la carte s’il n’en a pas besoin.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'IMPLANTATION_MAP_ENTRY_REQUIRED_COUNT'
  /**
   * Impossible de {action} : la carte d’implantation est au statut « {statut} » ; le passage au statut « {cible} » n’est possible que depuis « {statuts permis} ».
   *
   * Signification : Le statut de la carte d’implantation ne change que par les étapes de sa procédure (soumettre, rendre l’avis, adopter, réviser) ; celle demandée n’est pas permise depuis son statut actuel.
   *
   * Correction : `allowedTransitions` liste les étapes possibles depuis le statut actuel : faites d’abord l’étape qui manque.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'IMPLANTATION_MAP_ILLEGAL_TRANSITION'
  /**
   * Cette révision de la carte d’implantation n’est plus un brouillon : elle ne peut plus être modifiée ; créez une révision.
   *
   * Signification : Ce que la commission a examiné est ce qui est adopté : une carte soumise ou adoptée ne change plus.
   *
   * Correction : Créez une révision de la carte (`reviseImplantationMap`) et modifiez-la.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'IMPLANTATION_MAP_NOT_EDITABLE'
  /**
   * La carte d’un préfet porte sur un département : indiquez-le [arrêté du 12 février 2026, art. 3].
   *
   * Signification : La carte d’implantation d’un préfet couvre un département ; celle d’une autorité centrale, les services centraux qu’elle désigne [arrêté du 12 février 2026, art. 3].
   *
   * Correction : Indiquez le département pour une carte préfectorale, aucun pour une carte centrale.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'IMPLANTATION_MAP_PERIMETER'
  /**
   * Ce périmètre a déjà une carte d’implantation : révisez-la au lieu d’en créer une autre.
   *
   * Signification : Un périmètre a une seule carte d’implantation, dont les révisions sont conservées.
   *
   * Correction : Révisez la carte existante (`reviseImplantationMap`).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'IMPLANTATION_MAP_PERIMETER_TAKEN'
  /**
   * Une révision de cette carte est déjà en cours : poursuivez-la.
   *
   * Signification : Une carte a au plus une révision en cours.
   *
   * Correction : Modifiez la révision en cours (son brouillon) au lieu d’en ouvrir une autre.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'IMPLANTATION_MAP_REVISION_OPEN'
  /**
   * Le service « {nom} » ne relève pas du périmètre de cette carte [arrêté du 12 février 2026, art. 3].
   *
   * Signification : Une carte ne liste que les services de son périmètre : ceux du département pour un préfet, ses services centraux pour une autorité centrale.
   *
   * Correction : Choisissez un service du périmètre de la carte.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'IMPLANTATION_MAP_SERVICE_OUTSIDE_PERIMETER'
  /**
   * Cet agent n’est pas correspondant de l’action sociale à la date de la réunion ({date}).
   *
   * Signification : Les réunions d’information sont destinées aux correspondants nommés à leur date [circulaire du 12 février 2026, §2.5].
   *
   * Correction : Vérifiez l’agent, la date de la réunion ou la nomination du correspondant.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'INFORMATION_MEETING_NOT_CORRESPONDENT'
  /**
   * Une réunion d’un département ne porte pas sur un périmètre de l’administration centrale (ou : une réunion départementale indique son département).
   *
   * Signification : La réunion annuelle d’information [circulaire du 31 décembre 2007, §2.5] est tenue pour un département, ou pour un périmètre de l’administration centrale (sans département), jamais les deux ; le périmètre « préfet » est départemental.
   *
   * Correction : Indiquez soit le département, soit le périmètre central de la réunion.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'INFORMATION_MEETING_PERIMETER'
  /**
   * Code INSEE inconnu pour {type} : « {code} ».
   *
   * Signification : Le code d’une région, d’un département ou d’une collectivité d’outre-mer n’est pas un code INSEE officiel (jeu de données Etalab « découpage administratif »).
   *
   * Correction : Saisissez le code INSEE officiel (par exemple 75 pour Paris, 2A pour la Corse-du-Sud, 11 pour l’Île-de-France).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'INSEE_CODE_UNKNOWN'
  /**
   * Cet enregistrement est encore utilisé par d’autres enregistrements : retirez-les d’abord, ou fermez-le avec une date de fin.
   *
   * Signification : La suppression est refusée par la base : d’autres enregistrements y font référence.
   *
   * Correction : Supprimez ou rattachez ailleurs les enregistrements qui le référencent, ou fermez-le avec une date de fin (l’historique est conservé).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'IN_USE'
  /**
   * La signature {signataire} figure déjà sur cette lettre (le {date}).
   *
   * Signification : Chaque signataire (agent, chef de service, responsable de l’action sociale) signe une fois.
   *
   * Correction : Aucune : la signature est déjà enregistrée ; une autre signature manque peut-être (voir la lettre).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'MISSION_LETTER_ALREADY_SIGNED'
  /**
   * Cette nomination a déjà une lettre de mission : révisez-la (chaque version est conservée).
   *
   * Signification : Une nomination a une lettre de mission, dont les révisions sont conservées.
   *
   * Correction : Révisez la lettre existante (`reviseMissionLetter`).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'MISSION_LETTER_EXISTS'
  /**
   * Seules les lettres de mission du régime 2007 peuvent être enregistrées comme archives historiques à crédit de temps imprécis.
   *
   * Signification : Le marqueur « archive historique » (crédit de temps imprécis) est réservé aux nominations du régime 2007.
   *
   * Correction : Décochez `historical` et saisissez un crédit de temps précis.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'MISSION_LETTER_HISTORICAL_NOT_ALLOWED'
  /**
   * Impossible de {action} : la lettre de mission est au statut « {statut} » ; le passage au statut « {cible} » n’est possible que depuis « {statuts permis} ».
   *
   * Signification : Le statut de la lettre de mission ne change que par les étapes de sa procédure (signatures, révision) ; celle demandée n’est pas permise depuis son statut actuel.
   *
   * Correction : `allowedTransitions` liste les étapes possibles depuis le statut actuel : faites d’abord l’étape qui manque.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'MISSION_LETTER_ILLEGAL_TRANSITION'
  /**
   * La mission est mentionnée dans l’entretien professionnel annuel [circulaire du 12 février 2026, §2.7].
   *
   * Signification : La lettre prévoit la mention de la mission dans l’entretien professionnel annuel [circulaire du 12 février 2026, §2.7].
   *
   * Correction : Cochez `annualInterviewMention`.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'MISSION_LETTER_INTERVIEW_MENTION'
  /**
   * Cette lettre de mission est signée ou en cours de signature : elle ne peut plus être modifiée ; créez une révision.
   *
   * Signification : Les signataires signent ce qui est enregistré : une lettre ne change plus après sa première signature.
   *
   * Correction : Créez une révision (`reviseMissionLetter`) et modifiez-la.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'MISSION_LETTER_NOT_EDITABLE'
  /**
   * Une révision de cette lettre est déjà en cours : poursuivez-la.
   *
   * Signification : Une lettre de mission a au plus une révision en cours.
   *
   * Correction : Modifiez et faites signer la révision en cours.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'MISSION_LETTER_REVISION_OPEN'
  /**
   * Crédit de temps hors bornes : {valeur} ; attendu plus de 0 et au plus {maximum}.
   *
   * Signification : Le crédit de temps est positif et borné par unité (17,5 h par semaine, 75 h par mois, 50 % du temps de travail), pour que la mission reste compatible avec les autres fonctions de l’agent.
   *
   * Correction : Saisissez une valeur dans les bornes de l’unité choisie.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'MISSION_LETTER_TIME_CREDIT_RANGE'
  /**
   * Le crédit de temps dédié à la mission est obligatoire : un nombre et une unité (heures par semaine, heures par mois ou fraction du temps de travail) [lettre de mission, 2026].
   *
   * Signification : La lettre de mission fixe un crédit de temps précis : un nombre et une unité [modèle de lettre de mission, 2026].
   *
   * Correction : Renseignez `timeCreditAmount` et `timeCreditUnit`.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'MISSION_LETTER_TIME_CREDIT_REQUIRED'
  /**
   * Le crédit de temps se saisit en nombre et en unité ; une formulation libre (« temps suffisant », « en fonction des nécessités du service ») est exclue [fiche d’emploi du 12 février 2026].
   *
   * Signification : Une formulation libre du crédit de temps n’est admise que sur une archive historique du régime 2007 [fiche d’emploi du 12 février 2026].
   *
   * Correction : Videz `historicalTimeCredit` et saisissez un nombre et une unité.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'MISSION_LETTER_VAGUE_TIME_CREDIT'
  /**
   * Un projet de mobilité déclaré a une date et une nature.
   *
   * Signification : Le projet de mobilité d’un agent a une date et une nature, ou ni l’une ni l’autre.
   *
   * Correction : Renseignez les deux champs (`mobilityPlanDate` et `mobilityPlanKind`), ou videz les deux.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'MOBILITY_PLAN_INCOMPLETE'
  /**
   * Impossible de {action} : la synthèse nationale est au statut « {statut} » ; le passage au statut « {cible} » n’est possible que depuis « {statuts permis} ».
   *
   * Signification : Le statut de la synthèse nationale ne change que par les étapes de sa procédure (présentation à la CNAS) ; celle demandée n’est pas permise depuis son statut actuel.
   *
   * Correction : `allowedTransitions` liste les étapes possibles depuis le statut actuel : faites d’abord l’étape qui manque.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'NATIONAL_SYNTHESIS_ILLEGAL_TRANSITION'
  /**
   * La synthèse nationale est présentée à la commission nationale d’action sociale (CNAS), non à une {nature} [circulaire du 12 février 2026, §2.7].
   *
   * Signification : La synthèse nationale des rapports annuels, préparée par la sous-direction de l’action sociale, est présentée à la CNAS, qui rend son avis et peut faire des propositions [circulaire du 12 février 2026, §2.7].
   *
   * Correction : Choisissez une séance de la CNAS.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'NATIONAL_SYNTHESIS_NOT_CNAS'
  /**
   * Cette synthèse a été présentée à la CNAS : elle ne peut plus être {modifiée|supprimée}.
   *
   * Signification : Une synthèse nationale présentée à la CNAS est figée telle que la commission l’a vue.
   *
   * Correction : Aucune : l’avis et les propositions de la CNAS portent sur cette version.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'NATIONAL_SYNTHESIS_NOT_EDITABLE'
  /**
   * Année invalide : {année} (une année écoulée ou en cours, depuis 2008).
   *
   * Signification : La synthèse nationale porte sur une année des rapports annuels : écoulée ou en cours, depuis 2008.
   *
   * Correction : Saisissez l’année sur quatre chiffres.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'NATIONAL_SYNTHESIS_YEAR'
  /**
   * « {champ} » ne peut pas être négatif.
   *
   * Signification : Un effectif, un nombre ou un quota est négatif.
   *
   * Correction : Saisissez une valeur positive ou nulle.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'NEGATIVE'
  /**
   * Ce rapport est établi par un poste {nature attendue}, non {nature du poste} [circulaire NOR INTK1307790C, § II.{1|2|3}].
   *
   * Signification : Chaque assistant de service social présente un rapport d’activité annuel, chaque conseiller technique régional un bilan trimestriel, le conseiller technique national les statistiques annuelles [circulaire NOR INTK1307790C, § II.1–3].
   *
   * Correction : Choisissez le poste de l’auteur, de la nature du rapport.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'NETWORK_REPORT_AUTHOR'
  /**
   * Seul le rapport d’activité de l’assistant de service social est présenté au CHSCT départemental (F3SCT) [circulaire NOR INTK1307790C, § II.3].
   *
   * Signification : Une fois par an, la présentation du rapport d’activité de l’ASS est inscrite à l’ordre du jour d’une séance du CHSCT départemental, aujourd’hui la formation spécialisée (F3SCT) [circulaire NOR INTK1307790C, § II.3].
   *
   * Correction : Videz la date de présentation de ce rapport.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'NETWORK_REPORT_PRESENTATION'
  /**
   * Le bilan du conseiller technique régional est trimestriel : indiquez le trimestre (1 à 4) [circulaire NOR INTK1307790C, § II.2].
   *
   * Signification : Le bilan du CTR porte sur un trimestre ; le rapport de l’ASS et les statistiques du CTN sur une année [circulaire NOR INTK1307790C, § II.1–3].
   *
   * Correction : Indiquez le trimestre (1 à 4) d’un bilan de CTR, aucun pour un rapport annuel.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'NETWORK_REPORT_QUARTER'
  /**
   * Année invalide : {année} (depuis 2013, année de la circulaire).
   *
   * Signification : Les rapports du réseau sont ceux de la circulaire NOR INTK1307790C (2013).
   *
   * Correction : Saisissez l’année sur quatre chiffres.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'NETWORK_REPORT_YEAR'
  /**
   * {type} introuvable (identifiant {id}).
   *
   * Signification : Aucun enregistrement de ce type n’a cet identifiant, ou il est hors de votre périmètre (pour vous, il n’existe pas).
   *
   * Correction : Vérifiez l’identifiant (lisez-le dans une liste) et le périmètre de votre rôle (`me`).
   *
   * Refus, `extensions.code` = NOT_FOUND.
   */
  | 'NOT_FOUND'
  /**
   * Un avis {nature} est motivé : indiquez ses motifs.
   *
   * Signification : Un avis défavorable ou réservé est motivé.
   *
   * Correction : Renseignez `reasons`.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'OPINION_REASONS_REQUIRED'
  /**
   * Un avis porte sur un seul objet : une carte d’implantation, une candidature, un rapport annuel, la synthèse nationale ou une consultation.
   *
   * Signification : `recordOpinion` reçoit un et un seul des identifiants `implantationMapId`, `candidacyId`, `annualReportId`, `nationalSynthesisReportId`, `consultationId`.
   *
   * Correction : Passez exactement un de ces identifiants.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'OPINION_SUBJECT'
  /**
   * L’avis est rendu lors de la séance à laquelle la carte a été soumise.
   *
   * Signification : L’avis sur une carte d’implantation est rendu par la séance à laquelle elle a été soumise.
   *
   * Correction : Choisissez la séance de la soumission (`submittedToSession` de la carte).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'OPINION_WRONG_SESSION'
  /**
   * Hors de votre périmètre ({rôle} : {départements}) : « {champ} » désigne {enregistrement}, du département {code}.
   *
   * Signification : Un administrateur départemental ou un CTR n’écrit que dans ses départements (DOMAIN.md §1) : la ligne désignerait un service, un poste ou un agent d’un autre département, ou un enregistrement national. Vérifié ligne par ligne, à l’essai comme à l’enregistrement.
   *
   * Correction : Choisissez un enregistrement de votre périmètre, ou demandez le changement à l’administration nationale.
   *
   * Refus, `extensions.code` = FORBIDDEN.
   */
  | 'OUT_OF_PERIMETER'
  /**
   * Le décalage ne peut pas être négatif.
   *
   * Signification : `offset` est négatif.
   *
   * Correction : Passez un `offset` positif ou nul.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'PAGE_OFFSET'
  /**
   * La taille de page doit être comprise entre 0 et {maximum}.
   *
   * Signification : `limit` dépasse `MAX_PAGE_SIZE` (500 par défaut) ou est négatif.
   *
   * Correction : Demandez au plus la taille maximale et parcourez les pages avec `offset`.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'PAGE_SIZE'
  /**
   * Code postal invalide : « {code} » (5 caractères attendus).
   *
   * Signification : Un code postal a cinq caractères : des chiffres (2A ou 2B en Corse).
   *
   * Correction : Saisissez le code postal à cinq caractères, par exemple 75008 ou 20000.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'POSTAL_CODE_INVALID'
  /**
   * Les emplois de {nature} sont portés par le programme {attendu} (circulaire NOR INTK1307790C, § III.1), non {reçu}.
   *
   * Signification : Les postes de CTR relèvent du programme 216, ceux d’ASS du programme 307 [circulaire NOR INTK1307790C, § III.1] ; aucun autre programme n’existe ici.
   *
   * Correction : Saisissez 216 ou 307 selon la nature du poste.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'POST_BUDGET_PROGRAMME'
  /**
   * Ce poste a été occupé : il ne peut pas être supprimé ; fermez-le avec une date de fin.
   *
   * Signification : L’historique des titulaires est conservé : un poste occupé ne se supprime pas.
   *
   * Correction : Fermez le poste avec une date de fin.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'POST_HAS_ASSIGNMENTS'
  /**
   * Le supérieur technique d’un poste de {nature} est un poste de {attendu} : le {date}, ce poste est un poste de {nature} et le supérieur choisi un poste de {reçu}.
   *
   * Signification : La hiérarchie technique va de l’ASS au CTR ou au CT central, puis au CTN, qui n’a pas de supérieur ; un poste n’est pas son propre supérieur [circulaire NOR INTK1307790C, § II]. Les deux natures sont celles de la date d’effet de la modification (aujourd’hui sans date d’effet ; le premier jour d’un poste créé).
   *
   * Correction : Choisissez un supérieur technique de la nature attendue.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'POST_HIERARCHY'
  /**
   * Le poste serait occupé à {total} ETP {période} (avec {titulaires}), au-delà de son quota de {quota} ETP.
   *
   * Signification : Les affectations d’un poste peuvent se chevaucher (deux temps partiels), jamais au-delà de son quota budgétaire d’ETP.
   *
   * Correction : Réduisez la quotité, décalez les dates, ou fermez l’autre affectation.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'POST_OVER_CAPACITY'
  /**
   * Un poste de {nature} requiert, le {date}, un agent de catégorie {catégorie} {corps requis} ({base légale}) : {agent} est de catégorie {sa catégorie}, corps « {corps} ».
   *
   * Signification : Un poste d’ASS est tenu par un assistant de service social (catégorie B selon la circulaire NOR INTK1307790C, § II ; catégorie A depuis le 1er février 2019, décret n° 2017-1050), un poste de CTR, CT central ou CTN par un conseiller de catégorie A ; l’exigence est datée et se règle dans Administration › Qualifications requises des postes. La nature du poste, la catégorie et le corps de l’agent sont ceux du premier jour de l’affectation (leurs versions en vigueur ce jour-là).
   *
   * Correction : Affectez un agent du corps et de la catégorie requis, ou corrigez la fiche de l’agent.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'POST_QUALIFICATION'
  /**
   * Aucune exigence de catégorie n’est configurée pour un poste de {nature} le {date} : complétez les qualifications requises des postes.
   *
   * Signification : La catégorie requise d’un poste est datée (Administration › Qualifications requises des postes) : aucune n’est en vigueur à cette date.
   *
   * Correction : Ajoutez l’exigence en vigueur à cette date, ou corrigez la date.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'POST_QUALIFICATION_NONE'
  /**
   * Une exigence de catégorie {catégorie} est déjà en vigueur pour ce type de poste sur cette période (depuis le {date}) : une seule s’applique à une date.
   *
   * Signification : Les exigences de catégorie d’un type de poste se succèdent sans se chevaucher.
   *
   * Correction : Fermez l’exigence en vigueur la veille de la nouvelle, ou corrigez les dates.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'POST_QUALIFICATION_OVERLAP'
  /**
   * Trop d’alias dans la requête : {trouvé}, {maximum} au plus.
   *
   * Signification : La requête utilise plus de 100 alias.
   *
   * Correction : Utilisez les filtres de liste (`ids`, `q`) plutôt qu’un alias par enregistrement.
   *
   * Refus, `extensions.code` = GRAPHQL_VALIDATION_FAILED.
   */
  | 'QUERY_ALIASES'
  /**
   * Requête trop coûteuse : coût estimé {trouvé}, {maximum} au plus ; demandez moins de champs ou de niveaux imbriqués.
   *
   * Signification : Le coût estimé de la requête (champs × tailles de page demandées) dépasse la limite (50 000) : chaque liste coûte son `limit` × le coût de ses enfants.
   *
   * Correction : Réduisez les `limit` des listes imbriquées ou le nombre de champs, ou découpez la requête.
   *
   * Refus, `extensions.code` = GRAPHQL_VALIDATION_FAILED.
   */
  | 'QUERY_COST'
  /**
   * Requête trop profonde : {trouvé} niveaux imbriqués, {maximum} au plus.
   *
   * Signification : Limite de profondeur de la requête (10 niveaux, `api/src/shared/query-limits.ts`), contre les requêtes abusives.
   *
   * Correction : Demandez moins de niveaux imbriqués, et faites plusieurs requêtes si besoin.
   *
   * Refus, `extensions.code` = GRAPHQL_VALIDATION_FAILED.
   */
  | 'QUERY_DEPTH'
  /**
   * Trop de directives dans la requête : {trouvé}, {maximum} au plus.
   *
   * Signification : La requête porte plus de 50 directives (`@include`, `@skip`…).
   *
   * Correction : Retirez des directives, ou envoyez des requêtes distinctes.
   *
   * Refus, `extensions.code` = GRAPHQL_VALIDATION_FAILED.
   */
  | 'QUERY_DIRECTIVES'
  /**
   * Requête trop longue : plus de {maximum} éléments.
   *
   * Signification : Le texte de la requête dépasse 5 000 éléments lexicaux.
   *
   * Correction : Raccourcissez la requête (fragments, variables) ou découpez-la.
   *
   * Refus, `extensions.code` = GRAPHQL_VALIDATION_FAILED.
   */
  | 'QUERY_TOKENS'
  /**
   * « recordedAt » ({instant}) est dans le futur : le registre n’a encore rien enregistré à cet instant.
   *
   * Signification : Une lecture « telle qu’enregistrée » (`recordedAt`, temps de la transaction) demande un instant à venir.
   *
   * Correction : Donnez un instant passé (ou omettez `recordedAt` pour l’état actuel).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'RECORDED_AT_FUTURE'
  /**
   * Le champ « {champ} » est calculé d’après les données d’aujourd’hui : il ne peut pas être lu tel qu’enregistré.
   *
   * Signification : Avec `recordedAt`, seuls les champs enregistrés, leurs références et leurs listes sont relus dans l’historique ; un champ calculé (indicateur, effectif, ETP…) ou un journal n’y est pas : la réponse serait celle d’aujourd’hui.
   *
   * Correction : Retirez les champs calculés de la sélection, ou lisez-les sans `recordedAt`.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'RECORDED_AT_UNSUPPORTED'
  /**
   * « {champ} » : aucune valeur « {id} » dans le référentiel.
   *
   * Signification : Un champ `…Id` désigne un enregistrement qui n’existe pas (ou hors de votre périmètre).
   *
   * Correction : Choisissez une valeur existante : lisez son identifiant dans la liste du type référencé.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'REFERENCE_UNKNOWN'
  /**
   * L’horizon du « court terme » est un nombre entier de mois, de 1 à 120 : {valeur} reçu.
   *
   * Signification : Les textes ne définissent pas le « court terme » du critère de mobilité (arrêté du 12 février 2026) : le régime en fixe l’horizon en mois.
   *
   * Correction : Saisissez un nombre entier de mois entre 1 et 120 (12 par défaut).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'REGIME_MOBILITY_HORIZON'
  /**
   * Aucun régime des correspondants de l’action sociale n’est en vigueur le {date} : configurez les régimes.
   *
   * Signification : Les conditions d’éligibilité suivent le régime en vigueur à la date vérifiée (2007 ou 2026) ; aucun ne couvre cette date.
   *
   * Correction : Un administrateur national complète les régimes (menu « Régimes ») pour couvrir cette date.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'REGIME_NONE'
  /**
   * Le régime « {code} » est déjà en vigueur sur cette période (depuis le {date}) : un seul régime s’applique à une date.
   *
   * Signification : Les périodes de validité des régimes ne se chevauchent pas.
   *
   * Correction : Fermez le régime en vigueur la veille du début du nouveau.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'REGIME_OVERLAP'
  /**
   * Cette région a des départements : supprimez-les ou rattachez-les ailleurs d’abord.
   *
   * Signification : Une région ne se supprime pas tant que des départements y sont rattachés.
   *
   * Correction : Rattachez ses départements à une autre région, ou supprimez-les d’abord.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'REGION_HAS_DEPARTMENTS'
  /**
   * Un poste est remplacé par un agent occupant un poste de même nature : le {date}, premier jour du remplacement, le poste remplacé est un poste de {nature} et celui du remplaçant un poste de {proposé}.
   *
   * Signification : Un ASS est remplacé par un ASS, un CTR par un CTR [circulaire NOR INTK1307790C, § III.1] : les natures des deux postes au premier jour du remplacement.
   *
   * Correction : Choisissez un remplaçant qui occupe un poste de même nature.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'REPLACEMENT_KIND'
  /**
   * Le remplacement doit s’inscrire dans la période d’affectation du remplaçant ({période}).
   *
   * Signification : Le remplaçant est affecté sur son poste pendant tout le remplacement.
   *
   * Correction : Ajustez les dates du remplacement à la période d’affectation du remplaçant.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'REPLACEMENT_OUTSIDE_ASSIGNMENT'
  /**
   * Un poste ne se remplace pas par sa propre affectation.
   *
   * Signification : Le remplaçant occupe un autre poste que le poste remplacé.
   *
   * Correction : Choisissez l’affectation d’un agent sur un autre poste.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'REPLACEMENT_SAME_POST'
  /**
   * Le champ « {champ} » est obligatoire.
   *
   * Signification : Un champ obligatoire de l’enregistrement est vide ou absent (les entrées listent tous les champs comme facultatifs : absent = inchangé, `null` = effacé).
   *
   * Correction : Renseignez le champ nommé par `extensions.field`.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'REQUIRED'
  /**
   * La prise en charge temporaire d’une autre région se fait sur décision datée du directeur des ressources humaines (circulaire NOR INTK1307790C, § II.2) : indiquez sa référence et sa date.
   *
   * Signification : Un secteur temporaire repose sur une décision datée du DRH [circulaire NOR INTK1307790C, § II.2].
   *
   * Correction : Renseignez `decisionReference` et `decisionDate`.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SECTOR_DECISION_REQUIRED'
  /**
   * Le secteur d’un conseiller technique régional est une région : le {date}, premier jour du secteur, ce poste est un poste de {nature}.
   *
   * Signification : Le secteur suit la nature du poste au premier jour du secteur : une région pour un CTR, un département (ou une partie) pour un ASS ou le CT central ; le CTN n’a pas de secteur.
   *
   * Correction : Renseignez le seul champ attendu (`regionId` ou `departmentId`).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SECTOR_KIND'
  /**
   * Seul un conseiller technique régional prend temporairement en charge une autre région : le {date}, premier jour du secteur, ce poste est un poste de {nature}.
   *
   * Signification : La prise en charge temporaire d’une seconde région est propre aux CTR [circulaire NOR INTK1307790C, § II.2], la nature du poste étant celle du premier jour du secteur.
   *
   * Correction : Décochez `temporary`.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SECTOR_TEMPORARY'
  /**
   * La prise en charge d’une autre région est « transitoire et temporaire » (circulaire NOR INTK1307790C, § II.2) : indiquez la date de fin de la décision du DRH.
   *
   * Signification : Un secteur temporaire (seconde région d’un CTR) suit une décision du DRH limitée dans le temps [circulaire NOR INTK1307790C, § II.2].
   *
   * Correction : Renseignez la date de fin de la décision.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SECTOR_TEMPORARY_END'
  /**
   * Un service déconcentré (rattaché à un département) relève du préfet [arrêté du 12 février 2026, art. 3].
   *
   * Signification : L’autorité qui désigne les correspondants dépend du service : le préfet pour les services déconcentrés, le secrétaire général, le DRHFSPN ou le DRH de la gendarmerie pour les services centraux [arrêté du 12 février 2026, art. 3].
   *
   * Correction : Choisissez PREFECT pour un service rattaché à un département, une autorité centrale sinon (ou corrigez le département).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SERVICE_AUTHORITY_MISMATCH'
  /**
   * Un service d’administration centrale n’a pas de département.
   *
   * Signification : Un service de nature ADMINISTRATION_CENTRALE n’est pas rattaché à un département.
   *
   * Correction : Retirez le département, ou changez la nature du service.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SERVICE_CENTRAL_WITH_DEPARTMENT'
  /**
   * Des agents sont ou ont été affectés à ce service ({nombre} affectations) : il ne peut pas être supprimé ; fermez-le avec une date de fin.
   *
   * Signification : L’historique des affectations est conservé : un service qui a eu des agents ne se supprime pas.
   *
   * Correction : Fermez le service avec une date de fin (`validTo`).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SERVICE_HAS_AGENTS'
  /**
   * Ce service a {nombre} sous-services : rattachez-les ailleurs d’abord.
   *
   * Signification : Un service qui a des sous-services ne se supprime pas.
   *
   * Correction : Rattachez ses sous-services à un autre parent, ou fermez le service avec une date de fin.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SERVICE_HAS_CHILDREN'
  /**
   * Le service parent choisi est ce service lui-même ou l’un de ses sous-services : l’arborescence formerait une boucle.
   *
   * Signification : L’arborescence des services est un arbre : un service ne peut pas descendre de lui-même.
   *
   * Correction : Choisissez comme parent un service qui n’est pas sous ce service.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SERVICE_PARENT_CYCLE'
  /**
   * Un correspondant assiste en qualité d’expert à la demande d’un membre de la commission : indiquez ce membre [circulaire du 12 février 2026, §2.4].
   *
   * Signification : La présence d’un correspondant en qualité d’expert est demandée par un membre de la commission [circulaire du 12 février 2026, §2.4].
   *
   * Correction : Indiquez le membre à l’origine de la demande (`requestedById`).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SESSION_ATTENDANCE_EXPERT_REQUEST'
  /**
   * Seuls les correspondants de l’action sociale nommés à la date de la séance ({date}) y assistent à ce titre [circulaire du 12 février 2026, §2.4].
   *
   * Signification : Un agent assiste à une séance en qualité de correspondant seulement s’il est nommé à la date de la séance [circulaire du 12 février 2026, §2.4].
   *
   * Correction : Vérifiez l’agent et la date de la séance, ou la nomination du correspondant.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SESSION_ATTENDANCE_NOT_CORRESPONDENT'
  /**
   * Le membre à l’origine de la demande doit siéger à cette commission à la date de la séance ({date}).
   *
   * Signification : Le demandeur d’une présence d’expert est membre de la commission à la date de la séance.
   *
   * Correction : Choisissez un membre de cette commission en fonction à la date de la séance.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SESSION_ATTENDANCE_REQUESTER_NOT_MEMBER'
  /**
   * Des cartes d’implantation ont été soumises à cette séance : elle ne peut pas être supprimée.
   *
   * Signification : Une séance à laquelle des cartes ont été soumises ne se supprime pas.
   *
   * Correction : Conservez la séance ; corrigez-la si ses informations sont fausses.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SESSION_HAS_MAPS'
  /**
   * Des avis ont été rendus lors de cette séance : elle ne peut pas être supprimée.
   *
   * Signification : Une séance où des avis ont été rendus ne se supprime pas : ils restent datés de cette séance.
   *
   * Correction : Conservez la séance ; corrigez-la si ses informations sont fausses.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SESSION_HAS_OPINIONS'
  /**
   * Tri impossible sur « {champ} » : champs triables : {liste}.
   *
   * Signification : Le champ de `sort` n’est pas triable pour ce type.
   *
   * Correction : Choisissez un des champs listés dans le message (ou un chemin comme `department.code`).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'SORT_FIELD_UNKNOWN'
  /**
   * {type} modifié par quelqu’un d’autre entre-temps (version {lue} lue, version {actuelle} en base) : rechargez-le.
   *
   * Signification : Verrouillage optimiste : la `version` envoyée n’est plus celle de l’enregistrement ; la modification n’a pas été appliquée.
   *
   * Correction : Relisez l’enregistrement (dans un enregistrement groupé, `current` le donne), reportez vos changements et renvoyez-les avec la nouvelle version.
   *
   * Refus, `extensions.code` = CONFLICT.
   */
  | 'STALE_VERSION'
  /**
   * « {champ} » : caractère de contrôle {U+…} interdit (le texte tient sur une ligne).
   *
   * Signification : Un texte contient un caractère de contrôle (NUL…) ; seuls les textes libres admettent tabulation et retours à la ligne.
   *
   * Correction : Ressaisissez le texte sans ce caractère (souvent venu d’un copier-coller).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'TEXT_CONTROL_CHARACTER'
  /**
   * « {champ} » : texte Unicode invalide (demi-caractère {U+…} isolé) : ressaisissez le texte.
   *
   * Signification : Un texte contient un demi-caractère UTF-16 isolé, qui ne peut pas être enregistré.
   *
   * Correction : Ressaisissez le texte.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'TEXT_INVALID_UNICODE'
  /**
   * « {champ} » : {nombre} caractères, {maximum} au plus.
   *
   * Signification : Un texte dépasse la longueur de sa colonne (varchar(n) : n caractères ; texte libre : 10 000 ; recherche `q` : 200).
   *
   * Correction : Raccourcissez le texte.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'TEXT_TOO_LONG'
  /**
   * Le service {code} est compté avec son service principal {principal} : attribuez le temps à celui-ci.
   *
   * Signification : Un service compté avec un autre n’a pas de part propre : elle va à son service principal.
   *
   * Correction : Attribuez la part au service principal.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'TIME_ALLOCATION_COUNTED_WITH_MAIN'
  /**
   * La part de temps ({période}) sort de la période d’affectation de l’agent sur le poste ({dates}).
   *
   * Signification : Une part de temps est comprise dans la période de l’affectation qu’elle répartit.
   *
   * Correction : Ajustez les dates de la part à celles de l’affectation.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'TIME_ALLOCATION_OUTSIDE_ASSIGNMENT'
  /**
   * La part de temps ({période}) sort des dates de la convention {référence} ({dates}).
   *
   * Signification : Une part de temps est comprise dans la période de sa convention.
   *
   * Correction : Ajustez les dates de la part, ou celles de la convention.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'TIME_ALLOCATION_OUTSIDE_CONVENTION'
  /**
   * Le service {code} n’est pas dans la zone d’intervention de la convention.
   *
   * Signification : Le temps est attribué à des services ou régions de la zone de la convention.
   *
   * Correction : Choisissez une cible de la zone, ou étendez la zone de la convention.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'TIME_ALLOCATION_OUTSIDE_ZONE'
  /**
   * Cette affectation ne porte pas sur le poste de la convention.
   *
   * Signification : Une convention de service répartit le temps des affectations sur son poste.
   *
   * Correction : Choisissez une affectation du poste de la convention.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'TIME_ALLOCATION_POST_MISMATCH'
  /**
   * Le poste serait réparti à {total} ETP {période}, au-delà de son quota de {quota} ETP ({parts}).
   *
   * Signification : Un poste ne donne jamais plus que son quota d’ETP (quotité × part).
   *
   * Correction : Réduisez des parts de la période signalée.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'TIME_ALLOCATION_POST_OVER_QUOTA'
  /**
   * Les parts de temps de cette affectation totalisent {total} {période} au lieu de 1 ({parts}).
   *
   * Signification : À chaque date, les parts de temps d’une affectation totalisent 1 (± 0,001), avec ses autres parts enregistrées [circulaire de l’Équipement, annexe 5].
   *
   * Correction : Ajustez les parts de la période signalée pour que leur somme fasse 1 (la grille de répartition affiche les sommes).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'TIME_ALLOCATION_SHARES_NOT_ONE'
  /**
   * Une part de temps est comprise entre 0 (exclu) et 1 : {valeur} reçu.
   *
   * Signification : Une part de temps est une fraction du temps de l’affectation.
   *
   * Correction : Saisissez une part entre 0 et 1, par exemple 0,25.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'TIME_ALLOCATION_SHARE_RANGE'
  /**
   * Une part attribuée à un service indique ce service (et lui seul).
   *
   * Signification : Une part vise un service (avec `serviceId`), une région (avec `regionId`), ou la fonction (ni l’un ni l’autre).
   *
   * Correction : Renseignez le seul champ qui correspond à `targetKind`.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'TIME_ALLOCATION_TARGET'
  /**
   * Une convention de ce type ne répartit le temps qu’entre : {cibles}.
   *
   * Signification : Les cibles d’une part de temps dépendent du type de convention (services et fonction pour un ASS, régions et fonction pour un CTR…).
   *
   * Correction : Choisissez une cible permise (`targetKind`).
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'TIME_ALLOCATION_TARGET_KIND'
  /**
   * Cette valeur est déjà utilisée par un autre enregistrement.
   *
   * Signification : Une contrainte d’unicité de la base a refusé l’écriture (cas que les règles n’ont pas vu, par exemple deux écritures simultanées).
   *
   * Correction : Rechargez les données, puis choisissez une autre valeur.
   *
   * Refus, `extensions.code` = VALIDATION_FAILED.
   */
  | 'UNIQUE';

/** Période examinée pour la réunion d’information annuelle : les 12 derniers mois (LAST_12_MONTHS) ou l’année civile précédente (PREVIOUS_CALENDAR_YEAR) [001 §2.5]. */
export type MeetingWindow =
  /** Les 12 derniers mois. */
  | 'LAST_12_MONTHS'
  /** L’année civile précédente. */
  | 'PREVIOUS_CALENDAR_YEAR';

/** Rôle d’un utilisateur ou d’un script : il fixe ce qu’il peut lire et modifier, dans son périmètre (access/policy.ts). */
export type Role =
  /** Analyste. */
  | 'ANALYST'
  /** Administration départementale. */
  | 'DEPARTMENTAL_ADMIN'
  /** Administration nationale. */
  | 'NATIONAL_ADMIN'
  /** Ministère partenaire. */
  | 'PARTNER_MINISTRY'
  /** Conseiller technique régional. */
  | 'REGIONAL_CTR';

/** Gravité d’une violation : une erreur bloque l’enregistrement, un avertissement non. */
export type Severity =
  /** Erreur. */
  | 'ERROR'
  /** Avertissement. */
  | 'WARNING';

export type AppointmentNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type AppointmentNoticeQuery = { appointment: { id: string, noticeHtml: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { subject: string, name: string | null, role: Role, perimeter: Array<string>, perimeterNames: Array<string>, writableTypes: Array<string>, hiddenTypes: Array<string>, withheldFields: Array<string> } };

export type AuditEntriesQueryVariables = Exact<{
  entityName: string;
  entityId: string | number;
  offset: number;
  limit: number;
}>;


export type AuditEntriesQuery = { page: { totalCount: number, items: Array<{ id: string, at: string, actor: string, requestId: string, entityName: string, entityId: string, action: AuditAction, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type ViolationFragment = { field: string, code: ErrorCode, message: string, severity: Severity };

type BulkRow_AccessGrantRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_AgentRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_AnnualReportRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_CandidacyRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_CandidateCallRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_CommissionMemberRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_CommissionRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_CommissionSessionRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_ConsultationRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_ConventionRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_ConventionScopeRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_DepartmentRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_FieldReportRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_ImplantationMapEntryRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_ImplantationMapRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_InformationMeetingAttendanceRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_InformationMeetingRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_MinistryRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_MissionLetterRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_NationalSynthesisReportRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_NetworkReportRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_OverseasCollectivityRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_PostAssignmentRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_PostQualificationRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_PostSectorRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_RegimeRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_RegionRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_ReplacementRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_ServiceHeadcountRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_ServiceRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_ServiceSiteRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_SessionAttendanceRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_SocialWorkerPostRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_SupportProfessionalRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_TimeAllocationRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

type BulkRow_TrainingRowResult_Fragment = { index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> };

export type BulkRowFragment =
  | BulkRow_AccessGrantRowResult_Fragment
  | BulkRow_AgentRowResult_Fragment
  | BulkRow_AnnualReportRowResult_Fragment
  | BulkRow_CandidacyRowResult_Fragment
  | BulkRow_CandidateCallRowResult_Fragment
  | BulkRow_CommissionMemberRowResult_Fragment
  | BulkRow_CommissionRowResult_Fragment
  | BulkRow_CommissionSessionRowResult_Fragment
  | BulkRow_ConsultationRowResult_Fragment
  | BulkRow_ConventionRowResult_Fragment
  | BulkRow_ConventionScopeRowResult_Fragment
  | BulkRow_DepartmentRowResult_Fragment
  | BulkRow_FieldReportRowResult_Fragment
  | BulkRow_ImplantationMapEntryRowResult_Fragment
  | BulkRow_ImplantationMapRowResult_Fragment
  | BulkRow_InformationMeetingAttendanceRowResult_Fragment
  | BulkRow_InformationMeetingRowResult_Fragment
  | BulkRow_MinistryRowResult_Fragment
  | BulkRow_MissionLetterRowResult_Fragment
  | BulkRow_NationalSynthesisReportRowResult_Fragment
  | BulkRow_NetworkReportRowResult_Fragment
  | BulkRow_OverseasCollectivityRowResult_Fragment
  | BulkRow_PostAssignmentRowResult_Fragment
  | BulkRow_PostQualificationRowResult_Fragment
  | BulkRow_PostSectorRowResult_Fragment
  | BulkRow_RegimeRowResult_Fragment
  | BulkRow_RegionRowResult_Fragment
  | BulkRow_ReplacementRowResult_Fragment
  | BulkRow_ServiceHeadcountRowResult_Fragment
  | BulkRow_ServiceRowResult_Fragment
  | BulkRow_ServiceSiteRowResult_Fragment
  | BulkRow_SessionAttendanceRowResult_Fragment
  | BulkRow_SocialWorkerPostRowResult_Fragment
  | BulkRow_SupportProfessionalRowResult_Fragment
  | BulkRow_TimeAllocationRowResult_Fragment
  | BulkRow_TrainingRowResult_Fragment
;

type BulkSave_AccessGrantSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_AgentSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_AnnualReportSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_CandidacySaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_CandidateCallSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_CommissionMemberSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_CommissionSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_CommissionSessionSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_ConsultationSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_ConventionSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_ConventionScopeSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_DepartmentSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_FieldReportSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_ImplantationMapEntrySaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_ImplantationMapSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_InformationMeetingAttendanceSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_InformationMeetingSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_MinistrySaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_MissionLetterSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_NationalSynthesisReportSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_NetworkReportSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_OverseasCollectivitySaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_PostAssignmentSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_PostQualificationSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_PostSectorSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_RegimeSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_RegionSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_ReplacementSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_ServiceHeadcountSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_ServiceSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_ServiceSiteSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_SessionAttendanceSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_SocialWorkerPostSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_SupportProfessionalSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_TimeAllocationSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

type BulkSave_TrainingSaveResult_Fragment = { ok: boolean, rows: Array<{ index: number, id: string | null, violations: Array<{ field: string, code: ErrorCode, message: string, severity: Severity }> }> };

export type BulkSaveFragment =
  | BulkSave_AccessGrantSaveResult_Fragment
  | BulkSave_AgentSaveResult_Fragment
  | BulkSave_AnnualReportSaveResult_Fragment
  | BulkSave_CandidacySaveResult_Fragment
  | BulkSave_CandidateCallSaveResult_Fragment
  | BulkSave_CommissionMemberSaveResult_Fragment
  | BulkSave_CommissionSaveResult_Fragment
  | BulkSave_CommissionSessionSaveResult_Fragment
  | BulkSave_ConsultationSaveResult_Fragment
  | BulkSave_ConventionSaveResult_Fragment
  | BulkSave_ConventionScopeSaveResult_Fragment
  | BulkSave_DepartmentSaveResult_Fragment
  | BulkSave_FieldReportSaveResult_Fragment
  | BulkSave_ImplantationMapEntrySaveResult_Fragment
  | BulkSave_ImplantationMapSaveResult_Fragment
  | BulkSave_InformationMeetingAttendanceSaveResult_Fragment
  | BulkSave_InformationMeetingSaveResult_Fragment
  | BulkSave_MinistrySaveResult_Fragment
  | BulkSave_MissionLetterSaveResult_Fragment
  | BulkSave_NationalSynthesisReportSaveResult_Fragment
  | BulkSave_NetworkReportSaveResult_Fragment
  | BulkSave_OverseasCollectivitySaveResult_Fragment
  | BulkSave_PostAssignmentSaveResult_Fragment
  | BulkSave_PostQualificationSaveResult_Fragment
  | BulkSave_PostSectorSaveResult_Fragment
  | BulkSave_RegimeSaveResult_Fragment
  | BulkSave_RegionSaveResult_Fragment
  | BulkSave_ReplacementSaveResult_Fragment
  | BulkSave_ServiceHeadcountSaveResult_Fragment
  | BulkSave_ServiceSaveResult_Fragment
  | BulkSave_ServiceSiteSaveResult_Fragment
  | BulkSave_SessionAttendanceSaveResult_Fragment
  | BulkSave_SocialWorkerPostSaveResult_Fragment
  | BulkSave_SupportProfessionalSaveResult_Fragment
  | BulkSave_TimeAllocationSaveResult_Fragment
  | BulkSave_TrainingSaveResult_Fragment
;

export type AttentionQueryVariables = Exact<{
  asOf?: string | null | undefined;
  mobility?: boolean;
}>;


export type AttentionQuery = { mapCoverage: Array<{ map: { id: string }, uncovered: Array<{ service: { id: string } }> }>, appointmentsWithoutSignedLetter: Array<{ appointment: { id: string } }>, correspondentsWithoutInitialTraining: Array<{ appointment: { id: string } }>, brokenConditions: Array<{ appointment: { id: string } }>, mobilityPlansAfterAppointment?: Array<{ appointment: { id: string } }>, perimetersWithoutInformationMeeting: Array<{ authority: DesignatingAuthority | null, department: { id: string } | null }> };

export type NetworkAttentionQueryVariables = Exact<{
  asOf?: string | null | undefined;
  reportYear: number;
}>;


export type NetworkAttentionQuery = { vacantPosts: Array<{ post: { id: string } }>, allocationsNotSummingToOne: Array<{ assignment: { id: string } }>, missingNetworkReports: Array<{ post: { id: string } }>, clasWithoutExOfficioSocialWorkers: Array<{ commission: { id: string }, missing: Array<{ post: { id: string } }> }> };

export type AlertFragment = { reason: BrokenConditionReason | null, detail: string | null, date: string | null, appointment: { id: string }, agent: { id: string, lastName: string, firstName: string }, department: { code: string } | null };

export type IndicatorsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  departmentId?: string | number | null | undefined;
  reportYear: number;
  mobility?: boolean;
}>;


export type IndicatorsQuery = { mapCoverage: Array<{ required: number, appointed: number, effective: number, uncoveredCount: number, map: { id: string, title: string, revision: number }, department: { code: string, name: string } | null, entries: Array<{ required: number, appointed: number, effective: number, missing: number, service: { id: string, code: string, name: string } }> }>, correspondentsWithoutInitialTraining: Array<{ reason: BrokenConditionReason | null, detail: string | null, date: string | null, appointment: { id: string }, agent: { id: string, lastName: string, firstName: string }, department: { code: string } | null }>, appointmentsWithoutSignedLetter: Array<{ reason: BrokenConditionReason | null, detail: string | null, date: string | null, appointment: { id: string }, agent: { id: string, lastName: string, firstName: string }, department: { code: string } | null }>, brokenConditions: Array<{ reason: BrokenConditionReason | null, detail: string | null, date: string | null, appointment: { id: string }, agent: { id: string, lastName: string, firstName: string }, department: { code: string } | null }>, mobilityPlansAfterAppointment?: Array<{ reason: BrokenConditionReason | null, detail: string | null, date: string | null, appointment: { id: string }, agent: { id: string, lastName: string, firstName: string }, department: { code: string } | null }>, perimetersWithoutInformationMeeting: Array<{ authority: DesignatingAuthority | null, lastMeeting: string | null, window: MeetingWindow, from: string, to: string, department: { id: string, code: string, name: string } | null }>, missingNetworkReports: Array<{ year: number, post: { id: string, code: string, title: string }, department: { code: string } | null }>, clasWithoutExOfficioSocialWorkers: Array<{ commission: { id: string, name: string }, department: { code: string }, missing: Array<{ validFrom: string, agent: { id: string, lastName: string, firstName: string }, post: { id: string, code: string } }> }> };

export type RatioFragment = { networkAgents: number, socialWorkerEtp: number, agentsPerSocialWorker: number | null, target: number };

export type RatioRegionsQueryVariables = Exact<{
  asOf: string;
}>;


export type RatioRegionsQuery = { page: { items: Array<{ id: string, code: string, name: string, socialWorkerRatio: { networkAgents: number, socialWorkerEtp: number, agentsPerSocialWorker: number | null, target: number } }> } };

export type RatioDepartmentsQueryVariables = Exact<{
  asOf: string;
  regionId: string | number;
}>;


export type RatioDepartmentsQuery = { page: { items: Array<{ id: string, code: string, name: string, socialWorkerRatio: { networkAgents: number, socialWorkerEtp: number, agentsPerSocialWorker: number | null, target: number } }> } };

export const ViolationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Violation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Violation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]} as unknown as DocumentNode<ViolationFragment, unknown>;
export const BulkRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Violation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Violation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Violation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]} as unknown as DocumentNode<BulkRowFragment, unknown>;
export const BulkSaveFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkSave"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkSaveResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Violation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Violation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Violation"}}]}}]}}]} as unknown as DocumentNode<BulkSaveFragment, unknown>;
export const AlertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorrespondentAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]} as unknown as DocumentNode<AlertFragment, unknown>;
export const RatioFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ratio"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorkerRatio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkAgents"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerEtp"}},{"kind":"Field","name":{"kind":"Name","value":"agentsPerSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]} as unknown as DocumentNode<RatioFragment, unknown>;
export const AppointmentNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeHtml"}}]}}]}}]} as unknown as DocumentNode<AppointmentNoticeQuery, AppointmentNoticeQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"perimeter"}},{"kind":"Field","name":{"kind":"Name","value":"perimeterNames"}},{"kind":"Field","name":{"kind":"Name","value":"writableTypes"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenTypes"}},{"kind":"Field","name":{"kind":"Name","value":"withheldFields"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityName"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const AttentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Attention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mobility"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"map"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentsWithoutSignedLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correspondentsWithoutInitialTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokenConditions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mobilityPlansAfterAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mobility"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perimetersWithoutInformationMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authority"}}]}}]}}]} as unknown as DocumentNode<AttentionQuery, AttentionQueryVariables>;
export const NetworkAttentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkAttention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacantPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocationsNotSummingToOne"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingNetworkReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"ASS_ANNUAL"}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clasWithoutExOfficioSocialWorkers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkAttentionQuery, NetworkAttentionQueryVariables>;
export const IndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Indicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mobility"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"map"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"appointed"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredCount"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"appointed"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correspondentsWithoutInitialTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Alert"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentsWithoutSignedLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Alert"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokenConditions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Alert"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mobilityPlansAfterAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mobility"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Alert"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perimetersWithoutInformationMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"lastMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingNetworkReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"ASS_ANNUAL"}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clasWithoutExOfficioSocialWorkers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorrespondentAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]} as unknown as DocumentNode<IndicatorsQuery, IndicatorsQueryVariables>;
export const RatioRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatioRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"StringValue","value":"code","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerRatio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ratio"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ratio"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorkerRatio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkAgents"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerEtp"}},{"kind":"Field","name":{"kind":"Name","value":"agentsPerSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]} as unknown as DocumentNode<RatioRegionsQuery, RatioRegionsQueryVariables>;
export const RatioDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatioDepartments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"StringValue","value":"code","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerRatio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ratio"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ratio"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorkerRatio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkAgents"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerEtp"}},{"kind":"Field","name":{"kind":"Name","value":"agentsPerSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]} as unknown as DocumentNode<RatioDepartmentsQuery, RatioDepartmentsQueryVariables>;