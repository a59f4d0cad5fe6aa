/** Words of the « Historique » tab: values, and labels of the fields the trail records but no form shows. */
export const auditMessages = {
  empty: 'Aucune modification enregistrée.',
  noChange: 'Aucun champ modifié.',
  unknownActor: 'Système (reprise des données)',
  emptyValue: '(vide)',
  unreadableRecord: '(fiche supprimée ou hors de votre périmètre)',
  otherField: 'Autre donnée',
  yes: 'Oui',
  no: 'Non',
  // Fields whose label key already holds the labels of their nested values (`serviceAtFiling.name`…).
  fields: {
    personalDataPurgedAt: 'Données personnelles effacées le',
    serviceAtFiling: 'Affectation au dépôt',
    commissionOpinion: 'Avis de la commission',
    opinion: 'Avis de la commission',
    session: 'Séance',
    regime: 'Régime',
    previous: 'Version précédente',
  },
};
