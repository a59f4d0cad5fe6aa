import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { serviceWithAgents } from '../support/fixtures';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
});
afterAll(() => stopBackOffice(app, browser));

describe('back office: login', () => {
  it('asks who you are, refuses a wrong password, then shows only your department’s services, read-only where your role is', async () => {
    const paris = await serviceWithAgents(app.em(), '75', 1);
    const lyon = await serviceWithAgents(app.em(), '69', 1);
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/admin/#/services`);
    await expect.poll(() => page.getByText('Connexion au registre').isVisible(), { timeout: 20_000 }).toBe(true);
    // Straight to the login page: no redirect loop piling up history entries (as `<Admin requireAuth>` did).
    expect(await page.evaluate(() => history.length)).toBeLessThan(20);
    // A deep link to a custom page (a spreadsheet) asks for the login too.
    await page.goto(`${app.baseUrl}/admin/#/agents/tableur`);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/login');

    await page.getByLabel('Compte de démonstration').click();
    await page.getByRole('option', { name: /Paris/ }).click();
    await page.getByLabel('Mot de passe').fill('mauvais');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.getByText('Identifiant ou mot de passe incorrect.').isVisible()).toBe(true);

    await page.getByLabel('Mot de passe').fill('demo-test');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // Back to the page asked for before the login.
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 20_000 }).toBe('#/agents/tableur');
    await page.goto(`${app.baseUrl}/admin/#/services`);
    const list = page.getByTestId('services-list');
    await expect.poll(() => list.getByText(paris.code, { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await list.getByText(lyon.code, { exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Créer' }).count()).toBe(1);
    // A writer selects rows for the bulk actions…
    expect(await list.getByRole('checkbox').count()).toBeGreaterThan(0);

    // An analyst reads every department but gets no create button.
    // The session lives in the tab's sessionStorage, never in localStorage (shared by every tab, kept for ever).
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('registre.token')))).toEqual([]);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await page.getByLabel('Compte de démonstration').click();
    await page.getByRole('option', { name: /Analyste/ }).click();
    await page.getByLabel('Mot de passe').fill('demo-test');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => list.getByText(lyon.code, { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByRole('link', { name: 'Créer' }).count()).toBe(0);
    // …a reader is offered no selection, hence no bulk update or delete the API would refuse.
    expect(await list.getByRole('checkbox').count()).toBe(0);
  });

  it('shows the national administrator who read whose personal data', async () => {
    const service = await serviceWithAgents(app.em(), '35', 1);
    await app.gql(
      `query($id: ID!) { service(id: $id) { agents { lastName } } }`,
      { id: service.id },
      { 'x-request-id': 'req-admin-journal' },
    );
    const page = await (await signedIn(browser, app)).newPage();
    // Found by its request id (a filter: the id itself is no column), in French: role, type and fields read.
    await page.goto(
      `${app.baseUrl}/admin/#/personal-data-accesses?filter=${encodeURIComponent(JSON.stringify({ requestId: 'req-admin-journal' }))}`,
    );
    const row = page.locator('main tbody tr');
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await row.innerText()).toMatch(/Administration nationale\s+Agent\s+1 personne\s+Nom/);
    await expect.poll(() => page.getByRole('link', { name: /Journal des accès/ }).isVisible()).toBe(true);
  });
});
