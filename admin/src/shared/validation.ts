import type { Validator } from 'react-admin';
import { INVALID } from './fr/parse';

/**
 * Mirrored from the API (which stays the reference): the period must not end before it starts. Checked on the
 * `validTo` input (`RecordForm` gives it to every one), not by the form: react-hook-form ignores the inputs' own
 * validators (required fields, incomplete dates, number bounds) as soon as the form has a `validate` of its own.
 */
export const validToAfterValidFrom: Validator = (value, values: Record<string, unknown>) => {
  const { validFrom } = values;
  return typeof validFrom === 'string' &&
    typeof value === 'string' &&
    validFrom &&
    value &&
    validFrom !== INVALID &&
    value !== INVALID &&
    value < validFrom
    ? 'app.validation.validToBeforeValidFrom'
    : undefined;
};
