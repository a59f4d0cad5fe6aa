/**
 * Enum values of the API, as react-admin choices whose names are translation keys
 * (`enums.<GraphQLEnum>.<VALUE>`, French labels in i18n/fr.ts).
 */
export const choices = <V extends string>(enumName: string, values: readonly V[]) =>
  values.map((id) => ({ id, name: `enums.${enumName}.${id}` }));

export const SERVICE_KINDS = [
  'ADMINISTRATION_CENTRALE',
  'PREFECTURE',
  'SOUS_PREFECTURE',
  'POLICE',
  'GENDARMERIE_CIVIL',
  'DDI',
  'SGAMI',
  'SCHOOL',
  'NATIONAL_SERVICE',
  'OTHER',
] as const;
export const DESIGNATING_AUTHORITIES = ['SECRETARY_GENERAL', 'POLICE', 'GENDARMERIE', 'PREFECT'] as const;
export const AGENT_CATEGORIES = ['A', 'B', 'C'] as const;
export const AGENT_STATUSES = ['TITULAIRE', 'STAGIAIRE', 'CONTRACTUEL'] as const;
export const POPULATIONS = [
  'POLICE_ACTIVE',
  'ADMINISTRATIVE_TECHNICAL_SCIENTIFIC',
  'GENDARMERIE_CIVIL',
  'GENDARMERIE_MILITARY',
  'OTHER_ADMINISTRATION',
] as const;
export const MOBILITY_PLAN_KINDS = ['TRANSFER', 'SECONDMENT', 'END_OF_CONTRACT'] as const;
export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE'] as const;

export const serviceKindChoices = choices('ServiceKind', SERVICE_KINDS);
export const designatingAuthorityChoices = choices('DesignatingAuthority', DESIGNATING_AUTHORITIES);
export const agentCategoryChoices = choices('AgentCategory', AGENT_CATEGORIES);
export const agentStatusChoices = choices('AgentStatus', AGENT_STATUSES);
export const populationChoices = choices('Population', POPULATIONS);
export const mobilityPlanKindChoices = choices('MobilityPlanKind', MOBILITY_PLAN_KINDS);
export const auditActionChoices = choices('AuditAction', AUDIT_ACTIONS);
