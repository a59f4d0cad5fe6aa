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
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ regions { totalCount } }' }, { query: '{ regions { totalCount } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('still serves the nested queries the product uses', async () => {
    const result = await app.gql(`{ departments(limit: 101) { items { code region { name } services { code agents { registrationNumber affectations { validFrom service { code } } } } } } }`);
    expect(result.errors).toBeUndefined();
  });
});
