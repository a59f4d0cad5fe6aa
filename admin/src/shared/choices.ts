import { schemaEnums, type EnumName, type EnumValue } from '../gql/enums';

export type { EnumName, EnumValue };

/** A react-admin choice whose name is a translation key (`enums.<GraphQLEnum>.<VALUE>`, French labels in i18n/). */
export interface Choice<V extends string = string> {
  id: V;
  name: string;
}

/**
 * The values of an enum of the API (generated from `schema/schema.graphql` by `pnpm codegen`), in the schema's order,
 * as react-admin choices. A screen that offers only some of them says which with `only` (or `except`): a filter over
 * the schema's values, whose type refuses a value the schema does not have.
 */
export const choices = <N extends EnumName>(
  enumName: N,
  subset: { only?: readonly EnumValue<N>[]; except?: readonly EnumValue<N>[] } = {},
): Choice<EnumValue<N>>[] =>
  (schemaEnums[enumName] as readonly EnumValue<N>[])
    .filter((id) => (subset.only ? subset.only.includes(id) : true) && !subset.except?.includes(id))
    .map((id) => ({ id, name: `enums.${enumName}.${id}` }));

export const serviceKindChoices = choices('ServiceKind');
export const designatingAuthorityChoices = choices('DesignatingAuthority');
export const agentCategoryChoices = choices('AgentCategory');
export const agentStatusChoices = choices('AgentStatus');
export const populationChoices = choices('Population');
export const mobilityPlanKindChoices = choices('MobilityPlanKind');
export const auditActionChoices = choices('AuditAction');
