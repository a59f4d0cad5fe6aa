import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
});
afterAll(() => app.close());

describe('query limits', () => {
  it('rejects a query deeper than 10 levels before running it', async () => {
    const deep = `{ services { items { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } }`;
    const result = await app.gql(deep);
    expect(result.data).toBeUndefined();
    expect(result.errors![0]).toMatchObject({ message: 'Requête trop profonde : 12 niveaux imbriqués, 10 au plus.', extensions: { subCode: 'QUERY_DEPTH' } });
  });

  it('rejects a query whose estimated cost is over the limit, and an overlong one', async () => {
    // Few tokens and within the depth limit, but fragments that each triple the fields asked for.
    const fields = 'id code name kind validFrom validTo excludedFromNetwork createdAt updatedAt version';
    const fragments = Array.from({ length: 7 }, (_, i) => `fragment F${i + 1} on Service { ...F${i} parent { ...F${i} } children { ...F${i} } }`);
    const costly = await app.gql(`{ services { items { ...F7 } } } fragment F0 on Service { ${fields} } ${fragments.join(' ')}`);
    expect(costly.data).toBeUndefined();
    expect(costly.errors![0]).toMatchObject({ message: expect.stringMatching(/^Requête trop coûteuse : coût estimé \d+, 20000 au plus/), extensions: { subCode: 'QUERY_COST' } });

    let level = fields;
    for (let depth = 0; depth < 7; depth++) level = `${fields} parent { ${level} } children { ${level} }`;
    const long = await app.gql(`{ services { items { ${level} } } }`);
    expect(long.errors![0]).toMatchObject({ message: 'Requête trop longue : plus de 1000 éléments.', extensions: { subCode: 'QUERY_TOKENS' } });
  });

  it('rejects alias flooding', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: regions { totalCount }`).join(' ');
    const result = await app.gql(`{ ${aliases} }`);
    expect(result.errors![0]).toMatchObject({ message: 'Trop d’alias dans la requête : 20, 15 au plus.', extensions: { subCode: 'QUERY_ALIASES' } });
  });

  it('rejects batched HTTP requests', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: await app.authorization() },
      body: JSON.stringify([{ query: '{ regions { totalCount } }' }, { query: '{ regions { totalCount } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('rejects an oversized request body and keeps CSRF prevention on', async () => {
    const post = async (body: string, contentType = 'application/json') =>
      fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': contentType, authorization: await app.authorization() }, body });
    const huge = await post(JSON.stringify({ query: `{ regions { totalCount } }`, variables: { padding: 'x'.repeat(3_000_000) } }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ errors: [{ message: 'Requête trop volumineuse : 2 Mo au plus.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    // A "simple" cross-site request (text/plain, no preflight) is refused by Apollo's CSRF prevention.
    const simple = await post(JSON.stringify({ query: '{ regions { totalCount } }' }), 'text/plain');
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
  });

  it('still serves the nested queries the product uses', async () => {
    const result = await app.gql(`{ departments(limit: 101) { items { code region { name } services { code agents { registrationNumber affectations { validFrom service { code } } } } } } }`);
    expect(result.errors).toBeUndefined();
  });
});
