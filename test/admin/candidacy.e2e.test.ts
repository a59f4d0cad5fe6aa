import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { datePicker, typeDate } from '../support/dates';
import { department, serviceWithAgents } from '../support/fixtures';
import { adoptedMap, agentIn, appoint, clasOf, fileCandidacy, must, openCall, throughOpinions } from '../support/lifecycle';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  page = await (await signedIn(browser, app)).newPage();
});
afterAll(() => stopBackOffice(app, browser));

/** Picks an option of a react-admin autocomplete by typing part of its label. */
async function pick(input: Locator, text: string) {
  await input.fill(text);
  const option = page.getByRole('option', { name: new RegExp(text) }).first();
  await expect.poll(() => option.isVisible(), { timeout: 20_000 }).toBe(true);
  // The list is re-rendered when the search answers: an option can be replaced under the pointer. Retry
  // the click (it is idempotent: once chosen, the list closes) instead of waiting 30 s on a detached node.
  for (let attempt = 1; ; attempt++) {
    try {
      await option.click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 4) throw error;
      if (!(await option.isVisible())) await input.fill(text);
    }
  }
}

/** Opens an autocomplete without typing and clicks the option whose label matches. */
async function chooseFromList(input: Locator, text: string) {
  await input.click();
  const option = page.getByRole('option', { name: new RegExp(text) }).first();
  await expect.poll(() => option.isVisible(), { timeout: 20_000 }).toBe(true);
  await option.click();
}

async function chooseSelect(label: string, option: string) {
  await page.getByRole('dialog').getByLabel(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const candidacyOf = async (agentId: string) =>
  (
    await app.gql(
      `query($a: ID) { candidacies(filter: { agentId: $a }) { items { id status appointment { status arreteNumber regime { code } } } } }`,
      { a: agentId },
    )
  ).data!.candidacies.items[0];

describe('back office: a candidacy from filing to appointment', () => {
  it('files it, gives both opinions and appoints, each button shown only when the transition is legal', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '35', 0);
    const agent = await agentIn(em, service, { lastName: 'Navigateur', firstName: 'Lucie' });
    const { sessions } = await clasOf(em, '35', ['2025-03-01', '2026-03-20']);
    const map = await adoptedMap(app, (await department(em, '35')).id, [{ id: service.id }], sessions[0], '2025-04-01');
    const call = await openCall(app, map.id, '2026-03-01', '2026-03-31');

    // Filing, from the call's page (the call is pre-filled).
    await page.goto(`${app.baseUrl}/admin/#/candidate-calls/${call.id}/show/candidacies`);
    await page.getByTestId('file-candidacy').click();
    await page.waitForLoadState('networkidle');
    await pick(page.getByLabel('Agent *'), 'Navigateur');
    await pick(page.getByLabel('Service *'), service.code);
    await typeDate(page, 'Déposée le', '10/03/2026');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(async () => (await candidacyOf(agent.id))?.status, { timeout: 20_000 }).toBe('FILED');
    const { id } = await candidacyOf(agent.id);
    await expect.poll(() => page.url()).toContain(`/candidacies/${id}/show`);

    // Only the legal actions are offered.
    await expect.poll(() => page.getByTestId('workflow-GIVE_HEAD_OPINION').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByTestId('workflow-APPOINT').count()).toBe(0);

    await page.getByTestId('workflow-GIVE_HEAD_OPINION').click();
    await chooseSelect('Avis *', 'Favorable');
    await page.getByRole('dialog').getByLabel('Motifs *').fill('Agent très investi auprès de ses collègues.');
    await typeDate(page.getByRole('dialog'), 'Date', '12/03/2026');
    await page.getByTestId('workflow-GIVE_HEAD_OPINION-confirm').click();
    await expect.poll(async () => (await candidacyOf(agent.id)).status, { timeout: 20_000 }).toBe('HEAD_OPINION_GIVEN');

    await expect.poll(() => page.getByTestId('workflow-RECORD_OPINION').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByTestId('workflow-GIVE_HEAD_OPINION').count()).toBe(0);
    await page.getByTestId('workflow-RECORD_OPINION').click();
    // A session is chosen from the open list (its search matches the agenda, not the date shown).
    await chooseFromList(page.getByRole('dialog').getByLabel('Séance *'), '20/03/2026');
    await chooseSelect('Avis *', 'Favorable');
    await page.getByTestId('workflow-RECORD_OPINION-confirm').click();
    await expect.poll(async () => (await candidacyOf(agent.id)).status, { timeout: 20_000 }).toBe('COMMISSION_OPINION_GIVEN');

    await expect.poll(() => page.getByTestId('workflow-APPOINT').isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByTestId('workflow-APPOINT').click();
    const dialog = page.getByRole('dialog');
    await typeDate(dialog, 'Date de l’entretien', '25/03/2026');
    await dialog.getByLabel('N° de l’arrêté *').fill('35-2026-04-01-7');
    await dialog.getByLabel('Signataire de l’arrêté *').fill('La préfète d’Ille-et-Vilaine');
    // A date before the commission's opinion: the server's French message lands on the field, nothing is written.
    await typeDate(dialog, 'Date de l’arrêté', '15/03/2026');
    await page.getByTestId('workflow-APPOINT-confirm').click();
    const helper = dialog.locator('.MuiFormControl-root', { has: datePicker(page, 'Date de l’arrêté') }).locator('.MuiFormHelperText-root');
    await expect.poll(() => helper.textContent(), { timeout: 20_000 }).toContain('ne peut précéder l’avis de la commission');
    expect((await candidacyOf(agent.id)).status).toBe('COMMISSION_OPINION_GIVEN');

    await typeDate(dialog, 'Date de l’arrêté', '01/04/2026');
    await page.getByTestId('workflow-APPOINT-confirm').click();
    await expect
      .poll(async () => (await candidacyOf(agent.id)).appointment, { timeout: 20_000 })
      .toEqual({ status: 'PENDING_LETTER', arreteNumber: '35-2026-04-01-7', regime: { code: '2026' } });
    await expect.poll(() => page.getByTestId('appointment-link').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByTestId('workflow-APPOINT').count()).toBe(0);
    expect(await page.getByTestId('workflow-WITHDRAW').count()).toBe(0);
  });

  it('shows the indicators dashboard: coverage chart and the appointment still waiting for its signed letter', async () => {
    // A map and an appointment of this test (Côtes-d’Armor: one map per department), not the ones the previous test makes in the browser.
    const em = app.em();
    const service = await serviceWithAgents(em, '22', 0);
    const agent = await agentIn(em, service, { lastName: 'Tableau', firstName: 'Lucie' });
    const { sessions } = await clasOf(em, '22', ['2025-03-01', '2026-03-20']);
    const map = await adoptedMap(app, (await department(em, '22')).id, [{ id: service.id }], sessions[0], '2025-04-01');
    const call = await openCall(app, map.id, '2026-03-01', '2026-03-31');
    const filed = must(
      await fileCandidacy(app, { callId: call.id, agentId: agent.id, serviceId: service.id, filedOn: '2026-03-10' }),
    ).createCandidacy;
    must(await appoint(app, filed.id, await throughOpinions(app, filed, '2026-03-12', sessions[1]), { arreteDate: '2026-04-01' }));

    await page.goto(`${app.baseUrl}/admin/#/indicators`);
    const dashboard = page.getByTestId('indicators-dashboard');
    await typeDate(dashboard, 'À la date du', '02/04/2026');
    const card = page.getByTestId('coverage-card').first();
    await expect.poll(() => card.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await card.locator('svg').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('alerts-letter').textContent(), { timeout: 20_000 }).toContain('Tableau Lucie');
  });
});
