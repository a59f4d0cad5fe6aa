import { choices } from './choices';

export const postKindChoices = choices('PostKind');
export const networkReportKindChoices = choices('NetworkReportKind');
export const presentationBodyChoices = choices('PresentationBody');
export const replacementReasonChoices = choices('ReplacementReason');
export const administrativeAuthorityChoices = choices('AdministrativeAuthority');
export const conventionKindChoices = choices('ConventionKind');
export const conventionBasisChoices = choices('ConventionBasis');
export const serviceDirectionChoices = choices('ServiceDirection');
export const budgetProgrammeChoices = [216, 307].map((id) => ({ id, name: `Programme ${id}` }));
export const allocationTargetChoices = choices('AllocationTarget');
