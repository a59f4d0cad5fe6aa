/** Enum values of the commissions and correspondents modules, as react-admin choices (labels in i18n/fr-correspondents.ts). */
import { choices } from './choices';

export const commissionKindChoices = choices('CommissionKind', ['CNAS', 'CLAS', 'SRIAS'] as const);
export const memberRoleChoices = choices('MemberRole', ['TITULAIRE', 'SUPPLEANT', 'EX_OFFICIO', 'EXPERT'] as const);
export const opinionValueChoices = choices('OpinionValue', ['FAVORABLE', 'RESERVED', 'UNFAVORABLE'] as const);
export const opinionSubjectChoices = choices('OpinionSubject', [
  'IMPLANTATION_MAP',
  'CANDIDACY',
  'ANNUAL_REPORT',
  'NATIONAL_SYNTHESIS',
  'CONSULTATION',
] as const);
export const attendanceCapacityChoices = choices('AttendanceCapacity', ['OBSERVER', 'EXPERT'] as const);
export const mapStatusChoices = choices('ImplantationMapStatus', ['DRAFT', 'SUBMITTED', 'OPINION_GIVEN', 'ADOPTED', 'SUPERSEDED'] as const);
export const candidacyStatusChoices = choices('CandidacyStatus', [
  'FILED',
  'HEAD_OPINION_GIVEN',
  'COMMISSION_OPINION_GIVEN',
  'APPOINTED',
  'NOT_SELECTED',
  'WITHDRAWN',
] as const);
export const appointmentStatusChoices = choices('AppointmentStatus', ['PENDING_LETTER', 'EFFECTIVE', 'ENDED'] as const);
export const arreteKindChoices = choices('ArreteKind', ['MINISTERIAL', 'PREFECTORAL'] as const);
export const signatoryCapacityChoices = choices('SignatoryCapacity', ['AUTHORITY', 'DELEGATION', 'INTERIM'] as const);
export const endReasonChoices = choices('AppointmentEndReason', ['TERM', 'RESIGNATION', 'LEFT_SERVICE', 'REVOCATION'] as const);
export const timeCreditUnitChoices = choices('TimeCreditUnit', ['HOURS_PER_WEEK', 'HOURS_PER_MONTH', 'FRACTION_OF_WORKING_TIME'] as const);
export const letterStatusChoices = choices('MissionLetterStatus', ['DRAFT', 'PARTIALLY_SIGNED', 'SIGNED', 'SUPERSEDED'] as const);
export const signatoryChoices = choices('Signatory', ['AGENT', 'HEAD_OF_SERVICE', 'SOCIAL_ACTION_HEAD'] as const);
export const trainingKindChoices = choices('TrainingKind', ['INITIAL_ELEARNING', 'CONTINUING'] as const);
export const annualReportStatusChoices = choices('AnnualReportStatus', ['DRAFT', 'PRESENTED'] as const);
export const nationalSynthesisStatusChoices = choices('NationalSynthesisStatus', ['DRAFT', 'PRESENTED'] as const);
export const consultationStatusChoices = choices('ConsultationStatus', ['SUBMITTED', 'OPINION_GIVEN'] as const);
export const consultationTopicChoices = choices('ConsultationTopic', ['WORKING_CONDITIONS'] as const);
export const brokenReasonChoices = choices('BrokenConditionReason', ['CLAS_MEMBER', 'LEFT_SERVICE', 'NOT_IN_POST'] as const);
