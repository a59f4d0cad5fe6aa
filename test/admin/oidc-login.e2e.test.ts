import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app';
import { startBackOffice, stopBackOffice } from '../support/browser';
import { serviceWithAgents } from '../support/fixtures';
import { BACK_OFFICE_CLIENT, BOOTSTRAP_ADMIN, createTestProvider, type TestProvider } from '../support/oidc';
import { typeDate } from '../support/dates';

let app: TestApp;
let browser: Browser;
let provider: TestProvider;
let paris: { code: string; name: string };
let lyon: { code: string };

/** Records an access as the national administration would (through the API, audited); the screen has its own test. */
async function grant(subject: string, role: string, perimeter: string[]) {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await provider.sign({ sub: BOOTSTRAP_ADMIN })}` },
    body: JSON.stringify({
      query: 'mutation($input: AccessGrantInput!) { createAccessGrant(input: $input) { id } }',
      variables: { input: { kind: 'USER', subject, label: subject, role, perimeter, validFrom: '2020-01-01' } },
    }),
  });
  expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
}

// No demo password: with an issuer, the demo accounts are off anyway (embedded mode only).
beforeAll(async () => {
  provider = await createTestProvider();
  ({ app, browser } = await startBackOffice({ auth: provider.auth, demoPassword: undefined }));
  await provider.start(app.baseUrl);
  paris = await serviceWithAgents(app.em(), '75', 1);
  lyon = await serviceWithAgents(app.em(), '69', 1);
  await grant('marie.dupont', 'DEPARTMENTAL_ADMIN', ['75']);
});
afterAll(async () => {
  await stopBackOffice(app, browser);
  await provider?.close();
});

const providerButton = (page: Page) => page.getByRole('button', { name: 'Se connecter avec le fournisseur d’identité' });

/** The provider's own login page (oidc-provider's development interactions), then its consent page the first time. */
async function signInAtProvider(page: Page, account: string) {
  await expect.poll(() => page.url(), { timeout: 20_000 }).toContain(provider.issuer);
  await page.locator('input[name="login"]').fill(account);
  await page.locator('input[name="password"]').fill('mot-de-passe');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  const consent = page.getByRole('button', { name: 'Continue' });
  await expect.poll(async () => (await consent.isVisible()) || page.url().startsWith(app.baseUrl), { timeout: 20_000 }).toBe(true);
  if (await consent.isVisible()) await consent.click();
}

const servicesList = (page: Page) => page.getByTestId('services-list');
const alert = (page: Page) => page.getByRole('alert').filter({ visible: true });

describe('back office: sign-in with the OpenID provider', () => {
  it('signs in through the provider’s login page, lands on the page asked, works in its perimeter, signs out of the provider too', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/admin/#/services`);
    // No demo account nor pasted token with an issuer: the provider's button only.
    await expect.poll(() => providerButton(page).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByLabel('Compte de démonstration').count()).toBe(0);
    expect(await page.getByLabel('Jeton d’accès (JWT)').count()).toBe(0);
    await providerButton(page).click();
    await signInAtProvider(page, 'marie.dupont');

    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 20_000 }).toBe('#/services');
    await expect.poll(() => servicesList(page).getByText(paris.code, { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await servicesList(page).getByText(lyon.code, { exact: true }).count()).toBe(0);
    expect(await page.getByTestId('signed-in-as').filter({ visible: true }).textContent()).toBe('marie.dupont');
    // Works: opens its service.
    await servicesList(page).getByText(paris.code, { exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 20_000 }).toMatch(/^#\/services\/.+\/show$/);
    await expect.poll(() => page.getByText(paris.name).first().isVisible(), { timeout: 20_000 }).toBe(true);
    // Tokens stay in the tab (sessionStorage), never in localStorage.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => /token|oidc|registre/i.test(k)))).toEqual([]);
    expect(await page.evaluate(() => Object.keys(sessionStorage).some((k) => k.startsWith('oidc.user:')))).toBe(true);

    await page.getByRole('button', { name: 'Déconnexion' }).click();
    await expect.poll(() => page.url(), { timeout: 20_000 }).toContain(provider.issuer);
    await page.getByRole('button', { name: /Yes, sign me out/ }).click();
    await expect.poll(() => page.url(), { timeout: 20_000 }).toContain(`${app.baseUrl}/admin/`);
    await expect.poll(() => providerButton(page).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(
      await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.user:') || k === 'registre.token')),
    ).toEqual([]);
    // The provider's session ended too: signing in asks for the account again.
    await providerButton(page).click();
    await expect.poll(() => page.locator('input[name="login"]').isVisible(), { timeout: 20_000 }).toBe(true);
    await context.close();
  });

  it('refuses, in French, a person the national administration has not granted access', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/admin/#/services`);
    await providerButton(page).click();
    await signInAtProvider(page, 'inconnu.du.registre');
    await expect.poll(() => alert(page).filter({ hasText: 'Accès refusé' }).first().isVisible(), { timeout: 20_000 }).toBe(true);
    expect(
      await page
        .getByText('« inconnu.du.registre » n’a pas d’habilitation au registre ; demandez-la à l’administration nationale.')
        .count(),
    ).toBeGreaterThan(0);
    expect(await page.evaluate(() => location.hash)).toBe('#/login');
    expect(await page.evaluate(() => sessionStorage.getItem('registre.token'))).toBeNull();
    // Said once: a reload does not repeat it.
    await page.reload();
    await expect.poll(() => providerButton(page).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await alert(page).count()).toBe(0);
    await context.close();
  });

  it('sends an expired session back through sign-in, with a French message, to the page it was on', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/admin/#/services?order=DESC`);
    await providerButton(page).click();
    await signInAtProvider(page, 'marie.dupont');
    await expect.poll(() => servicesList(page).getByText(paris.code, { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);

    // The access token expires (one the provider signed, an hour ago), on the services' page.
    const expired = await provider.sign({ sub: 'marie.dupont', client_id: BACK_OFFICE_CLIENT }, Math.floor(Date.now() / 1000) - 3600);
    await page.evaluate((t) => sessionStorage.setItem('registre.token', t), expired);
    await page.getByRole('button', { name: 'Actualiser' }).first().click();
    await expect
      .poll(
        () => alert(page).filter({ hasText: 'Votre session a expiré : reconnectez-vous pour revenir à la page où vous étiez.' }).count(),
        { timeout: 20_000 },
      )
      .toBe(1);
    expect(await page.evaluate(() => sessionStorage.getItem('registre.token'))).toBeNull();
    await providerButton(page).click();
    // The provider still knows the user: no login form, straight back to the page, with its parameters.
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 20_000 }).toBe('#/services?order=DESC');
    await expect.poll(() => servicesList(page).getByText(paris.code, { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await alert(page).count()).toBe(0);
    await context.close();
  });

  it('lets the national administration grant access on its screen; the person granted then signs in', async () => {
    const admin = await browser.newContext();
    const page = await admin.newPage();
    await page.goto(`${app.baseUrl}/admin/#/access-grants`);
    await providerButton(page).click();
    await signInAtProvider(page, BOOTSTRAP_ADMIN);
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 20_000 }).toBe('#/access-grants');
    await expect.poll(() => page.getByText('marie.dupont').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByRole('link', { name: 'Créer' }).click();
    const form = page.locator('form');
    await expect
      .poll(() => form.getByRole('textbox', { name: /Identifiant chez le fournisseur/ }).isVisible(), { timeout: 20_000 })
      .toBe(true);
    await form.getByRole('textbox', { name: /Identifiant chez le fournisseur/ }).fill('paul.martin');
    await form.getByRole('textbox', { name: /Titulaire/ }).fill('Paul Martin (analyste)');
    await form.getByRole('combobox', { name: /Rôle/ }).click();
    await page.getByRole('option', { name: 'Analyste' }).click();
    await typeDate(form, 'Valide du', '01/01/2020');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 20_000 }).toMatch(/^#\/access-grants\/.+\/show$/);
    await expect.poll(() => page.getByText('Paul Martin (analyste)').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await admin.close();

    const context = await browser.newContext();
    const analyst = await context.newPage();
    await analyst.goto(`${app.baseUrl}/admin/#/services`);
    await providerButton(analyst).click();
    await signInAtProvider(analyst, 'paul.martin');
    // An analyst reads every department.
    await expect.poll(() => servicesList(analyst).getByText(lyon.code, { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await analyst.getByTestId('signed-in-as').filter({ visible: true }).textContent()).toBe('Paul Martin (analyste)');
    await context.close();
  });

  it('signs in to the explorer the same way, and back to it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/explorer/`);
    await providerButton(page).click();
    await signInAtProvider(page, 'marie.dupont');
    await expect.poll(() => page.evaluate(() => location.pathname), { timeout: 20_000 }).toBe('/explorer/');
    await expect
      .poll(() => page.getByText(/Connecté : marie\.dupont \(Administration départementale\)/).isVisible(), { timeout: 30_000 })
      .toBe(true);
    await context.close();
  });
});
