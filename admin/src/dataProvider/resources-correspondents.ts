import type { ResourceOptions } from './resources';

const HISTORY = 'statusHistory { id effectiveOn action fromStatus toStatus reason }';
const FIGURES =
  'year mapServices requiredCorrespondents correspondents effectiveCorrespondents uncoveredServices candidaciesFiled appointmentsMade appointmentsEnded initialTrainings continuingTrainings informationMeetings meetingAttendances fieldReports difficultiesReported sessionAttendances';

/** Detail selections of the commissions and correspondents resources. */
export const correspondentsResourceOptions: Record<string, ResourceOptions> = {
  'implantation-maps': {
    detail: `${HISTORY} previous { id revision } session { id date } opinion { id value reasons }`,
  },
  'candidate-calls': { detail: 'services { id code name }' },
  candidacies: {
    detail: `${HISTORY} regime { id code name } serviceAtFiling { id code name } commissionOpinion { id value reasons session { id date } } appointment { id status } eligibility { field code message severity }`,
  },
  appointments: {
    omit: ['noticeHtml'],
    detail: `${HISTORY} services { id code name } sites { id label city } letters { id revision status signedOn }`,
  },
  'mission-letters': { omit: ['printableHtml'], detail: `${HISTORY} previous { id revision }` },
  'annual-reports': { detail: `activity { ${FIGURES} } opinion { id value reasons proposals session { id date } }` },
  'national-synthesis-reports': { detail: `figures { totals { ${FIGURES} } } opinion { id value reasons proposals session { id date } }` },
  consultations: { detail: 'opinion { id value reasons session { id date } }' },
};
