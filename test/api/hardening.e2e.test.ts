import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
});
afterAll(() => app.close());

describe('query limits', () => {
  // Tokens, depth, aliases, directives and cost: test/api/query-limits.e2e.test.ts.
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
      fetch(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, authorization: await app.authorization() },
        body,
      });
    const huge = await post(JSON.stringify({ query: `{ regions { totalCount } }`, variables: { padding: 'x'.repeat(3_000_000) } }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({
      errors: [{ message: 'Requête trop volumineuse : 2 Mo au plus.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    // A "simple" cross-site request (text/plain, no preflight) is refused by Apollo's CSRF prevention.
    const simple = await post(JSON.stringify({ query: '{ regions { totalCount } }' }), 'text/plain');
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
  });
});

describe('caching', () => {
  it('tells browsers and proxies never to keep a GraphQL answer (they hold personal data)', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: await app.authorization() },
      body: JSON.stringify({ query: '{ agents(limit: 1) { items { lastName } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
