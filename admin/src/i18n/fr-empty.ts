/**
 * The words a page says of its resource, with the right gender: the empty list (react-admin reads
 * `resources.<resource>.empty` and `.invite`; its own « Pas encore de Candidature. Voulez-vous en créer un ? » ignores
 * both) and the create page's title (`resources.<resource>.page.create`; its own « Créer %{name} » reads « Créer Agent »).
 */
const M = 'Créez le premier avec le bouton « Créer ».';
const F = 'Créez la première avec le bouton « Créer ».';

/** Resource → [empty list, invite, the record with its article (« un agent »), for the create page]. */
const entries: Record<string, [string, string, string]> = {
  services: ['Aucun service pour l’instant', M, 'un service'],
  agents: ['Aucun agent pour l’instant', 'Ajoutez le premier avec le bouton « Créer », ou importez-les depuis un tableur.', 'un agent'],
  'service-sites': ['Aucun site pour l’instant', M, 'un site'],
  'service-headcounts': ['Aucun effectif enregistré pour l’instant', M, 'un effectif'],
  ministries: ['Aucun ministère pour l’instant', M, 'un ministère'],
  regions: ['Aucune région pour l’instant', F, 'une région'],
  departments: ['Aucun département pour l’instant', M, 'un département'],
  'overseas-collectivities': ['Aucune collectivité d’outre-mer pour l’instant', F, 'une collectivité d’outre-mer'],
  'social-worker-posts': ['Aucun poste du service social pour l’instant', M, 'un poste du service social'],
  'post-assignments': ['Aucune affectation sur un poste pour l’instant', F, 'une affectation sur un poste'],
  replacements: ['Aucun remplacement pour l’instant', M, 'un remplacement'],
  'network-reports': ['Aucun rapport du réseau pour l’instant', M, 'un rapport du réseau'],
  conventions: ['Aucune convention pour l’instant', F, 'une convention'],
  'post-sectors': ['Aucun secteur pour l’instant', M, 'un secteur'],
  'convention-scopes': ['Aucune zone d’intervention pour l’instant', F, 'une zone d’intervention'],
  'time-allocations': ['Aucune répartition du temps pour l’instant', F, 'une répartition du temps'],
  'support-professionals': ['Aucun professionnel de soutien pour l’instant', M, 'un professionnel de soutien'],
  'personal-data-accesses': ['Aucun accès aux données personnelles enregistré pour l’instant', '', ''],
  'audit-entries': ['Aucune modification enregistrée pour l’instant', '', ''],
  commissions: ['Aucune commission pour l’instant', F, 'une commission'],
  'commission-members': ['Aucun membre de commission pour l’instant', M, 'un membre de commission'],
  'commission-sessions': ['Aucune séance pour l’instant', F, 'une séance'],
  opinions: ['Aucun avis pour l’instant', '', 'un avis'],
  'session-attendances': ['Aucune présence en séance pour l’instant', F, 'une présence en séance'],
  regimes: ['Aucun régime pour l’instant', M, 'un régime'],
  'implantation-maps': ['Aucune carte d’implantation pour l’instant', F, 'une carte d’implantation'],
  'implantation-map-entries': ['Aucun service sur une carte d’implantation pour l’instant', M, 'un service sur une carte d’implantation'],
  'candidate-calls': ['Aucun appel à candidatures pour l’instant', M, 'un appel à candidatures'],
  candidacies: ['Aucune candidature pour l’instant', F, 'une candidature'],
  appointments: ['Aucune nomination pour l’instant', 'Une nomination se fait depuis la candidature retenue.', 'une nomination'],
  'mission-letters': ['Aucune lettre de mission pour l’instant', F, 'une lettre de mission'],
  trainings: ['Aucune formation pour l’instant', F, 'une formation'],
  'information-meetings': ['Aucune réunion d’information pour l’instant', F, 'une réunion d’information'],
  'post-qualifications': ['Aucune qualification requise pour l’instant', F, 'une qualification requise'],
  'access-grants': ['Aucune habilitation pour l’instant', F, 'une habilitation'],
  'information-meeting-attendances': [
    'Aucune présence à une réunion d’information pour l’instant',
    F,
    'une présence à une réunion d’information',
  ],
  'field-reports': ['Aucune remontée de terrain pour l’instant', F, 'une remontée de terrain'],
  'annual-reports': ['Aucun rapport annuel pour l’instant', M, 'un rapport annuel'],
  'national-synthesis-reports': ['Aucune synthèse nationale pour l’instant', F, 'une synthèse nationale'],
  consultations: ['Aucune consultation pour l’instant', F, 'une consultation'],
};

/**
 * Resources whose record already names itself (« Séance du 25/06/2026 », « Lettre de mission, version 1 »): their
 * show and edit pages are titled by the record alone, not « Séance Séance du 25/06/2026 ».
 */
const SELF_NAMED = new Set([
  'commission-sessions',
  'mission-letters',
  'national-synthesis-reports',
  'opinions',
  'session-attendances',
  'information-meeting-attendances',
]);
const selfNamed = { show: '%{recordRepresentation}', edit: '%{recordRepresentation}' };

export const emptyResources = Object.fromEntries(
  Object.entries(entries).map(([resource, [empty, invite, one]]) => [
    resource,
    { empty, invite, page: { ...(one && { create: `Créer ${one}` }), ...(SELF_NAMED.has(resource) && selfNamed) } },
  ]),
);

/** For a list without words of its own. */
export const emptyPage = { empty: 'Aucun enregistrement pour l’instant', invite: 'Créez le premier avec le bouton « Créer ».' };
