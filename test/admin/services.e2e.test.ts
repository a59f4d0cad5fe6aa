import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { serviceWithAgents } from '../support/fixtures';
import { datePicker, typeDate } from '../support/dates';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  page = await (await signedIn(browser, app)).newPage();
});
afterAll(() => stopBackOffice(app, browser));

describe('back office: services', () => {
  it('lists services, edits one, and the change is visible through GraphQL', async () => {
    const service = await serviceWithAgents(app.em(), '35', 2);
    await page.goto(`${app.baseUrl}/admin/#/services`);
    const list = page.getByTestId('services-list');
    await expect.poll(() => list.getByText(service.code, { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
    await page.goto(`${app.baseUrl}/admin/#/services/${service.id}`);
    const name = page.getByTestId('service-name-input').locator('input');
    await expect.poll(() => name.inputValue()).toBe(service.name);
    // Typed while the full record may still be loading: the form keeps it (RecordForm).
    await name.fill('Préfecture d’Ille-et-Vilaine — site de Rennes');
    // A rename shows « Date d’effet » (issue 17): the form is laid out again before « Enregistrer » is clicked.
    await expect.poll(() => datePicker(page, 'Date d’effet').isVisible()).toBe(true);
    const save = page.getByRole('button', { name: 'Enregistrer' });
    await expect.poll(() => save.isEnabled()).toBe(true);
    await save.click();
    await expect
      .poll(async () => (await app.gql(`query($id: ID!) { service(id: $id) { name version } }`, { id: service.id })).data!.service)
      .toEqual({ name: 'Préfecture d’Ille-et-Vilaine — site de Rennes', version: 2 });
  });

  it('shows the server’s French message on the field it concerns, and writes nothing', async () => {
    const taken = await serviceWithAgents(app.em(), '35', 0);
    const service = await serviceWithAgents(app.em(), '35', 0);
    await page.goto(`${app.baseUrl}/admin/#/services/${service.id}`);
    const code = page.getByLabel('Code *');
    await expect.poll(() => code.inputValue()).toBe(service.code);
    await code.fill(taken.code);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    // Uniqueness is a server rule: its message must appear under the Code input.
    const helper = page.locator('.MuiFormControl-root', { has: code }).locator('.MuiFormHelperText-root');
    await expect.poll(() => helper.textContent()).toContain('est déjà utilisée');
    expect((await app.gql(`query($id: ID!) { service(id: $id) { code version } }`, { id: service.id })).data!.service).toEqual({
      code: service.code,
      version: 1,
    });
  });
});

describe('back office: a service’s versions (issue 17)', () => {
  it('dates a rename, lists the versions in French, and corrects a past one', async () => {
    const service = await serviceWithAgents(app.em(), '35', 0, '2020-01-01');
    await page.goto(`${app.baseUrl}/admin/#/services/${service.id}`);
    const name = page.getByTestId('service-name-input').locator('input');
    await expect.poll(() => name.inputValue()).toBe(service.name);
    await name.fill('Préfecture renommée');
    // « Date d’effet » appears once a dated field changes.
    await expect.poll(() => datePicker(page, 'Date d’effet').isVisible()).toBe(true);
    await typeDate(page, 'Date d’effet', '01/03/2025');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const read = async (asOf: string) =>
      (
        await app.gql(`query($ids: [ID!], $asOf: Date) { services(asOf: $asOf, filter: { ids: $ids }) { items { name } } }`, {
          ids: [service.id],
          asOf,
        })
      ).data!.services.items[0]?.name;
    await expect.poll(() => read('2025-03-01')).toBe('Préfecture renommée');
    expect(await read('2025-02-28')).toBe(service.name);

    await page.goto(`${app.baseUrl}/admin/#/services/${service.id}/show/versions`);
    const table = page.getByRole('table', { name: 'Versions' });
    await expect.poll(() => table.getByText(`Nom : ${service.name} → Préfecture renommée`).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => table.getByText('01/03/2025').first().isVisible()).toBe(true);
    await expect.poll(() => table.getByText('test@interieur.gouv.fr').first().isVisible()).toBe(true);

    // The first version (from the start to 28/02/2025) corrected: another name over that period only.
    const rows = table.locator('tbody tr');
    // Each « Corriger » is named by its version's period, for a screen reader listing the buttons.
    expect(await rows.first().getByRole('button').getAttribute('aria-label')).toBe('Corriger la version du 01/03/2025 au …');
    await rows
      .last()
      .getByRole('button', { name: /^Corriger la version du .+ au 28\/02\/2025$/ })
      .click();
    const dialog = page.getByRole('dialog');
    const corrected = dialog.getByTestId('service-name-input').locator('input');
    await expect.poll(() => corrected.inputValue()).toBe(service.name);
    await corrected.fill('Nom corrigé');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => read('2024-06-30')).toBe('Nom corrigé');
    expect(await read('2025-03-01')).toBe('Préfecture renommée');
  });
});
