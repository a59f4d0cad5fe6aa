const ALERT = 'appointment { id } agent { id lastName firstName } department { code } reason detail date';

/** Every indicator of the dashboard in one request (each one SQL aggregate on the API side). */
export const INDICATORS = `query Indicators($asOf: Date, $departmentId: ID) {
  mapCoverage(asOf: $asOf, departmentId: $departmentId) {
    map { id title revision } department { code name } required appointed effective uncoveredCount
    entries { service { id code name } required appointed effective missing }
  }
  correspondentsWithoutInitialTraining(asOf: $asOf, departmentId: $departmentId) { ${ALERT} }
  appointmentsWithoutSignedLetter(asOf: $asOf, departmentId: $departmentId) { ${ALERT} }
  brokenConditions(asOf: $asOf, departmentId: $departmentId) { ${ALERT} }
  mobilityPlansAfterAppointment(asOf: $asOf, departmentId: $departmentId) { ${ALERT} }
  departmentsWithoutInformationMeeting(asOf: $asOf, departmentId: $departmentId) { department { id code name } lastMeeting }
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
  entries: { service: { id: string; code: string; name: string }; required: number; appointed: number; effective: number; missing: number }[];
}

export interface Indicators {
  mapCoverage: Coverage[];
  correspondentsWithoutInitialTraining: Alert[];
  appointmentsWithoutSignedLetter: Alert[];
  brokenConditions: Alert[];
  mobilityPlansAfterAppointment: Alert[];
  departmentsWithoutInformationMeeting: { department: { id: string; code: string; name: string }; lastMeeting: string | null }[];
}
