/** Enum values of the commissions and correspondents modules, as react-admin choices (labels in i18n/fr-correspondents.ts). */
import { choices } from './choices';

export const commissionKindChoices = choices('CommissionKind');
export const memberRoleChoices = choices('MemberRole');
export const opinionValueChoices = choices('OpinionValue');
export const opinionSubjectChoices = choices('OpinionSubject');
export const attendanceCapacityChoices = choices('AttendanceCapacity');
export const mapStatusChoices = choices('ImplantationMapStatus');
export const candidacyStatusChoices = choices('CandidacyStatus');
export const appointmentStatusChoices = choices('AppointmentStatus');
export const arreteKindChoices = choices('ArreteKind');
export const signatoryCapacityChoices = choices('SignatoryCapacity');
export const endReasonChoices = choices('AppointmentEndReason');
export const timeCreditUnitChoices = choices('TimeCreditUnit');
export const letterStatusChoices = choices('MissionLetterStatus');
export const signatoryChoices = choices('Signatory');
export const trainingKindChoices = choices('TrainingKind');
export const annualReportStatusChoices = choices('AnnualReportStatus');
export const nationalSynthesisStatusChoices = choices('NationalSynthesisStatus');
export const consultationStatusChoices = choices('ConsultationStatus');
export const consultationTopicChoices = choices('ConsultationTopic');
export const brokenReasonChoices = choices('BrokenConditionReason');
