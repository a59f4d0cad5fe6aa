/** French texts of the social service network and its conventions (merged into fr.ts). */
const dated = { id: 'Identifiant', validFrom: 'Valide du', validTo: 'Valide jusqu’au', version: 'Version', createdAt: 'Créé le', updatedAt: 'Modifié le', asOf: 'À la date du' };

export const networkResources = {
  'social-worker-posts': {
    name: 'Poste du service social |||| Postes du service social',
    fields: {
      ...dated, code: 'Code', title: 'Intitulé', kind: 'Nature', residenceId: 'Résidence administrative', budgetProgramme: 'Programme budgétaire', etp: 'Quota (ETP)',
      technicalSuperiorId: 'Supérieur technique', administrativeAuthority: 'Autorité administrative', q: 'Recherche', departmentId: 'Département', asOf: 'À la date du',
    },
  },
  'post-sectors': {
    name: 'Secteur |||| Secteurs',
    fields: { ...dated, postId: 'Poste', regionId: 'Région', departmentId: 'Département', part: 'Partie du département', temporary: 'Prise en charge temporaire', decisionReference: 'Décision (référence)', decisionDate: 'Date de la décision' },
  },
  'post-assignments': {
    name: 'Affectation sur un poste |||| Affectations sur les postes',
    fields: { ...dated, reference: 'Référence', postId: 'Poste', agentId: 'Agent', workQuota: 'Quotité de travail', employingMinistryId: 'Administration employeuse', asOf: 'À la date du' },
  },
  'time-allocations': {
    name: 'Part de temps |||| Parts de temps',
    fields: {
      ...dated, conventionId: 'Convention', assignmentId: 'Affectation', targetKind: 'Destination', serviceId: 'Service', regionId: 'Région', share: 'Part', etp: 'ETP',
      asOf: 'À la date du',
    },
  },
  'post-qualifications': {
    name: 'Qualification requise |||| Qualifications requises des postes',
    fields: { ...dated, kind: 'Nature du poste', category: 'Catégorie requise', legalBasis: 'Texte' },
  },
  'network-reports': {
    name: 'Rapport du réseau |||| Rapports du réseau',
    fields: {
      ...dated, kind: 'Type de rapport', postId: 'Poste de l’auteur', year: 'Année', quarter: 'Trimestre', submittedOn: 'Remis le', presentedOn: 'Présenté au CHSCT (F3SCT) le',
      presentationBody: 'Instance', narrative: 'Commentaire', periodFrom: 'Période du', periodTo: 'Période au', q: 'Recherche',
    },
  },
  replacements: {
    name: 'Remplacement |||| Remplacements',
    fields: { ...dated, postId: 'Poste remplacé', replacingId: 'Affectation du remplaçant', reason: 'Motif' },
  },
  conventions: {
    name: 'Convention |||| Conventions',
    fields: {
      ...dated, reference: 'Référence', title: 'Intitulé', kind: 'Type', basis: 'Fondement', sourceText: 'Texte source', signedOn: 'Signée le', tacitRenewal: 'Tacite reconduction',
      renewalTerms: 'Modalités de renouvellement', postId: 'Poste', functionShareGuideline: 'Part de référence de la fonction', functionShareTolerance: 'Écart toléré',
      secretarialEtp: 'Secrétariat (ETP)', partnerMinistryId: 'Ministère partenaire', direction: 'Sens de la prestation', populations: 'Populations couvertes', etpProvided: 'ETP fournis',
      q: 'Recherche', asOf: 'À la date du', scopes: 'Zone', term: 'Période en cours',
    },
  },
  'convention-scopes': {
    name: 'Entrée de zone |||| Zone',
    fields: { ...dated, conventionId: 'Convention', serviceId: 'Service', departmentId: 'Département', regionId: 'Région', countedWithId: 'Compté avec le service principal' },
  },
};

export const networkEnums = {
  PostKind: { CTN: 'Conseiller technique national', CT_CENTRAL: 'Conseiller technique coordonnateur (administration centrale)', CTR: 'Conseiller technique régional', ASS: 'Assistant de service social' },
  ReplacementReason: { VACANCY: 'Vacance de poste', ABSENCE: 'Absence' },
  NetworkReportKind: { ASS_ANNUAL: 'Rapport d’activité annuel d’un ASS', CTR_QUARTERLY: 'Bilan trimestriel d’un CTR', CTN_ANNUAL: 'Statistiques annuelles du CTN' },
  PresentationBody: { CHSCT: 'CHSCT départemental', F3SCT: 'Formation spécialisée (F3SCT) départementale' },
  AdministrativeAuthority: { DEPARTMENT_PREFECT: 'Préfet de département (secrétaire général)', REGIONAL_PREFECT_AND_DRH: 'Préfet de région et DRH', DRH: 'DRH (SDASAP)' },
  ConventionKind: { ASS_SERVICE: 'Secteur d’un ASS', CTR_INTERREGIONAL: 'CTR interrégional', INTERMINISTERIAL: 'Interministérielle' },
  ConventionBasis: { CONVENTION: 'Convention signée', CTR_DECISION: 'Décision du CTR', DRH_DECISION: 'Décision du DRH' },
  AllocationTarget: { SERVICE: 'Service', REGION: 'Région', FUNCTION: 'Fonction' },
  ServiceDirection: { INTERIOR_SERVES_PARTNER: 'L’Intérieur sert le partenaire', PARTNER_SERVES_INTERIOR: 'Le partenaire sert l’Intérieur' },
};

export const networkApp = {
  conventionTerm: {
    none: 'Pas en vigueur aujourd’hui',
    period: 'du %{from} au %{to}',
    open: 'depuis le %{from}',
    renewals: '(reconduite tacitement %{smart_count} fois) |||| (reconduite tacitement %{smart_count} fois)',
  },
  networkTabs: { sectors: 'Secteurs', holders: 'Titulaires', breakdown: 'Répartition du temps', zone: 'Zone', grid: 'Répartition', coverage: 'Couverture', replacements: 'Remplacements' },
  network: { addSector: 'Ajouter un secteur', addAssignment: 'Affecter un agent', addScope: 'Ajouter à la zone', addReplacement: 'Organiser un remplacement', ratio: 'Agents par ASS' },
  allocationGrid: {
    effective: 'Date d’effet des changements',
    addService: 'Ajouter un service (colonne)',
    assignment: 'Affectation',
    function: 'Fonction',
    target: 'Destination',
    share: 'Part',
    etp: 'ETP',
    total: 'Total',
    quota: 'quotité %{quota}',
    help: 'Parts du temps de travail de chaque agent (0 à 1), qui totalisent 1 ; environ %{guideline} pour la fonction. ETP = quotité × part.',
    farFromGuideline: 'loin de %{guideline}',
    check: 'Vérifier',
    save: 'Enregistrer la répartition',
    valid: 'Répartition valide.',
    refused: 'Répartition refusée : voir les messages.',
    saved: 'Répartition enregistrée.',
    nothingToSave: 'Aucun changement.',
    notANumber: 'Une case ne contient pas un nombre.',
    cannotClear: 'Une part qui commence à la date d’effet ne peut être vidée : choisissez une date d’effet postérieure.',
    noAssignment: 'Aucune affectation à répartir à cette date.',
  },
  ratio: {
    title: 'Agents par assistant de service social',
    asOf: 'À la date du',
    region: 'Région (détail par département)',
    target: 'Cible : environ %{target} agents par ASS [circulaire NOR INTK1307790C, § II].',
    agents: 'Agents par ASS',
    code: 'Code',
    name: 'Nom',
    networkAgents: 'Agents servis',
    etp: 'ASS (ETP)',
    none: 'aucun ASS',
  },
};
