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

  it('no answer leaves when its access-log line cannot be written: the caller gets the internal error, never the data', async () => {
    const service = await serviceWithAgents(app.em(), '29', 3);
    const em = app.em();
    // The log refuses the lines of one request (as a full disk or a lost connection would refuse them all).
    await em.execute(`create function refuse_log_line() returns trigger language plpgsql as $$
      begin if new.request_id = 'req-log-refused' then raise exception 'access log unavailable'; end if; return new; end $$`);
    await em.execute(
      `create trigger refuse_log_line before insert on personal_data_access for each row execute function refuse_log_line()`,
    );
    try {
      const query = `{ agents(filter: { serviceId: "${service.id}" }) { items { lastName } } }`;
      const authorization = await app.authorization();
      const post = (requestId: string) =>
        fetch(`${app.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization, 'x-request-id': requestId },
          body: JSON.stringify({ query }),
        });
      const refused = await post('req-log-refused');
      const body = await refused.text();
      expect(refused.status).toBe(500);
      expect(JSON.parse(body)).toEqual({
        errors: [
          {
            message: 'Erreur interne (requête req-log-refused).',
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-log-refused' },
          },
        ],
      });
      expect(body).not.toContain('Agent 0');
      expect(app.logs.some((l) => l.requestId === 'req-log-refused' && l.msg === 'Erreur interne')).toBe(true);
      // The same read, logged, is answered.
      const served = await post('req-log-served');
      expect(served.status).toBe(200);
      expect(JSON.stringify(await served.json())).toContain('Agent 0');
      expect(await app.em().count(PersonalDataAccess, { requestId: 'req-log-served' })).toBe(1);
    } finally {
      await em.execute('drop trigger refuse_log_line on personal_data_access');
      await em.execute('drop function refuse_log_line()');
    }
  });

  it('one insert whether it starts with the statement (nothing left to graphql-js can read a personal field) or when execution ends', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '22', 4);
    const departmentId = String(service.department?.id);
    const logged = async (requestId: string, query: string) => {
      const statements = await app.countStatements(async () => {
        const result = await app.gql(query, {}, { 'x-request-id': requestId });
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      });
      const lines = await app.em().find(PersonalDataAccess, { requestId });
      return { statements, lines: lines.map((l) => [l.entityName, l.fields, l.entityIds.length]) };
    };
    // The departments are resolved by graphql-js (a computed headcount, which reads no person); the agents below are shaped.
    const tree = (fields: string) =>
      `{ departments(filter: { ids: ["${departmentId}"] }) { items { code headcount { network } services(limit: 10) { code agents(limit: 10) { ${fields} } } } } }`;
    const early = await logged('req-log-early', tree('lastName'));
    const none = await logged('req-log-early-none', tree('grade'));
    expect(early.statements - none.statements).toBe(1);
    expect(early.lines).toEqual([['Agent', ['lastName'], 4]]);
    // The agents themselves resolved by graphql-js (a computed field), their names noted by the field guard as it goes.
    const list = (fields: string) =>
      `{ agents(filter: { serviceId: "${service.id}" }) { items { ${fields} serviceOn(asOf: "2024-01-01") { code } } } }`;
    const late = await logged('req-log-late', list('lastName'));
    const lateNone = await logged('req-log-late-none', list('grade'));
    expect(late.statements - lateNone.statements).toBe(1);
    expect(late.lines).toEqual([['Agent', ['lastName'], 4]]);
  });
});
