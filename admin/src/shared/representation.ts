import type { RaRecord, ResourceDefinition, ResourceProps } from 'react-admin';
import { defaultRepresentation } from '../../../schema/representations';

/**
 * A resource as registered: named by its own `recordRepresentation`, else by the rule the API names a record of a type
 * that declares none by (schema/representations.ts), instead of react-admin's default (name, title, label, reference,
 * else « #<UUID> »), so that titles, references and the « Historique » name a record as the « Versions » do.
 */
export const withRepresentation = (config: Omit<ResourceProps, 'name'>): Omit<ResourceProps, 'name'> =>
  config.recordRepresentation === undefined ? { ...config, recordRepresentation: defaultRepresentation } : config;

/**
 * A record's name as the rest of the back office shows it: its resource's `recordRepresentation`, else the same
 * default rule (a resource this caller has not registered).
 */
export const representRecord = (definition: ResourceDefinition | undefined, record: RaRecord): string => {
  const representation = definition?.recordRepresentation;
  if (typeof representation === 'function') return String(representation(record));
  if (typeof representation === 'string') return String(record[representation] ?? '');
  return defaultRepresentation(record);
};
