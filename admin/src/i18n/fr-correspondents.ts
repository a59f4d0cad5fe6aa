/** French texts of the commissions and correspondents screens (merged into fr.ts). */
const common = { id: 'Identifiant', version: 'Version', createdAt: 'Créé le', updatedAt: 'Modifié le', validFrom: 'Valide du', validTo: 'Valide jusqu’au', q: 'Recherche', allowedTransitions: 'Actions possibles', status: 'Statut', asOf: 'À la date du' };
const arrete = { arreteNumber: 'N° de l’arrêté', arreteDate: 'Date de l’arrêté', arreteSignatory: 'Signataire de l’arrêté', arreteAuthority: 'Autorité qui arrête', arreteAuthorityDepartmentId: 'Département du préfet', arreteSignatoryCapacity: 'Qualité du signataire', arreteSignatoryTitle: 'Fonction du signataire (délégation, intérim)', decisionReason: 'Motif de la décision (si elle s’écarte de l’avis)' };

const messages = {
  resources: {
    commissions: { name: 'Commission |||| Commissions', fields: { ...common, code: 'Code', name: 'Nom', kind: 'Type', departmentId: 'Département', regionId: 'Région', authority: 'Périmètre central' } },
    'commission-members': { name: 'Membre de commission |||| Membres de commissions', fields: { ...common, commissionId: 'Commission', agentId: 'Agent', role: 'Qualité' } },
    'commission-sessions': { name: 'Séance |||| Séances', fields: { ...common, commissionId: 'Commission', date: 'Date', agenda: 'Ordre du jour' } },
    opinions: { name: 'Avis |||| Avis', fields: { ...common, sessionId: 'Séance', subject: 'Objet', value: 'Avis', reasons: 'Motifs', proposals: 'Propositions' } },
    'session-attendances': { name: 'Présence en séance |||| Présences en séance', fields: { ...common, sessionId: 'Séance', agentId: 'Correspondant', capacity: 'Qualité', requestedById: 'Membre demandeur' } },
    regimes: {
      name: 'Régime |||| Régimes',
      fields: {
        ...common, code: 'Code', name: 'Nom', legalBasis: 'Textes', titularOnly: 'Titulaires seulement', excludesClasMembers: 'Membres de CLAS exclus',
        mobilityCriterion: 'Critère de mobilité', mobilityHorizonMonths: 'Horizon du « court terme » (mois)', jointInterview: 'Entretien conjoint', ministerialForCentral: 'Arrêté ministériel pour l’administration centrale', preciseTimeCredit: 'Crédit de temps précis',
      },
    },
    'implantation-maps': {
      name: 'Carte d’implantation |||| Cartes d’implantation',
      fields: {
        ...common, ...arrete, title: 'Intitulé', departmentId: 'Département', authority: 'Autorité', revision: 'Révision', previousId: 'Révision précédente', rationale: 'Motivation',
        inForceFrom: 'En vigueur du', inForceTo: 'En vigueur jusqu’au', inForceOn: 'En vigueur le', entries: 'Services de la carte', 'opinion.value': 'Avis de la commission', 'session.date': 'Séance',
      },
    },
    'implantation-map-entries': { name: 'Service de la carte |||| Services des cartes', fields: { ...common, mapId: 'Carte d’implantation', serviceId: 'Service', requiredCount: 'Correspondants requis', note: 'Observation' } },
    'candidate-calls': { name: 'Appel à candidatures |||| Appels à candidatures', fields: { ...common, title: 'Intitulé', mapId: 'Carte d’implantation', openingDate: 'Ouverture', closingDate: 'Clôture', jobDescription: 'Fiche d’emploi', serviceIds: 'Services concernés', services: 'Services concernés' } },
    candidacies: {
      name: 'Candidature |||| Candidatures',
      fields: {
        ...common, callId: 'Appel à candidatures', agentId: 'Agent', serviceId: 'Service', filedOn: 'Déposée le', motivation: 'Motivation', headOfServiceName: 'Chef de service',
        'regime.name': 'Régime (au dépôt)', gradeAtFiling: 'Grade au dépôt', statusAtFiling: 'Statut au dépôt', 'serviceAtFiling.name': 'Affectation au dépôt',
        mobilityPlanDateAtFiling: 'Mobilité prévue (déclarée au dépôt)', mobilityPlanKindAtFiling: 'Type de mobilité (au dépôt)', headOpinion: 'Avis du chef de service',
        headOpinionReasons: 'Motifs du chef de service', headOpinionOn: 'Avis du chef de service le', 'commissionOpinion.value': 'Avis de la commission', 'commissionOpinion.reasons': 'Motifs de la commission',
        closedOn: 'Issue le', outcomeReason: 'Motif de l’issue', 'appointment.status': 'Nomination',
      },
    },
    appointments: {
      name: 'Nomination |||| Nominations',
      fields: {
        ...common, ...arrete, candidacyId: 'Candidature', agentId: 'Correspondant', mapId: 'Carte d’implantation', regimeId: 'Régime', interviewDate: 'Entretien le', jointInterview: 'Entretien conjoint',
        arreteKind: 'Type d’arrêté', startDate: 'Prise de fonctions', endDate: 'Fin', endReason: 'Motif de fin', mobilityAcknowledgedReason: 'Motif (mobilité déclarée)', services: 'Services couverts', sites: 'Établissements', letters: 'Lettres de mission', runningOn: 'En fonctions le',
      },
    },
    'mission-letters': {
      name: 'Lettre de mission |||| Lettres de mission',
      fields: {
        ...common, appointmentId: 'Nomination', revision: 'Version', timeCreditAmount: 'Crédit de temps', timeCreditUnit: 'Unité', historical: 'Archive historique (2007)', historicalTimeCredit: 'Crédit de temps (formulation d’origine)',
        means: 'Moyens', dedicatedEmail: 'Messagerie dédiée', trainingModalities: 'Formation', annualInterviewMention: 'Mention à l’entretien professionnel', organigrammePlacement: 'Place dans l’organigramme',
        agentSignedOn: 'Signée par le correspondant le', headOfServiceSignedOn: 'Signée par le chef de service le', headOfServiceName: 'Chef de service', socialActionHeadSignedOn: 'Signée par le responsable de l’action sociale le',
        socialActionHeadName: 'Responsable du service d’action sociale', signedOn: 'Signée le', 'previous.revision': 'Remplace la version',
      },
    },
    trainings: { name: 'Formation |||| Formations', fields: { ...common, agentId: 'Correspondant', kind: 'Type', title: 'Intitulé', date: 'Date', hours: 'Durée (heures)' } },
    'information-meetings': { name: 'Réunion d’information |||| Réunions d’information', fields: { ...common, departmentId: 'Département', authority: 'Périmètre central', date: 'Date', title: 'Intitulé', agenda: 'Ordre du jour' } },
    'information-meeting-attendances': { name: 'Présence à une réunion |||| Présences aux réunions', fields: { ...common, meetingId: 'Réunion', agentId: 'Correspondant' } },
    'support-professionals': { name: 'Professionnel de soutien |||| Annuaire des professionnels de soutien', fields: { ...common, kind: 'Profession', name: 'Nom', organisation: 'Organisme', phone: 'Téléphone', email: 'Courriel', availability: 'Disponibilité', departmentId: 'Département' } },
    'field-reports': { name: 'Remontée de terrain |||| Remontées de terrain', fields: { ...common, appointmentId: 'Correspondant (nomination)', date: 'Date', topic: 'Thème', text: 'Texte', difficulty: 'Difficulté signalée', followUp: 'Suite donnée', followUpOn: 'Suite le' } },
    'national-synthesis-reports': {
      name: 'Synthèse nationale |||| Synthèses nationales',
      fields: { ...common, year: 'Année', narrative: 'Présentation', 'opinion.session.date': 'Présentée à la CNAS le', 'opinion.value': 'Avis de la CNAS', 'opinion.reasons': 'Motifs de la CNAS', 'opinion.proposals': 'Propositions de la CNAS' },
    },
    consultations: {
      name: 'Consultation de la CLAS |||| Consultations des CLAS',
      fields: { ...common, commissionId: 'Commission consultée', topic: 'Objet', title: 'Intitulé', description: 'Question soumise', submittedOn: 'Saisine le', 'opinion.session.date': 'Avis rendu en séance du', 'opinion.value': 'Avis de la commission', 'opinion.reasons': 'Motifs de la commission' },
    },
    'annual-reports': { name: 'Rapport annuel |||| Rapports annuels', fields: { ...common, departmentId: 'Département', year: 'Année', narrative: 'Présentation', 'opinion.value': 'Avis de la commission', 'opinion.proposals': 'Propositions de la commission' } },
  },
  enums: {
    CommissionKind: { CNAS: 'CNAS (nationale)', CLAS: 'CLAS (locale)', SRIAS: 'SRIAS (régionale)' },
    MemberRole: { TITULAIRE: 'Titulaire', SUPPLEANT: 'Suppléant', EX_OFFICIO: 'Membre de droit', EXPERT: 'Expert' },
    OpinionValue: { FAVORABLE: 'Favorable', RESERVED: 'Réservé', UNFAVORABLE: 'Défavorable' },
    OpinionSubject: { IMPLANTATION_MAP: 'Carte d’implantation', CANDIDACY: 'Candidature', ANNUAL_REPORT: 'Rapport annuel', NATIONAL_SYNTHESIS: 'Synthèse nationale', CONSULTATION: 'Consultation' },
    AttendanceCapacity: { OBSERVER: 'Observateur', EXPERT: 'Expert' },
    ImplantationMapStatus: { DRAFT: 'Brouillon', SUBMITTED: 'Soumise à la commission', OPINION_GIVEN: 'Avis rendu', ADOPTED: 'Adoptée', SUPERSEDED: 'Remplacée' },
    CandidacyStatus: { FILED: 'Déposée', HEAD_OPINION_GIVEN: 'Avis du chef de service rendu', COMMISSION_OPINION_GIVEN: 'Avis de la commission rendu', APPOINTED: 'Nommé(e)', NOT_SELECTED: 'Non retenue', WITHDRAWN: 'Retirée' },
    AppointmentStatus: { PENDING_LETTER: 'En attente de la lettre signée', EFFECTIVE: 'Effective', ENDED: 'Terminée' },
    ArreteKind: { MINISTERIAL: 'Ministériel', PREFECTORAL: 'Préfectoral' },
    SignatoryCapacity: { AUTHORITY: 'L’autorité elle-même', DELEGATION: 'Par délégation', INTERIM: 'Par intérim' },
    AppointmentEndReason: { TERM: 'Terme', RESIGNATION: 'Démission', LEFT_SERVICE: 'Départ du service', REVOCATION: 'Retrait' },
    MeetingWindow: { LAST_12_MONTHS: 'Les 12 derniers mois', PREVIOUS_CALENDAR_YEAR: 'L’année civile précédente' },
    TimeCreditUnit: { HOURS_PER_WEEK: 'heures par semaine', HOURS_PER_MONTH: 'heures par mois', FRACTION_OF_WORKING_TIME: 'fraction du temps de travail' },
    WorkflowStep: {
      CREATE: 'Création', FILE: 'Dépôt', SUBMIT: 'Soumission à la commission', RECORD_OPINION: 'Avis de la commission', ADOPT: 'Adoption par arrêté', REVISE: 'Révision',
      SUPERSEDE: 'Remplacement par une révision', GIVE_HEAD_OPINION: 'Avis du chef de service', APPOINT: 'Nomination', NOT_SELECT: 'Non retenue', WITHDRAW: 'Retrait',
      SIGN: 'Signature', COMPLETE: 'Signature complète', TAKE_EFFECT: 'Prise d’effet', END: 'Fin de fonctions',
    },
    MissionLetterStatus: { DRAFT: 'Brouillon', PARTIALLY_SIGNED: 'En cours de signature', SIGNED: 'Signée', SUPERSEDED: 'Remplacée' },
    Signatory: { AGENT: 'Le correspondant', HEAD_OF_SERVICE: 'Le chef de service', SOCIAL_ACTION_HEAD: 'Le responsable du service d’action sociale' },
    SupportKind: { SOCIAL_WORKER: 'Assistant(e) de service social', OPERATIONAL_SUPPORT_PSYCHOLOGIST: 'Psychologue de soutien opérationnel', PREVENTION_DOCTOR: 'Médecin de prévention', OTHER: 'Autre' },
    TrainingKind: { INITIAL_ELEARNING: 'Formation initiale (e-learning)', CONTINUING: 'Formation continue' },
    AnnualReportStatus: { DRAFT: 'En préparation', PRESENTED: 'Présenté à la commission' },
    NationalSynthesisStatus: { DRAFT: 'En préparation', PRESENTED: 'Présentée à la CNAS' },
    ConsultationStatus: { SUBMITTED: 'Soumise à la commission', OPINION_GIVEN: 'Avis rendu' },
    ConsultationTopic: { WORKING_CONDITIONS: 'Conditions d’exercice des missions des correspondants' },
    BrokenConditionReason: { CLAS_MEMBER: 'Devenu membre de la CLAS', LEFT_SERVICE: 'A quitté le service', NOT_IN_POST: 'N’est plus en poste' },
  },
  app: {
    menu: { commissions: 'Commissions', correspondents: 'Correspondants', indicators: 'Indicateurs' },
    workflow: {
      done: 'Étape enregistrée.', effectiveOn: 'Date d’effet', action: 'Étape', from: 'De', to: 'Vers', reason: 'Motif', history: 'Étapes',
      submit: 'Soumettre à la commission', recordOpinion: 'Avis de la commission', presentToCnas: 'Présentation à la CNAS (avis et propositions)', adopt: 'Adopter par arrêté', revise: 'Réviser',
      headOpinion: 'Avis du chef de service', appoint: 'Nommer', notSelect: 'Ne pas retenir', withdraw: 'Retirer', end: 'Mettre fin', sign: 'Signer', print: 'Imprimer la lettre', printNotice: 'Imprimer l’affiche',
      on: 'Date', sessionId: 'Séance', value: 'Avis', reasons: 'Motifs', proposals: 'Propositions', signatory: 'Signataire', name: 'Nom du signataire',
      interviewDate: 'Date de l’entretien', jointInterview: 'Entretien conjoint (chef de service et responsable de l’action sociale)', startDate: 'Prise de fonctions (par défaut : date de l’arrêté)',
      serviceIds: 'Services couverts (par défaut : celui de la candidature)', siteIds: 'Établissements (sites du service)', mobilityAcknowledgedReason: 'Motif de la nomination malgré une mobilité déclarée', endDate: 'Date de fin', endReason: 'Motif de fin',
    },
    tabs: { entries: 'Services', workflow: 'Étapes', candidacies: 'Candidatures', letters: 'Lettres de mission', members: 'Membres', sessions: 'Séances', opinions: 'Avis', attendances: 'Présences', activity: 'Chiffres de l’année', reports: 'Remontées' },
    map: { addEntry: 'Ajouter un service' },
    documents: { download: 'Télécharger (PDF)', draftArrete: 'Projet d’arrêté (PDF)', arrete: 'Arrêté (PDF)', synthesis: 'Synthèse nationale de l’année (PDF)' },
    candidacy: { eligible: 'Conditions remplies à ce jour (régime en vigueur aujourd’hui).' },
    meeting: { addAttendance: 'Ajouter un présent' },
    commission: {
      seatExOfficio: 'Ajouter les ASS du département, membres de droit',
      exOfficioAdded: '%{smart_count} ASS ajouté(e) comme membre de droit. |||| %{smart_count} ASS ajouté(e)s comme membres de droit.',
    },
    indicators: {
      title: 'Indicateurs des correspondants', asOf: 'À la date du', department: 'Département', coverage: 'Couverture des cartes adoptées', required: 'Requis', appointed: 'Nommés', effective: 'Effectifs (lettre signée)',
      uncovered: 'Services non couverts', withoutTraining: 'Sans formation initiale', withoutLetter: 'Sans lettre de mission signée', broken: 'Conditions rompues', mobility: 'Mobilité déclarée après la candidature',
      noMeeting: 'Périmètres sans réunion d’information', window: 'Aucune réunion tenue du %{from} au %{to}.', central: 'Administration centrale', exOfficio: 'ASS absents de leur CLAS (membres de droit)', missingReports: 'Rapports d’activité d’ASS non remis (année précédente)', since: 'affecté(e) depuis le', none: 'Aucun.', counts: 'Alertes', lastMeeting: 'Dernière réunion', missing: 'Manquants', reason: 'Motif', agent: 'Correspondant', date: 'Date',
    },
  },
};

type Tree = { [key: string]: string | Tree };

/** Dotted field names (`regime.name`, a nested value's label) become nested keys, as the i18n provider looks them up. */
const nest = (tree: Tree): Tree => {
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = key.split('.');
    let node = out;
    for (const part of path.slice(0, -1)) node = (node[part] = typeof node[part] === 'object' ? node[part] : {}) as Tree;
    node[path.at(-1)!] = typeof value === 'object' ? nest(value) : value;
  }
  return out;
};

export const correspondentsMessages = nest(messages as Tree);
