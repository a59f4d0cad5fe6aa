/** French labels of each entity's fields, as the resources declare them: for messages raised below the resources. */
const LABELS = new Map<string, Record<string, string>>();

export function registerFieldLabels(entityName: string, fields: Record<string, string>): void {
  LABELS.set(entityName, { ...LABELS.get(entityName), ...fields });
}

export const fieldLabel = (entityName: string, field: string): string => LABELS.get(entityName)?.[field] ?? field;
