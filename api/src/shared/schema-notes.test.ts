import { describe, expect, it } from 'vitest';
import { allowedNote, allowedOf, isRequired, requiredNote, sortableNote, sortableOf } from '../../../schema/notes';

describe('the schema notes, as the API writes them and the back office reads them back', () => {
  it('sortable fields, in order; none for a list with no sort field', () => {
    expect(sortableNote(['code', 'name'])).toBe('Champs de tri : code, name (puis id, pour un ordre stable). Sans tri : par id.');
    expect(sortableOf(sortableNote(['code', 'department.code']))).toEqual(['code', 'department.code']);
    expect(sortableOf(sortableNote([]))).toEqual([]);
    expect(sortableOf(undefined)).toEqual([]);
  });

  it('required, after the field’s own description too', () => {
    expect(isRequired(requiredNote)).toBe(true);
    expect(isRequired(`Autorité de désignation. ${requiredNote}`)).toBe(true);
    expect(isRequired('Non obligatoire.')).toBe(false);
    expect(isRequired(null)).toBe(false);
  });

  it('allowed values, as written, wherever the note sits', () => {
    expect(allowedNote([216, 307])).toBe('Valeurs permises : 216, 307.');
    expect(allowedOf(`Programme budgétaire. ${allowedNote([216, 307])} ${requiredNote}`)).toEqual(['216', '307']);
    expect(allowedOf('Programme budgétaire.')).toBeUndefined();
  });
});
