/**
 * Empty lists, per resource and with the right gender (react-admin reads `resources.<resource>.empty` and
 * `.invite`; its own « Pas encore de Candidature. Voulez-vous en créer un ? » ignores both).
 */
const M = 'Créez le premier avec le bouton « Créer ».';
const F = 'Créez la première avec le bouton « Créer ».';

const entries: Record<string, [string, string]> = {
  services: ['Aucun service pour l’instant', M],
  agents: ['Aucun agent pour l’instant', 'Ajoutez le premier avec le bouton « Créer », ou importez-les depuis un tableur.'],
  'service-sites': ['Aucun site pour l’instant', M],
  'service-headcounts': ['Aucun effectif enregistré pour l’instant', M],
  ministries: ['Aucun ministère pour l’instant', M],
  regions: ['Aucune région pour l’instant', F],
  departments: ['Aucun département pour l’instant', M],
  'overseas-collectivities': ['Aucune collectivité d’outre-mer pour l’instant', F],
  'social-worker-posts': ['Aucun poste du service social pour l’instant', M],
  'post-assignments': ['Aucune affectation sur un poste pour l’instant', F],
  replacements: ['Aucun remplacement pour l’instant', M],
  'network-reports': ['Aucun rapport du réseau pour l’instant', M],
  conventions: ['Aucune convention pour l’instant', F],
  'post-sectors': ['Aucun secteur pour l’instant', M],
  'convention-scopes': ['Aucune zone d’intervention pour l’instant', F],
  'time-allocations': ['Aucune répartition du temps pour l’instant', F],
  'support-professionals': ['Aucun professionnel de soutien pour l’instant', M],
  'personal-data-accesses': ['Aucun accès aux données personnelles enregistré pour l’instant', ''],
  'audit-entries': ['Aucune modification enregistrée pour l’instant', ''],
  commissions: ['Aucune commission pour l’instant', F],
  'commission-members': ['Aucun membre de commission pour l’instant', M],
  'commission-sessions': ['Aucune séance pour l’instant', F],
  opinions: ['Aucun avis pour l’instant', ''],
  'session-attendances': ['Aucune présence en séance pour l’instant', F],
  regimes: ['Aucun régime pour l’instant', M],
  'implantation-maps': ['Aucune carte d’implantation pour l’instant', F],
  'implantation-map-entries': ['Aucun service sur une carte d’implantation pour l’instant', M],
  'candidate-calls': ['Aucun appel à candidatures pour l’instant', M],
  candidacies: ['Aucune candidature pour l’instant', F],
  appointments: ['Aucune nomination pour l’instant', 'Une nomination se fait depuis la candidature retenue.'],
  'mission-letters': ['Aucune lettre de mission pour l’instant', F],
  trainings: ['Aucune formation pour l’instant', F],
  'information-meetings': ['Aucune réunion d’information pour l’instant', F],
  'post-qualifications': ['Aucune qualification requise pour l’instant', F],
  'access-grants': ['Aucune habilitation pour l’instant', F],
  'information-meeting-attendances': ['Aucune présence à une réunion d’information pour l’instant', F],
  'field-reports': ['Aucune remontée de terrain pour l’instant', F],
  'annual-reports': ['Aucun rapport annuel pour l’instant', M],
  'national-synthesis-reports': ['Aucune synthèse nationale pour l’instant', F],
  consultations: ['Aucune consultation pour l’instant', F],
};

export const emptyResources = Object.fromEntries(
  Object.entries(entries).map(([resource, [empty, invite]]) => [resource, { empty, invite }]),
);

/** For a list without words of its own. */
export const emptyPage = { empty: 'Aucun enregistrement pour l’instant', invite: 'Créez le premier avec le bouton « Créer ».' };
