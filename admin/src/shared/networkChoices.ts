import { choices } from './choices';

export const postKindChoices = choices('PostKind', ['CTN', 'CT_CENTRAL', 'CTR', 'ASS'] as const);
export const networkReportKindChoices = choices('NetworkReportKind', ['ASS_ANNUAL', 'CTR_QUARTERLY', 'CTN_ANNUAL'] as const);
export const presentationBodyChoices = choices('PresentationBody', ['CHSCT', 'F3SCT'] as const);
export const replacementReasonChoices = choices('ReplacementReason', ['VACANCY', 'ABSENCE'] as const);
export const administrativeAuthorityChoices = choices('AdministrativeAuthority', [
  'DEPARTMENT_PREFECT',
  'REGIONAL_PREFECT_AND_DRH',
  'DRH',
] as const);
export const conventionKindChoices = choices('ConventionKind', ['ASS_SERVICE', 'CTR_INTERREGIONAL', 'INTERMINISTERIAL'] as const);
export const conventionBasisChoices = choices('ConventionBasis', ['CONVENTION', 'CTR_DECISION', 'DRH_DECISION'] as const);
export const serviceDirectionChoices = choices('ServiceDirection', ['INTERIOR_SERVES_PARTNER', 'PARTNER_SERVES_INTERIOR'] as const);
export const budgetProgrammeChoices = [216, 307].map((id) => ({ id, name: `Programme ${id}` }));
export const allocationTargetChoices = choices('AllocationTarget', ['SERVICE', 'REGION', 'FUNCTION'] as const);
