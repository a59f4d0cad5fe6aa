import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../../api/src/shared/query-limits';
import { initTestApp, type TestApp } from '../support/app';

let app: TestApp;
let production: TestApp;
beforeAll(async () => {
  [app, production] = await Promise.all([initTestApp(), initTestApp({ config: { production: true } })]);
});
afterAll(() => Promise.all([app.close(), production.close()]));

/** A GraphQL request and its HTTP status. */
async function post(target: TestApp, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${target.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: await target.authorization() },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: response.status, ...body };
}

const many = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join(' ');

describe('query limits: each refusal is a client error (400) from its own rule, in French, before anything runs', () => {
  it('tokens', async () => {
    // Within every other limit (one field, no alias), only long.
    const long = await post(app, `{ regions(filter: { ids: [${many(QUERY_LIMITS.maxTokens, () => '"x"')}] }) { totalCount } }`);
    expect(long.status).toBe(400);
    expect(long.data).toBeUndefined();
    expect(long.errors![0]).toMatchObject({
      message: `Requête trop longue : plus de ${QUERY_LIMITS.maxTokens} éléments.`,
      extensions: { subCode: 'QUERY_TOKENS' },
    });
  });

  it('depth', async () => {
    const deep = `{ services(limit: 1) { items { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } }`;
    const result = await post(app, deep);
    expect(result.status).toBe(400);
    expect(result.errors![0]).toMatchObject({
      message: 'Requête trop profonde : 12 niveaux imbriqués, 10 au plus.',
      extensions: { subCode: 'QUERY_DEPTH' },
    });
  });

  it('aliases: 500 of them are refused as aliases, not as tokens', async () => {
    const result = await post(app, `{ ${many(500, (i) => `a${i}: regions { totalCount }`)} }`);
    expect(result.status).toBe(400);
    expect(result.errors![0]).toMatchObject({
      message: `Trop d’alias dans la requête : 500, ${QUERY_LIMITS.maxAliases} au plus.`,
      extensions: { subCode: 'QUERY_ALIASES' },
    });
    // The back office's largest aliased operation (a bulk deletion of 100 records) stays within every limit.
    const deletion = await post(
      app,
      `mutation(${many(100, (i) => `$id${i}: ID!, $v${i}: Int!`)}) { ${many(100, (i) => `d${i}: deleteServiceSite(id: $id${i}, version: $v${i})`)} }`,
      {},
    );
    expect(deletion.errors?.map((e) => e.extensions?.subCode)).not.toContain('QUERY_TOKENS');
    expect(deletion.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT'); // the variables are missing: the limits passed
  });

  it('directives', async () => {
    const result = await post(app, `{ regions { totalCount ${many(QUERY_LIMITS.maxDirectives + 1, () => '@include(if: true)')} } }`);
    expect(result.status).toBe(400);
    expect(result.errors![0]).toMatchObject({ extensions: { subCode: 'QUERY_DIRECTIVES' } });
  });

  it('cost follows the arguments: 500 × 500 × 500 rows are refused in French, from the variables too', async () => {
    const tree = `query($n: Int!) { departments(limit: $n) { items { services(limit: $n) { agents(limit: $n) { lastName } } } } }`;
    const refused = await post(app, tree, { n: 500 });
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors![0]).toMatchObject({
      message: expect.stringMatching(
        new RegExp(`^Requête trop coûteuse : coût estimé \\d+, ${QUERY_LIMITS.maxCost} au plus ; demandez des pages plus petites`),
      ),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', subCode: 'QUERY_COST' },
    });
    const estimate = Number(/coût estimé (\d+)/.exec(refused.errors![0].message)![1]);
    expect(estimate).toBeGreaterThan(500 * 500 * 500);
    // The same shape with small pages runs (the benchmark's tree: 50 departments → 10 services → 5 agents).
    const small = await post(app, tree, { n: 5 });
    expect(small.status).toBe(200);
    expect(small.errors).toBeUndefined();
    // The nested lists' default limit counts when no limit is given.
    const defaults = await post(app, `{ departments(limit: 101) { items { services { agents { lastName } } } } }`);
    expect(defaults.errors![0].extensions).toMatchObject({ subCode: 'QUERY_COST' });
  });

  it('a query refused in production keeps its French message and sub-code', async () => {
    const result = await post(production, `{ ${many(500, (i) => `a${i}: regions { totalCount }`)} }`);
    expect(result.status).toBe(400);
    expect(result.errors![0]).toMatchObject({
      message: `Trop d’alias dans la requête : 500, ${QUERY_LIMITS.maxAliases} au plus.`,
      extensions: { subCode: 'QUERY_ALIASES' },
    });
    const costly = await post(production, `{ departments(limit: 500) { items { services(limit: 500) { agents(limit: 500) { id } } } } }`);
    expect(costly.status).toBe(400);
    expect(costly.errors![0].extensions).toMatchObject({ subCode: 'QUERY_COST' });
  });
});

describe('suggestions ("Did you mean …") reveal the schema: hidden in production, kept in development', () => {
  const misspelt = {
    field: `{ services { items { cod } } }`,
    enumLiteral: `{ services(filter: { kind: DDX }) { totalCount } }`,
    enumVariable: `query($k: ServiceKind) { services(filter: { kind: $k }) { totalCount } }`,
  };

  it('hides field and enum value suggestions in production', async () => {
    for (const [query, variables] of [
      [misspelt.field, {}],
      [misspelt.enumLiteral, {}],
      [misspelt.enumVariable, { k: 'DDX' }],
    ] as const) {
      const result = await post(production, query, variables);
      expect(result.status).toBe(400);
      expect(result.errors!.length).toBeGreaterThan(0);
      for (const error of result.errors!) expect(error.message).not.toMatch(/Did you mean|"code"|"DDI"/);
    }
  });

  it('keeps them in development', async () => {
    expect((await post(app, misspelt.field)).errors![0].message).toMatch(/Did you mean "code"/);
    expect((await post(app, misspelt.enumLiteral)).errors![0].message).toMatch(/Did you mean the enum value "DDI"/);
  });
});
