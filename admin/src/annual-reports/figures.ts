/** French labels of the activity figures, in the order the report shows them. */
export const FIGURE_LABELS: Record<string, string> = {
  mapServices: 'Services sur la carte (au 31 décembre)',
  requiredCorrespondents: 'Correspondants requis',
  correspondents: 'Correspondants nommés (au 31 décembre)',
  effectiveCorrespondents: 'dont effectifs (lettre de mission signée)',
  uncoveredServices: 'Services insuffisamment couverts',
  candidaciesFiled: 'Candidatures déposées',
  appointmentsMade: 'Nominations',
  appointmentsEnded: 'Fins de fonctions',
  initialTrainings: 'Formations initiales suivies',
  continuingTrainings: 'Formations continues suivies',
  informationMeetings: 'Réunions d’information',
  meetingAttendances: 'Présences aux réunions d’information',
  fieldReports: 'Remontées de terrain',
  difficultiesReported: 'dont difficultés signalées',
  sessionAttendances: 'Présences aux séances de la commission',
};
