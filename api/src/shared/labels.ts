import type { EntityMetadata } from '@mikro-orm/core';
import { defaultRepresentation, HUMAN_KEYS, type Representation } from '../../../schema/representations';

/**
 * What users call records and their fields, and how they name one, as the resources declare them (`Resource.label`,
 * `Resource.fields`, `Resource.representation`): for the messages raised below the resources (flush checks, perimeter)
 * and the « Versions » changes, which know only the entity.
 */
const ENTITIES = new Map<string, string>();
const FIELDS = new Map<string, Record<string, string>>();
const REPRESENTATIONS = new Map<string, Representation>();

export function registerLabels(entityName: string, label: string, fields: Record<string, string>, representation?: Representation): void {
  ENTITIES.set(entityName, label);
  FIELDS.set(entityName, { ...FIELDS.get(entityName), ...fields });
  if (representation) REPRESENTATIONS.set(entityName, representation);
}

export const entityLabel = (entityName: string): string => ENTITIES.get(entityName) ?? entityName;
/** The same, undefined for a name that is no resource's. */
export const knownEntityLabel = (entityName: string): string | undefined => ENTITIES.get(entityName);
export const fieldLabel = (entityName: string, field: string): string => FIELDS.get(entityName)?.[field] ?? field;

/** The field people name a record of this entity by (never its UUID): the first of HUMAN_KEYS (schema/representations.ts) it has. */
export const humanKeyProperty = (meta: EntityMetadata): string | undefined => HUMAN_KEYS.find((key) => meta.properties[key as never]);

/**
 * A record as people name it: as its resource declares it (`Resource.representation`, from schema/representations.ts,
 * the back office's `recordRepresentation` too), else by the rule the back office names a record of a resource that
 * declares none by (`defaultRepresentation`, there too), with its entity's human key.
 */
export function recordRepresentation(meta: EntityMetadata, record: Record<string, unknown>): string {
  const declared = REPRESENTATIONS.get(meta.className);
  return declared ? declared(record) : defaultRepresentation(record, humanKeyProperty(meta));
}
