import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp({ config: { production: true } });
});
afterAll(() => app.close());

describe('production mode', () => {
  it('refuses introspection', async () => {
    const result = await app.gql(`{ __schema { types { name } } }`);
    expect(result.data).toBeUndefined();
    expect(result.errors![0].message).toMatch(/introspection/i);
  });

  it('serves no sandbox page', async () => {
    const page = await fetch(`${app.baseUrl}/graphql`, { headers: { accept: 'text/html', authorization: await app.authorization() } });
    expect(await page.text()).not.toMatch(/sandbox|embeddable/i);
  });

  it('keeps French domain errors, and a malformed id is a clear error, not a database one', async () => {
    const domain = await app.gql(`{ services(limit: 100000) { totalCount } }`);
    expect(domain.errors![0]).toMatchObject({ extensions: { code: 'VALIDATION_FAILED', subCode: 'PAGE_SIZE' } });
    const unknown = await app.gql(`{ service(id: "pas-un-uuid") { id } }`);
    expect(unknown.errors![0]).toMatchObject({
      message: 'Service introuvable (identifiant pas-un-uuid).',
      extensions: { code: 'NOT_FOUND' },
    });
    const filter = await app.gql(`{ agents(filter: { serviceId: "12" }) { totalCount } }`);
    expect(filter.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode: 'ID_INVALID', field: 'filter.serviceId' });
    const bulk = await app.gql(
      `mutation { saveServiceSites(rows: [{ values: { serviceId: "x", label: "Site", address: "1 rue A", postalCode: "75001", city: "Paris" } }]) { ok rows { violations { field code } } } }`,
    );
    expect(bulk.data!.saveServiceSites).toEqual({ ok: false, rows: [{ violations: [{ field: 'serviceId', code: 'REFERENCE_UNKNOWN' }] }] });
  });
});
