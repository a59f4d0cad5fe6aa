import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonalDataAccess } from '../../api/src/access/personal-data-access.entity';
import { initTestApp, type TestApp } from '../support/app';
import { serviceWithAgents } from '../support/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
});
afterAll(() => app.close());

describe('the personal-data access log costs one insert per request at most', () => {
  it('one statement, one line per set of fields read of a person, whatever the number of people, levels and fields read', async () => {
    const em = app.em();
    const services = [await serviceWithAgents(em, '35', 30), await serviceWithAgents(em, '44', 20)];
    const ids = services.map((s) => s.id);
    // Two levels read personal fields: the services' agents (names), and the same agents again through the list (number, e-mail).
    const shape = (personal: boolean) => `query($ids: [ID!]) {
      services(filter: { ids: $ids }) { items { code agents { grade ${personal ? 'lastName firstName' : ''} } } }
      agents(filter: { serviceId: "${ids[0]}" }, limit: 100) { items { grade ${personal ? 'registrationNumber email' : ''} } }
    }`;
    const lines = () => app.em().count(PersonalDataAccess, {});
    const before = await lines();
    const without = await app.countStatements(() => app.gql(shape(false), { ids }));
    expect(await lines()).toBe(before); // no personal field read: nothing written

    let result: Awaited<ReturnType<TestApp['gql']>> | undefined;
    const withPersonal = await app.countStatements(
      async () => (result = await app.gql(shape(true), { ids }, { 'x-request-id': 'req-log-one-insert' })),
    );
    expect(result!.errors).toBeUndefined();
    expect(withPersonal - without).toBe(1);
    const written = await app.em().find(PersonalDataAccess, { requestId: 'req-log-one-insert' }, { orderBy: { fields: 'asc' } });
    expect(written.map((l) => [l.entityName, l.fields, l.entityIds.length])).toEqual([
      ['Agent', ['firstName', 'lastName'], 20],
      ['Agent', ['firstName', 'lastName', 'registrationNumber'], 30], // no e-mail logged: the fixtures have none
    ]);
    expect(written.every((l) => l.actor === 'test@interieur.gouv.fr' && l.role === 'NATIONAL_ADMIN')).toBe(true);
  });
});
