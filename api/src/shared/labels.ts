import type { EntityMetadata } from '@mikro-orm/core';

/**
 * What users call records and their fields, as the resources declare them (`Resource.label`, `Resource.fields`): for
 * the messages raised below the resources (flush checks, perimeter), which know only the entity.
 */
const ENTITIES = new Map<string, string>();
const FIELDS = new Map<string, Record<string, string>>();

export function registerLabels(entityName: string, label: string, fields: Record<string, string>): void {
  ENTITIES.set(entityName, label);
  FIELDS.set(entityName, { ...FIELDS.get(entityName), ...fields });
}

export const entityLabel = (entityName: string): string => ENTITIES.get(entityName) ?? entityName;
/** The same, undefined for a name that is no resource's. */
export const knownEntityLabel = (entityName: string): string | undefined => ENTITIES.get(entityName);
export const fieldLabel = (entityName: string, field: string): string => FIELDS.get(entityName)?.[field] ?? field;

/** The field people name a record by (never its UUID), as the back office does: code, else registration number, else name… */
const HUMAN_KEYS = ['code', 'registrationNumber', 'reference', 'title', 'name', 'label'];

export const humanKeyProperty = (meta: EntityMetadata): string | undefined => HUMAN_KEYS.find((key) => meta.properties[key as never]);
