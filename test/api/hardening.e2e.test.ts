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
    expect(result.errors![0].message).toMatch(/depth limit of 10/i);
  });

  it('rejects alias flooding', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: regions { totalCount }`).join(' ');
    const result = await app.gql(`{ ${aliases} }`);
    expect(result.errors![0].message).toMatch(/aliases limit of 15/i);
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
