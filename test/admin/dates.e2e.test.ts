import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app';
import { axeViolations } from '../support/axe';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { datePicker, dateShown, typeDate } from '../support/dates';
import { serviceWithAgents } from '../support/fixtures';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  // An English-language browser, far west of Paris: the native date input read `01092026` as 9 January there.
  page = await (await signedIn(browser, app, undefined, { locale: 'en-US', timezoneId: 'America/Los_Angeles' })).newPage();
});
afterAll(() => stopBackOffice(app, browser));

const agentOf = async (id: string) =>
  (await app.gql<{ agent: { validTo: string | null; version: number } }>(`query($id: ID!) { agent(id: $id) { validTo version } }`, { id }))
    .data!.agent;

describe('back office: dates in an English-language browser', () => {
  it('reads a typed 01/09/2026 as 1 September 2026, shows it back as 01/09/2026, and the open calendar is in French and passes axe', async () => {
    const service = await serviceWithAgents(app.em(), '35', 1);
    const [agent] = (
      await app.gql<{ service: { agents: { id: string }[] } }>(`query($id: ID!) { service(id: $id) { agents { id } } }`, { id: service.id })
    ).data!.service.agents;
    await page.goto(`${app.baseUrl}/admin/#/agents/${agent.id}`);
    await expect.poll(() => dateShown(page, 'Valide du'), { timeout: 20_000 }).toBe('01/01/2020');
    // The empty picker spells its sections the French way.
    expect((await datePicker(page, 'Valide jusqu’au').innerText()).replace(/\s/g, '')).toContain('JJ/MM/AAAA');

    await typeDate(page, 'Valide jusqu’au', '01/09/2026');
    expect(await dateShown(page, 'Valide jusqu’au')).toBe('01/09/2026');
    const save = page.getByRole('button', { name: 'Enregistrer' });
    await expect.poll(() => save.isEnabled()).toBe(true);
    await save.click();
    await expect.poll(() => agentOf(agent.id), { timeout: 20_000 }).toEqual({ validTo: '2026-09-01', version: 2 });

    await page.goto(`${app.baseUrl}/admin/#/agents/${agent.id}/show`);
    await expect.poll(() => page.getByText('01/09/2026', { exact: true }).count(), { timeout: 20_000 }).toBeGreaterThan(0);

    // The calendar: French month and day names, keyboard-operable, no serious or critical axe violation.
    await page.goto(`${app.baseUrl}/admin/#/agents/${agent.id}`);
    await expect.poll(() => dateShown(page, 'Valide jusqu’au'), { timeout: 20_000 }).toBe('01/09/2026');
    await datePicker(page, 'Valide jusqu’au')
      .getByRole('button', { name: /Choisir la date/ })
      .click();
    const calendar = page.getByRole('dialog');
    await expect.poll(() => calendar.getByText('septembre 2026').count(), { timeout: 20_000 }).toBe(1);
    // Weeks start on Monday (« L »), as in France.
    expect((await calendar.innerText()).replace(/\s/g, '')).toContain('septembre2026LMMJVSD');
    expect(await axeViolations(page)).toEqual([]);
    // The selected day has the focus: the arrow moves to the next day, Enter picks it and closes the calendar.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => calendar.count()).toBe(0);
    expect(await dateShown(page, 'Valide jusqu’au')).toBe('02/09/2026');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses an impossible date, and an end before the start, with French messages, and saves nothing', async () => {
    const service = await serviceWithAgents(app.em(), '35', 1);
    const [agent] = (
      await app.gql<{ service: { agents: { id: string }[] } }>(`query($id: ID!) { service(id: $id) { agents { id } } }`, { id: service.id })
    ).data!.service.agents;
    await page.goto(`${app.baseUrl}/admin/#/agents/${agent.id}`);
    await expect.poll(() => dateShown(page, 'Valide du'), { timeout: 20_000 }).toBe('01/01/2020');
    await typeDate(page, 'Valide jusqu’au', '31/02/2026');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const field = page.locator('.MuiFormControl-root', { has: datePicker(page, 'Valide jusqu’au') });
    await expect
      .poll(() => field.locator('.MuiFormHelperText-root').textContent(), { timeout: 20_000 })
      .toContain('Date incomplète ou impossible');
    expect(await agentOf(agent.id)).toEqual({ validTo: null, version: 1 });

    await typeDate(page, 'Valide jusqu’au', '31/12/2019');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect
      .poll(() => field.locator('.MuiFormHelperText-root').textContent(), { timeout: 20_000 })
      .toContain('La date de fin doit être postérieure à la date de début.');
    expect(await agentOf(agent.id)).toEqual({ validTo: null, version: 1 });
  });
});
