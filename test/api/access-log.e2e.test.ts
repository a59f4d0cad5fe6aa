import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonalDataAccess } from '../../api/src/access/personal-data-access.entity';
import { type Principal, Role } from '../../api/src/access/roles';
import { Agent } from '../../api/src/referential/agent.entity';
import { initTestApp, NATIONAL, type TestApp } from '../support/app';
import { serviceWithAgents } from '../support/fixtures';
import { ANALYST } from '../support/principals';

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
    // The log refuses the lines of some requests (as a full disk or a lost connection would refuse them all).
    await em.execute(`create function refuse_log_line() returns trigger language plpgsql as $$
      begin if new.request_id like 'req-log-refused%' then raise exception 'access log unavailable'; end if; return new; end $$`);
    await em.execute(
      `create trigger refuse_log_line before insert on personal_data_access for each row execute function refuse_log_line()`,
    );
    try {
      const authorization = await app.authorization();
      const post = (requestId: string, query: string) =>
        fetch(`${app.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization, 'x-request-id': requestId },
          body: JSON.stringify({ query }),
        });
      const internal = (requestId: string) => ({
        message: `Erreur interne (requête ${requestId}).`,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      });
      // Written after the read (personal fields below the page): the answer waits for it, and is replaced by the error.
      const nested = `{ services(filter: { ids: ["${service.id}"] }) { items { code agents { lastName } } } }`;
      const refused = await post('req-log-refused', nested);
      const body = await refused.text();
      expect(refused.status).toBe(500);
      expect(JSON.parse(body)).toEqual({ errors: [internal('req-log-refused')] });
      expect(body).not.toContain('Agent 0');
      expect(app.logs.some((l) => l.requestId === 'req-log-refused' && l.msg === 'Erreur interne')).toBe(true);
      // Written by the read's own statement (the page's own rows): the statement fails, so does the read.
      const page = `{ agents(filter: { serviceId: "${service.id}" }) { items { lastName } } }`;
      const failed = await post('req-log-refused-statement', page);
      const failedBody = await failed.text();
      expect(JSON.parse(failedBody)).toEqual({ errors: [{ ...internal('req-log-refused-statement'), path: ['agents'] }], data: null });
      expect(failedBody).not.toContain('Agent 0');
      expect(app.logs.some((l) => l.requestId === 'req-log-refused-statement' && l.msg === 'Erreur interne')).toBe(true);
      // The same reads, logged, are answered.
      for (const [requestId, query] of [
        ['req-log-served', nested],
        ['req-log-served-statement', page],
      ]) {
        const served = await post(requestId, query);
        expect(served.status).toBe(200);
        expect(JSON.stringify(await served.json())).toContain('Agent 0');
        expect(await app.em().count(PersonalDataAccess, { requestId })).toBe(1);
      }
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

describe('the access log of a compiled page is written by the read’s own statement (issue 11)', () => {
  let serviceId: string;
  beforeAll(async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '56', 12);
    serviceId = service.id;
    // Two sets of fields read: with an e-mail (every third agent), without.
    const agents = await em.find(Agent, { service: service.id }, { orderBy: { registrationNumber: 'asc' } });
    agents.forEach((agent, i) => {
      if (i % 3 === 0) agent.email = `agent.${i}@interieur.gouv.fr`;
    });
    await em.flush();
  });

  let sequence = 0;
  /**
   * A request with its own request id: its statements, and the access-log lines it wrote (in the order written). `orm`:
   * the same request read by the ORM path, whose personal reads `PersonalReads` writes after it (the log as before).
   */
  async function read(query: string, principal: Principal = NATIONAL, { orm = false } = {}) {
    const requestId = `req-log-statement-${++sequence}`;
    app.config.compiledReads = !orm;
    try {
      let errors: unknown;
      let statements = await app.captureStatements(async () => {
        errors = (await app.gql(query, { serviceId }, { 'x-request-id': requestId }, principal)).errors;
      });
      expect(errors, query).toBeUndefined();
      // eslint-disable-next-line no-control-regex
      statements = statements.map((s) => s.replace(/\u001b\[\d+m/g, ''));
      const lines = await app.em().find(PersonalDataAccess, { requestId }, { orderBy: { id: 'asc' } });
      return { statements, lines: lines.map((l) => ({ ...l, id: undefined, at: undefined, requestId: undefined })), raw: lines };
    } finally {
      app.config.compiledReads = true;
    }
  }

  // Read a of the peer benchmark, on the service's agents, with their e-mail.
  const readA = `query($serviceId: ID) { agents(filter: { serviceId: $serviceId }, limit: 50, sort: [{ field: "registrationNumber" }]) {
    items { id registrationNumber lastName firstName email grade service { code name department { code name } } } } }`;

  it('read a: one statement, its insert inside; the same lines as the log written after the read', async () => {
    const started = new Date();
    const compiled = await read(readA);
    expect(compiled.statements).toHaveLength(1);
    expect(compiled.statements[0]).toContain('insert into "personal_data_access"');
    const before = await read(readA, NATIONAL, { orm: true });
    expect(before.statements.some((s) => s.startsWith('[query] insert into "personal_data_access"'))).toBe(true);
    expect(compiled.lines).toEqual(before.lines);
    const agents = await app.em().find(Agent, { service: serviceId }, { orderBy: { registrationNumber: 'asc' } });
    expect(compiled.lines).toEqual([
      {
        entityName: 'Agent',
        entityIds: agents.filter((_, i) => i % 3 === 0).map((a) => a.id),
        fields: ['email', 'firstName', 'lastName', 'registrationNumber'],
        actor: NATIONAL.subject,
        role: Role.NATIONAL_ADMIN,
      },
      {
        entityName: 'Agent',
        entityIds: agents.filter((_, i) => i % 3 !== 0).map((a) => a.id),
        fields: ['firstName', 'lastName', 'registrationNumber'],
        actor: NATIONAL.subject,
        role: Role.NATIONAL_ADMIN,
      },
    ]);
    expect(compiled.raw.every((l) => l.requestId === 'req-log-statement-1' && l.at >= started && l.at <= new Date())).toBe(true);
  });

  it('a second read of the same shape (its statement prepared already) logs its own request, caller and rows', async () => {
    const other: Principal = { subject: 'autre.admin@interieur.gouv.fr', role: Role.NATIONAL_ADMIN, perimeter: [] };
    const first = await read(readA);
    const again = await read(readA);
    const another = await read(readA, other);
    expect(again.statements).toHaveLength(1);
    expect(again.lines).toEqual(first.lines);
    expect(another.lines).toEqual(first.lines.map((l) => ({ ...l, actor: other.subject })));
    expect(again.raw[0].requestId).not.toBe(first.raw[0].requestId);
  });

  it('a page with no personal field read writes nothing; personal fields that are all null neither', async () => {
    const plain = await read(`query($serviceId: ID) { agents(filter: { serviceId: $serviceId }) { items { grade } } }`);
    expect(plain.statements).toHaveLength(1);
    expect(plain.statements[0]).not.toContain('personal_data_access');
    const nulls = await read(`query($serviceId: ID) { agents(filter: { serviceId: $serviceId }) { items { phone } } }`);
    expect(nulls.statements).toHaveLength(1);
    expect(nulls.lines).toEqual([]);
  });

  it('personal fields read below the page (service → agents): the insert after the read, the same lines as before', async () => {
    const nested = `query($serviceId: ID!) { services(filter: { ids: [$serviceId] }) { items { code agents(limit: 20) { lastName email } } } }`;
    const compiled = await read(nested);
    expect(compiled.statements).toHaveLength(2);
    expect(compiled.statements[0]).not.toContain('personal_data_access');
    expect(compiled.statements[1]).toMatch(/^\[query\] insert into "personal_data_access"/);
    expect(compiled.lines).toEqual((await read(nested, NATIONAL, { orm: true })).lines);
    expect(compiled.lines.map((l) => [l.fields, l.entityIds.length])).toEqual([
      [['email', 'lastName'], 4],
      [['lastName'], 8],
    ]);
  });

  it('the analyst: nothing written for the fields withheld from it, the others logged by the statement', async () => {
    const withheld = await read(`query($serviceId: ID) { agents(filter: { serviceId: $serviceId }) { items { email phone } } }`, ANALYST);
    expect(withheld.statements).toHaveLength(1);
    expect(withheld.statements[0]).not.toContain('personal_data_access');
    expect(withheld.lines).toEqual([]);
    const names = await read(readA, ANALYST);
    expect(names.statements).toHaveLength(1);
    expect(names.lines.map((l) => [l.role, l.fields, l.entityIds.length])).toEqual([
      [Role.ANALYST, ['firstName', 'lastName', 'registrationNumber'], 12],
    ]);
  });

  it('rows graphql-js resolves itself (a computed field beside) are not logged twice; two root fields, one insert after', async () => {
    // A computed field that reads no person (the versions of grade, corps…) leaves the log in the statement; the
    // agents' rows are then resolved by graphql-js, whose field guard notes the names again: nothing more is written.
    const computed = await read(
      `query($serviceId: ID) { agents(filter: { serviceId: $serviceId }) { items { lastName versions { validFrom } } } }`,
    );
    expect(computed.statements.filter((s) => s.includes('personal_data_access'))).toHaveLength(1);
    expect(computed.statements[0]).toContain('insert into "personal_data_access"');
    expect(computed.lines.map((l) => [l.fields, l.entityIds.length])).toEqual([[['lastName'], 12]]);
    const twoRoots = await read(
      `query($serviceId: ID) { agents(filter: { serviceId: $serviceId }) { items { lastName } } departments(limit: 1) { items { code } } }`,
    );
    expect(twoRoots.statements.filter((s) => s.includes('personal_data_access'))).toHaveLength(1);
    expect(twoRoots.statements.find((s) => s.includes('personal_data_access'))).toMatch(/^\[query\] insert into/);
    expect(twoRoots.lines.map((l) => [l.fields, l.entityIds.length])).toEqual([[['lastName'], 12]]);
  });
});
