import { shapeOf } from '../dataProvider/schema';
import { choices } from './choices';

export const postKindChoices = choices('PostKind');
export const networkReportKindChoices = choices('NetworkReportKind');
export const presentationBodyChoices = choices('PresentationBody');
export const replacementReasonChoices = choices('ReplacementReason');
export const administrativeAuthorityChoices = choices('AdministrativeAuthority');
export const conventionKindChoices = choices('ConventionKind');
export const conventionBasisChoices = choices('ConventionBasis');
export const serviceDirectionChoices = choices('ServiceDirection');
// The programmes the API accepts, from the schema (« Valeurs permises : 216, 307. » on the post's input).
export const budgetProgrammeChoices = (shapeOf('social-worker-posts').allowed.budgetProgramme ?? []).map((value) => ({
  id: Number(value),
  name: `Programme ${value}`,
}));
export const allocationTargetChoices = choices('AllocationTarget');
