import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../dataProvider/schema';
import { APPOINTMENT_NOTICE } from '../appointments/queries';
import { INDICATORS } from './queries';

describe('hand-written queries of the back office', () => {
  it.each([
    ['indicators', INDICATORS],
    ['appointment notice', APPOINTMENT_NOTICE],
  ])('%s is valid against the API schema', (_, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
});
