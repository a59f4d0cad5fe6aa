import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatError, validationFailed, violation } from './errors';
import { PersonalReads } from '../access/access-log';
import { runInRequest } from './request-scope';

describe('formatError', () => {
  const formatted = { message: 'select * from "agent" - invalid input syntax', path: ['agents'] };

  it('masks an unexpected error in production: « Erreur interne » and the request id, no SQL', () => {
    const out = runInRequest({ requestId: 'req-1', actor: 'x', personalReads: new PersonalReads(), warnings: [] }, () => formatError(true)(formatted, new Error(formatted.message)));
    expect(out).toEqual({ message: 'Erreur interne (requête req-1).', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' } });
  });

  it('keeps the domain errors: code, rule, field and every violation', () => {
    const error = validationFailed([violation('code', 'INSEE_CODE_UNKNOWN', 'Code INSEE inconnu.'), violation('name', 'REQUIRED', 'Nom obligatoire.')]);
    const out = formatError(true)({ message: error.message }, new GraphQLError(error.message, { originalError: error, path: ['createRegion'] }));
    expect(out.extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode: 'INSEE_CODE_UNKNOWN', field: 'code' });
    expect((out.extensions!.violations as unknown[]).length).toBe(2);
  });
});
