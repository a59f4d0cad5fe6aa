import { describe, expect, it } from 'vitest';
import { operationsFor, parseOperation } from './operations';

const text = `# Analyst: headcounts.
# variables: {"region": "11", "asOf": "2025-06-30"}
# as: ANALYST
query AnalystHeadcounts($region: String!) { regions(filter: { q: $region }) { totalCount } }
`;

describe('example operations in the explorer', () => {
  it('keep the description, move the variables to their editor and read whom they are for', () => {
    const op = parseOperation('analyst-headcounts.graphql', text);
    expect(op).toMatchObject({
      role: 'ANALYST',
      query: '# Analyst: headcounts.\nquery AnalystHeadcounts($region: String!) { regions(filter: { q: $region }) { totalCount } }',
    });
    expect(JSON.parse(op.variables!)).toEqual({ region: '11', asOf: '2025-06-30' });
    expect(parseOperation('x.graphql', '{ me { role } }')).toEqual({
      file: 'x.graphql',
      role: 'NATIONAL_ADMIN',
      query: '{ me { role } }',
      variables: undefined,
    });
  });

  it('are those of the caller’s kind; a national administrator gets them all', () => {
    const ops = [
      parseOperation('a', text),
      parseOperation('b', '# as: PARTNER_MINISTRY AGRICULTURE\n{ me { role } }'),
      parseOperation('c', '{ me { role } }'),
    ];
    expect(operationsFor('ANALYST', ops).map((o) => o.file)).toEqual(['a']);
    expect(operationsFor('PARTNER_MINISTRY', ops).map((o) => o.file)).toEqual(['b']);
    expect(operationsFor('NATIONAL_ADMIN', ops)).toHaveLength(3);
  });
});
