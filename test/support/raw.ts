import { expect } from 'vitest';
import type { TestApp } from './app';

/**
 * What a test that sets up data by hand needs of its app (given lazily: the app starts in `beforeAll`): raw SQL on
 * the test database, a GraphQL request that must succeed, and statements run in one transaction (a change of a
 * record and of its versions together, as the triggers see a real save).
 */
export function rawAccess(app: () => TestApp) {
  const sql = <T = Record<string, any>>(text: string, params: unknown[] = []) => app().em().getConnection().execute<T[]>(text, params);
  async function gqlOk(query: string, variables: Record<string, unknown> = {}) {
    const result = await app().gql(query, variables);
    expect(result.errors, query).toBeUndefined();
    return result.data!;
  }
  const inTransaction = (statements: [string, unknown[]][]) =>
    app()
      .em()
      .transactional(async (em) => {
        for (const [text, params] of statements) await em.getConnection().execute(text, params, 'run', em.getTransactionContext());
      });
  return { sql, gqlOk, inTransaction };
}
