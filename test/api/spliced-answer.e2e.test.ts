import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/demo/seed-demo';
import type { Principal } from '../../api/src/access/roles';
import { initTestApp, NATIONAL, type TestApp } from '../support/app';
import { ADMIN_75, ANALYST, ROLES } from '../support/principals';
import { heldAcrossDepartments } from '../support/network';

/*
 * A root page whose rows the statement writes as the answer shows them is spliced into the answer as JSON text
 * (api/src/shared/read/answer.ts, `spliceable` in compile.ts): the same answer, field for field, as the rows shaped
 * from parsed JSON — which the same selection written through an inline fragment still gets — under every role,
 * withheld fields and references (with their `extensions.withheld`) included.
 */

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
  await seedDemo(app.em());
});
afterAll(() => app.close());

/**
 * The answer's text as sent, and whether its page was spliced: its statement wrote the rows' objects as JSON text
 * (`row_to_json`, `splicedObjectSql` in compile.ts; the shaped page's rows are `json_build_object`s).
 */
async function raw(query: string, principal: Principal): Promise<{ text: string; spliced: boolean }> {
  let text = '';
  const statements = await app.captureStatements(async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: await app.authorization(principal) },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(200);
    text = await response.text();
  });
  return { text, spliced: statements.some((sql) => sql.includes('row_to_json(')) };
}

/** PostgreSQL's `json_build_object` writes `"key" : value`; JSON.stringify, as `row_to_json`, writes `"key":value`. */
const compact = (text: string) => !text.includes('" : ');

const READ_A = `id registrationNumber lastName firstName grade service { code name department { code name } }`;

describe('a root page spliced as the statement wrote it', () => {
  it.each(Object.entries(ROLES))('read a answers as the shaped page does, as the %s user', async (_name, principal) => {
    const plain = await raw(`{ agents(limit: 50, sort: [{ field: "registrationNumber" }]) { totalCount items { ${READ_A} } } }`, principal);
    const shaped = await raw(
      `{ agents(limit: 50, sort: [{ field: "registrationNumber" }]) { totalCount items { ... on Agent { ${READ_A} } } } }`,
      principal,
    );
    expect(JSON.parse(plain.text).errors).toBeUndefined();
    expect(JSON.parse(plain.text)).toEqual(JSON.parse(shaped.text));
    expect(JSON.parse(plain.text).data.agents.items.length).toBeGreaterThan(0);
    expect(shaped.spliced).toBe(false);
    // The national administration and the analyst read every service: a non-null reference nothing withholds.
    // Under a perimeter `service` (non-null) could be withheld, so graphql-js must be able to report it: shaped.
    expect(plain.spliced).toBe(principal === NATIONAL || principal === ANALYST);
    // Spliced or not, the answer's objects are compact JSON, as graphql-js writes them.
    expect([compact(plain.text), compact(shaped.text)]).toEqual([true, true]);
  });

  it('the analyst: the fields withheld from it read null in the spliced page', async () => {
    const { text, spliced } = await raw(
      `{ agents(limit: 3, sort: [{ field: "registrationNumber" }]) { items { id lastName email phone grade } } }`,
      ANALYST,
    );
    expect([spliced, compact(text)]).toEqual([true, true]);
    const items = JSON.parse(text).data.agents.items as Record<string, unknown>[];
    expect(items).toHaveLength(3);
    for (const item of items)
      expect(item).toMatchObject({ lastName: expect.any(String), email: null, phone: null, grade: expect.any(String) });
  });

  it('a withheld reference reads null and is listed in extensions.withheld, as when shaped', async () => {
    await heldAcrossDepartments(app.em());
    const selection = `id validFrom agent { id }`;
    const plain = await raw(`{ postAssignments(limit: 200) { items { ${selection} } } }`, ADMIN_75);
    const shaped = await raw(`{ postAssignments(limit: 200) { items { ... on PostAssignment { ${selection} } } } }`, ADMIN_75);
    expect([plain.spliced, shaped.spliced]).toEqual([true, false]);
    expect(compact(plain.text)).toBe(true);
    const answer = JSON.parse(plain.text);
    expect(answer).toEqual(JSON.parse(shaped.text));
    expect(answer.data.postAssignments.items).toContainEqual(expect.objectContaining({ agent: null }));
    expect(answer.extensions.withheld).toEqual([expect.objectContaining({ field: 'PostAssignment.agent', count: expect.any(Number) })]);
  });
});
