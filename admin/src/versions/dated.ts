import type { RaRecord } from 'react-admin';

/**
 * Dated versions (API: `effectiveDate`, `effectiveUntil`, issue 17): the fields whose changes take effect on a date.
 * An edit sends only the dated fields it changes — a field sent unchanged would be dated too (the API applies every
 * dated field it receives from the effective date on) — and the dates only when given (the API then takes today).
 */
export const DATED_FIELDS: Record<string, readonly string[]> = {
  services: ['name', 'kind', 'parentId', 'departmentId', 'excludedFromNetwork'],
  agents: ['grade', 'corps', 'category', 'status', 'population', 'employingMinistryId'],
  'social-worker-posts': ['kind', 'residenceId'],
  conventions: ['functionShareGuideline', 'functionShareTolerance'],
};

const same = (a: unknown, b: unknown) =>
  a === b || ((a === null || a === undefined || a === '') && (b === null || b === undefined || b === ''));

/** The edit's data, its dated fields kept only when they differ from `base` (the record as read, or the corrected version). */
export function datedChanges(resource: string, data: RaRecord, base: Record<string, unknown> | undefined): RaRecord {
  const dated = DATED_FIELDS[resource] ?? [];
  const out: RaRecord = { ...data };
  for (const field of dated) if (base && same(out[field], base[field])) delete out[field];
  for (const field of ['effectiveDate', 'effectiveUntil']) if (!out[field]) delete out[field];
  return out;
}

/** Whether the form changes a dated field of the record (the effective date then means something). */
export const changesDatedField = (resource: string, form: Record<string, unknown>, record: Record<string, unknown> | undefined) =>
  !!record && (DATED_FIELDS[resource] ?? []).some((field) => !same(form[field], record[field]));
