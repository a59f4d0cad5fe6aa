import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatError, validationFailed, violation } from './errors';
import { PersonalReads } from '../access/access-log';
import type { ErrorLog } from './log';
import { runInRequest } from './request-scope';

describe('formatError', () => {
  const formatted = { message: 'select * from "agent" - invalid input syntax', path: ['agents'] };
  const inRequest = <T>(fn: () => T) =>
    runInRequest(
      { requestId: 'req-1', actor: 'x', personalReads: new PersonalReads('asynchronous'), warnings: [], withheld: new Map() },
      fn,
    );

  it.each([true, false])(
    'masks an unexpected error (production: %s): « Erreur interne » and the request id; the SQL goes to the log',
    (production) => {
      const logged: Record<string, unknown>[] = [];
      const log: ErrorLog = { error: (details) => void logged.push(details) };
      const out = inRequest(() => formatError(production, log)(formatted, new Error(formatted.message)));
      expect(out).toEqual({
        message: 'Erreur interne (requête req-1).',
        path: ['agents'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
      });
      expect(logged).toEqual([
        expect.objectContaining({
          requestId: 'req-1',
          err: expect.objectContaining({ message: formatted.message, stack: expect.stringContaining('errors.test.ts') }),
        }),
      ]);
    },
  );

  it('keeps the domain errors: code, rule, field and every violation', () => {
    const error = validationFailed([
      violation('code', 'INSEE_CODE_UNKNOWN', 'Code INSEE inconnu.'),
      violation('name', 'REQUIRED', 'Nom obligatoire.'),
    ]);
    const out = formatError(true)(
      { message: error.message },
      new GraphQLError(error.message, { originalError: error, path: ['createRegion'] }),
    );
    expect(out.extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode: 'INSEE_CODE_UNKNOWN', field: 'code' });
    expect((out.extensions!.violations as unknown[]).length).toBe(2);
  });
});

describe('formatError and the error catalogue', () => {
  // A code that escaped the type checker (a cast, as plain JavaScript would do).
  const rogue = validationFailed([violation('name', 'NOT_IN_THE_CATALOGUE' as never, 'Message.')]);
  const raw = new GraphQLError(rogue.message, { originalError: rogue, path: ['createRegion'] });

  it.each([true, false])(
    'never returns a sub-code the catalogue lacks (production: %s): an internal error, the code in the log',
    (production) => {
      const logged: Record<string, unknown>[] = [];
      const log: ErrorLog = { error: (details) => void logged.push(details) };
      const out = runInRequest(
        { requestId: 'req-2', actor: 'x', personalReads: new PersonalReads('asynchronous'), warnings: [], withheld: new Map() },
        () => formatError(production, log)({ message: rogue.message }, raw),
      );
      expect(out).toMatchObject({ message: 'Erreur interne (requête req-2).', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(out.extensions!.subCode).toBeUndefined();
      expect(logged).toEqual([
        expect.objectContaining({ err: expect.objectContaining({ message: expect.stringContaining('NOT_IN_THE_CATALOGUE') }) }),
      ]);
    },
  );
});
