import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../api/src/access/demo-accounts';
import { Role } from '../../api/src/access/roles';
import { seedDemo } from '../../seeds/demo/seed-demo';
import { initTestApp, type TestApp } from '../support/app';
import { must } from '../support/lifecycle';

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
  await seedDemo(app.em());
});
afterAll(() => app.close());

/** The back office's own modules (ESM for Vite): loaded at run time, outside the API's type-check. */
const admin = (file: string) => import(path.resolve(__dirname, '../../admin/src', file));

/** Lists the back office shows the national administration only (App.tsx), and those no demo data fills by design. */
const NATIONAL_ONLY = new Set(['personal-data-accesses', 'access-grants']);
/** No one has read a personal field yet. (The access grants have examples: seeds/demo/access-grants.ts.) */
const EMPTY_BY_DESIGN = new Set(['personal-data-accesses']);

describe('the demo data gives every demo account something on every list it can open', () => {
  it.each(DEMO_ACCOUNTS.map((account) => [account.name, account] as const))('%s', async (_name, account) => {
    const { resourceNames, shapeOf } = await admin('dataProvider/schema.ts');
    const { me } = must(await app.as(account)('{ me { hiddenTypes } }'));
    const lists = (resourceNames() as string[]).filter(
      (resource) =>
        !me.hiddenTypes.includes(shapeOf(resource).type) &&
        !EMPTY_BY_DESIGN.has(resource) &&
        (account.role === Role.NATIONAL_ADMIN || !NATIONAL_ONLY.has(resource)),
    );
    expect(lists.length).toBeGreaterThan(10);
    const data = must(
      await app.as(account)(`{ ${lists.map((r, i) => `l${i}: ${shapeOf(r).list as string}(limit: 1) { totalCount }`).join(' ')} }`),
    );
    const empty = lists.filter((_, i) => (data[`l${i}`] as { totalCount: number }).totalCount === 0);
    expect(empty).toEqual([]);
  });
});
