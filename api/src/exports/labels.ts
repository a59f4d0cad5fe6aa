import labels from '../../../schema/labels.fr.json';

/**
 * The back office's French labels (fields per GraphQL type, enum values), from the committed artefact that the admin
 * writes from its translations (admin/src/i18n/labels-artefact.test.ts): one source for the screens and the files.
 */
const types = labels.types as Record<string, Record<string, string> | undefined>;
const others = labels.fields as Record<string, string | undefined>;
const enums = labels.enums as Record<string, Record<string, string> | undefined>;

/**
 * A field's label: as the back office shows it on the record (`lastName`), or its reference input (`serviceId`), else
 * as its history names a field that no form shows (`personalDataPurgedAt`).
 */
export function columnLabel(typeName: string, field: string): string {
  return knownLabel(typeName, field) ?? field;
}

/** The same, undefined when the back office has none (the schema's descriptions then need their own words). */
export function knownLabel(typeName: string, field: string): string | undefined {
  const own = types[typeName];
  return own?.[field] ?? own?.[`${field}Id`] ?? others[field];
}

export const valueLabel = (enumName: string, value: string): string => knownValueLabel(enumName, value) ?? value;
export const knownValueLabel = (enumName: string, value: string): string | undefined => enums[enumName]?.[value];
