import type { ResourceOptions } from './resources';

const HISTORY = 'statusHistory { id effectiveOn action fromStatus toStatus reason }';
const FIGURES = 'year mapServices requiredCorrespondents correspondents effectiveCorrespondents uncoveredServices candidaciesFiled appointmentsMade appointmentsEnded initialTrainings continuingTrainings informationMeetings meetingAttendances fieldReports difficultiesReported sessionAttendances';

/** Sortable fields and detail selections of the commissions and correspondents resources. */
export const correspondentsResourceOptions: Record<string, ResourceOptions> = {
  commissions: { sortable: ['code', 'name', 'kind', 'validFrom'] },
  'commission-members': { sortable: ['role', 'validFrom', 'validTo'] },
  'commission-sessions': { sortable: ['date'] },
  opinions: { sortable: ['value', 'subject'] },
  'session-attendances': { sortable: ['capacity'] },
  regimes: { sortable: ['code', 'validFrom'] },
  'implantation-maps': {
    sortable: ['title', 'revision', 'status', 'arreteDate', 'inForceFrom'],
    detail: `${HISTORY} previous { id revision } session { id date } opinion { id value reasons }`,
  },
  'implantation-map-entries': { sortable: ['requiredCount'] },
  'candidate-calls': { sortable: ['title', 'openingDate', 'closingDate'], detail: 'services { id code name }' },
  candidacies: {
    sortable: ['filedOn', 'status'],
    detail: `${HISTORY} regime { id code name } serviceAtFiling { id code name } commissionOpinion { id value reasons session { id date } } appointment { id status } eligibility { field code message severity }`,
  },
  appointments: { sortable: ['startDate', 'arreteDate', 'status'], omit: ['noticeHtml'], detail: `${HISTORY} services { id code name } sites { id label city } letters { id revision status signedOn }` },
  'mission-letters': { sortable: ['revision', 'status', 'signedOn'], omit: ['printableHtml'], detail: `${HISTORY} previous { id revision }` },
  trainings: { sortable: ['date', 'kind', 'title'] },
  'information-meetings': { sortable: ['date', 'title'] },
  'information-meeting-attendances': { sortable: [] },
  'field-reports': { sortable: ['date', 'topic'] },
  'support-professionals': { sortable: ['name', 'kind', 'validFrom'] },
  'annual-reports': { sortable: ['year'], detail: `activity { ${FIGURES} } opinion { id value reasons proposals session { id date } }` },
};
