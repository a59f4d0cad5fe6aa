import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Convention } from '../../api/src/conventions/convention.entity';
import { ConventionScope } from '../../api/src/conventions/convention-scope.entity';
import { ConventionBasis, ConventionKind } from '../../api/src/conventions/enums';
import type { TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { serviceWithAgents } from '../support/fixtures';
import { heldPost } from '../support/network';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  page = await (await signedIn(browser, app)).newPage();
});
afterAll(() => stopBackOffice(app, browser));

describe('back office: allocation grid of a convention', () => {
  it('edits the grid, shows the sum error from the live check and from the API, then saves all rows at once', async () => {
    const em = app.em();
    const [x, y] = [await serviceWithAgents(em, '35', 0), await serviceWithAgents(em, '35', 0)];
    const { post } = await heldPost(em, x, 1, '2020-01-01');
    const convention = em.create(Convention, {
      reference: 'GRID-1',
      title: 'Secteur de test',
      kind: ConventionKind.ASS_SERVICE,
      basis: ConventionBasis.CTR_DECISION,
      post,
      validFrom: '2021-01-01',
    });
    em.create(ConventionScope, { convention, validFrom: convention.validFrom, service: x });
    em.create(ConventionScope, { convention, validFrom: convention.validFrom, service: y });
    await em.flush();

    const saves: boolean[] = [];
    page.on('request', (request) => {
      const body = request.postData() ?? '';
      if (body.includes('saveTimeAllocations')) saves.push(JSON.parse(body).variables.dryRun);
    });
    await page.goto(`${app.baseUrl}/admin/#/conventions/${convention.id}/show/allocations`);
    const cell = (key: string) => page.getByTestId(`cell-0-${key}`);
    await expect.poll(() => cell(`SERVICE:${y.id}`).isVisible(), { timeout: 20_000 }).toBe(true);
    await page.waitForLoadState('networkidle');
    await cell(`SERVICE:${x.id}`).fill('0,5');
    await cell(`SERVICE:${y.id}`).fill('0,2');
    await cell('FUNCTION').fill('0,2');
    await expect.poll(() => page.getByTestId('sum-0').textContent()).toBe('0,9 ≠ 1');

    await page.getByRole('button', { name: 'Vérifier' }).click();
    const messages = page.getByTestId('grid-messages');
    await expect.poll(() => messages.textContent()).toContain('totalisent 0,9');
    expect(
      (await app.gql(`query($id: ID!) { timeAllocations(filter: { conventionId: $id }) { totalCount } }`, { id: convention.id })).data!
        .timeAllocations.totalCount,
    ).toBe(0);

    await cell(`SERVICE:${y.id}`).fill('0.3');
    await expect.poll(() => page.getByTestId('sum-0').textContent()).toBe('1 ');
    await page.getByRole('button', { name: 'Enregistrer la répartition' }).click();
    await expect
      .poll(
        async () =>
          (await app.gql(`query($id: ID!) { timeAllocations(filter: { conventionId: $id }) { items { share } } }`, { id: convention.id }))
            .data!.timeAllocations.items.map((a: { share: number }) => a.share)
            .sort(),
        // The save validates then writes every row: under a loaded machine it takes more than poll's default 5 s.
        { timeout: 20_000 },
      )
      .toEqual([0.2, 0.3, 0.5]);
    await expect.poll(() => messages.textContent()).toBe('');
    // Validated by the API before each write, then written in one call: dry runs, and a single real save.
    expect(saves).toEqual([true, true, false]);
  });
});
