import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeError } from '../../api/src/shared/log';
import { initTestApp, NATIONAL, type TestApp } from '../support/app';
import { interior, serviceWithAgents } from '../support/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
});
afterAll(() => app.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A raw GraphQL POST, to read the response headers. */
async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: await app.authorization(), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { requestId: response.headers.get('x-request-id')!, body: (await response.json()) as { data?: any; errors?: any[] } };
}

const requestLine = (requestId: string) => app.logs.find((l) => l.msg === 'request' && l.requestId === requestId);

describe('request log', () => {
  it('writes one JSON line per request: id, actor, operation, status, duration, outcome', async () => {
    const ok = await post('query CountRegions { regions { totalCount } }', {}, { 'x-request-id': 'trace-42.a_b' });
    expect(ok.requestId).toBe('trace-42.a_b');
    expect(app.logs.filter((l) => l.requestId === 'trace-42.a_b')).toHaveLength(1);
    expect(requestLine('trace-42.a_b')).toMatchObject({
      level: 'info',
      method: 'POST',
      path: '/graphql',
      status: 200,
      actor: NATIONAL.subject,
      role: 'NATIONAL_ADMIN',
      operation: 'CountRegions',
      operationType: 'query',
      outcome: 'ok',
    });
    expect(typeof requestLine('trace-42.a_b')!.durationMs).toBe('number');

    const refused = await post(
      'mutation NoService { updateService(id: "00000000-0000-4000-8000-000000000000", version: 1, input: {}) { id } }',
    );
    expect(requestLine(refused.requestId)).toMatchObject({
      operation: 'NoService',
      operationType: 'mutation',
      outcome: 'refused',
      errorCodes: ['NOT_FOUND'],
    });

    const anonymous = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ me { role } }"}',
    });
    expect(anonymous.status).toBe(401);
    expect(requestLine(anonymous.headers.get('x-request-id')!)).toMatchObject({ status: 401, outcome: 'refused' });
    expect(requestLine(anonymous.headers.get('x-request-id')!)!.actor).toBeUndefined();
  });

  it('keeps x-request-id only as [\\w.-]{1,64}, else gives a fresh one (in the header, the log and the audit trail)', async () => {
    const longest = 'a'.repeat(64);
    expect((await post('{ me { role } }', {}, { 'x-request-id': longest })).requestId).toBe(longest);
    for (const bad of ['a'.repeat(65), 'a b', '<script>', 'café', 'x;drop', '../etc/passwd', '']) {
      const { requestId } = await post('{ me { role } }', {}, { 'x-request-id': bad });
      expect(requestId, JSON.stringify(bad)).toMatch(UUID);
      if (bad) expect(JSON.stringify(app.logs)).not.toContain(bad);
    }
    const code = `RID-${Date.now()}`;
    const created = await post(
      `mutation { createMinistry(input: { code: "${code}", name: "Ministère témoin" }) { id } }`,
      {},
      { 'x-request-id': 'bad id' },
    );
    expect(created.requestId).toMatch(UUID);
    const trail = await app.gql(`query($id: ID!) { auditEntries(entityName: "Ministry", entityId: $id) { items { requestId } } }`, {
      id: created.body.data.createMinistry.id,
    });
    expect(trail.data!.auditEntries.items).toEqual([{ requestId: created.requestId }]);
    expect(requestLine(created.requestId)).toMatchObject({ outcome: 'ok' });
  });
});

describe('no personal data in logs', () => {
  const FIRST = 'Zéphyrine';
  const LAST = 'Quasimodo-Ledoux';

  it('logs no name of an agent read, written, searched, or quoted by a database error', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '35', 0);
    const ministry = await interior(em);
    const input = {
      registrationNumber: 'LOG-1',
      firstName: FIRST,
      lastName: LAST,
      grade: 'Attachée',
      corps: 'Attachés',
      category: 'A',
      status: 'TITULAIRE',
      population: 'ADMINISTRATIVE_TECHNICAL_SCIENTIFIC',
      employingMinistryId: ministry.id,
      serviceId: service.id,
      validFrom: '2024-01-01',
      email: 'zephyrine.quasimodo@interieur.gouv.fr',
    };
    const created = await post('mutation CreateAgent($input: AgentInput!) { createAgent(input: $input) { id firstName lastName } }', {
      input,
    });
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data.createAgent.id;
    const read = await post('query ReadAgent($q: String) { agents(filter: { q: $q }) { items { firstName lastName email } } }', {
      q: LAST,
    });
    expect(read.body.data.agents.items).toEqual([{ firstName: FIRST, lastName: LAST, email: input.email }]);
    const updated = await post(
      'mutation Rename($id: ID!) { updateAgent(id: $id, version: 1, input: { lastName: "Quasimodo-Martin" }) { lastName } }',
      { id },
    );
    expect(updated.body.data.updateAgent.lastName).toBe('Quasimodo-Martin');
    const invalid = await post('mutation($id: ID!) { updateAgent(id: $id, version: 2, input: { email: "quasimodo@" }) { id } }', { id });
    expect(invalid.body.errors![0].extensions.code).toBe('VALIDATION_FAILED');

    // An unexpected database error on a search for the name: the statement (with the name in it) is not logged.
    await em.getConnection().execute('alter table agent rename to agent_moved_away');
    let broken;
    try {
      broken = await post('query SearchAgent($q: String) { agents(filter: { q: $q }) { items { lastName } } }', { q: LAST });
    } finally {
      await em.getConnection().execute('alter table agent_moved_away rename to agent');
    }
    expect(broken.body.errors![0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const error = app.logs.find((l) => l.msg === 'Erreur interne' && l.requestId === broken.requestId);
    expect(error).toMatchObject({ level: 'error', path: ['agents'], err: { sqlState: '42P01' } });
    // The statement's shape stays, its values do not.
    // (The compiled read's statement carries no value at all: its values are parameters, `$n`.)
    expect(error!.err.message).toMatch(
      /^(with p1 as \()?select .* from "agent" .* like lower\(immutable_unaccent\(('…'|\$\d+)\)\) .* - relation "agent" does not exist$/,
    );
    expect(error!.err.stack).toMatch(/\n\s+at /);
    expect(requestLine(broken.requestId)).toMatchObject({ outcome: 'error', errorCodes: ['INTERNAL_SERVER_ERROR'] });

    const raw = JSON.stringify(app.logs);
    for (const text of ['Zéphyrine', 'Zephyrine', 'zephyrine', 'Quasimodo', 'quasimodo', 'LOG-1']) expect(raw).not.toContain(text);
  });

  it('an error as logged keeps its type, SQLSTATE and frames, not the values it quotes', async () => {
    const thrown = await app
      .em()
      .getConnection()
      .execute('select ?::uuid as id', ['Quasimodo'])
      .catch((e: unknown) => e);
    expect(String((thrown as Error).message)).toContain('Quasimodo');
    const logged = serializeError(thrown);
    expect(logged).toMatchObject({ sqlState: '22P02', message: `select '…'::uuid as id - invalid input syntax for type uuid: "…"` });
    expect(logged.stack).toMatch(/\n\s+at /);
    expect(JSON.stringify(logged)).not.toContain('Quasimodo');
  });
});

describe('probes', () => {
  it('GET /healthz answers while the process is up; GET /readyz only when the database is reachable and migrated', async () => {
    expect(await (await fetch(`${app.baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'ok' });

    const connection = app.em().getConnection();
    const [last] = await connection.execute<{ id: number; name: string }[]>(
      'select id, name from mikro_orm_migrations order by id desc limit 1',
    );
    await connection.execute('delete from mikro_orm_migrations where id = ?', [last.id]);
    try {
      const pending = await fetch(`${app.baseUrl}/readyz`);
      expect(pending.status).toBe(503);
      expect(await pending.json()).toEqual({ status: 'unavailable', database: 'ok', pendingMigrations: [last.name] });
    } finally {
      await connection.execute('insert into mikro_orm_migrations (id, name) values (?, ?)', [last.id, last.name]);
    }
    expect((await fetch(`${app.baseUrl}/readyz`)).status).toBe(200);
    // Probes are logged at debug level only (a probe every few seconds would drown the request lines).
    expect(app.logs.filter((l) => l.path === '/readyz').every((l) => l.level === 'debug')).toBe(true);
  });
});
