const ALERT = 'appointment { id } agent { id lastName firstName } department { code } reason detail date';

/** Every indicator of the dashboard in one request (each one SQL aggregate on the API side). */
export const INDICATORS = `query Indicators($asOf: Date, $departmentId: ID, $reportYear: Int!) {
  mapCoverage(asOf: $asOf, departmentId: $departmentId) {
    map { id title revision } department { code name } required appointed effective uncoveredCount
    entries { service { id code name } required appointed effective missing }
  }
  correspondentsWithoutInitialTraining(asOf: $asOf, departmentId: $departmentId) { ${ALERT} }
  appointmentsWithoutSignedLetter(asOf: $asOf, departmentId: $departmentId) { ${ALERT} }
  brokenConditions(asOf: $asOf, departmentId: $departmentId) { ${ALERT} }
  mobilityPlansAfterAppointment(asOf: $asOf, departmentId: $departmentId) { ${ALERT} }
  perimetersWithoutInformationMeeting(asOf: $asOf, departmentId: $departmentId) { department { id code name } authority lastMeeting window from to }
  missingNetworkReports(kind: ASS_ANNUAL, year: $reportYear, asOf: $asOf) { post { id code title } department { code } year }
  clasWithoutExOfficioSocialWorkers(asOf: $asOf, departmentId: $departmentId) {
    commission { id name } department { code } missing { agent { id lastName firstName } post { id code } validFrom }
  }
}`;

export interface Alert {
  appointment: { id: string };
  agent: { id: string; lastName: string; firstName: string };
  department: { code: string } | null;
  reason: string | null;
  detail: string | null;
  date: string | null;
}

export interface Coverage {
  map: { id: string; title: string; revision: number };
  department: { code: string; name: string } | null;
  required: number;
  appointed: number;
  effective: number;
  uncoveredCount: number;
  entries: {
    service: { id: string; code: string; name: string };
    required: number;
    appointed: number;
    effective: number;
    missing: number;
  }[];
}

export interface Indicators {
  mapCoverage: Coverage[];
  correspondentsWithoutInitialTraining: Alert[];
  appointmentsWithoutSignedLetter: Alert[];
  brokenConditions: Alert[];
  mobilityPlansAfterAppointment: Alert[];
  perimetersWithoutInformationMeeting: MeetingAlert[];
  clasWithoutExOfficioSocialWorkers: ExOfficioAlert[];
  missingNetworkReports: { post: { id: string; code: string; title: string }; department: { code: string } | null; year: number }[];
}

/** A department, or a central perimeter (`authority`), with no information meeting in the window [001 §2.5]. */
export interface MeetingAlert {
  department: { id: string; code: string; name: string } | null;
  authority: string | null;
  lastMeeting: string | null;
  window: string;
  from: string;
  to: string;
}

/** A CLAS lacking some of its department's ASS as ex-officio members [004 §II.3]. */
export interface ExOfficioAlert {
  commission: { id: string; name: string };
  department: { code: string };
  missing: { agent: { id: string; lastName: string; firstName: string }; post: { id: string; code: string }; validFrom: string }[];
}
