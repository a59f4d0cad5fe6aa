/** Form-level check mirrored from the API (which stays the reference): the period must not end before it starts. */
export const validateValidity = (values: Record<string, unknown>) => {
  const errors: Record<string, string> = {};
  const { validFrom, validTo } = values;
  if (typeof validFrom === 'string' && typeof validTo === 'string' && validFrom && validTo && validTo < validFrom) {
    errors.validTo = 'app.validation.validToBeforeValidFrom';
  }
  return errors;
};
