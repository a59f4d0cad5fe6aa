import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { department, serviceWithAgents } from '../support/fixtures';
import { outcome } from '../support/grid';
import { adoptedMap, agentIn, clasOf, fileCandidacy, must, openCall } from '../support/lifecycle';

let app: TestApp;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
});
afterAll(() => stopBackOffice(app, browser));

const newPage = async () => {
  page = await (await signedIn(browser, app, undefined, { viewport: { width: 1600, height: 1100 } })).newPage();
  page.on('pageerror', (error) => errors.push(error.message));
};

const isFocused = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves; fails past `max` presses. */
async function tabTo(target: Locator, { back = false, max = 250 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Le focus n’atteint jamais ${target.toString()} (dernier : ${await focusedHtml()})`);
}

const focusedHtml = () => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160) ?? '');

/** The grid's active cell: its row (1 = first record) and column, as react-data-grid numbers them. */
const activeCell = () =>
  page.evaluate(() => {
    const cell = document.activeElement?.closest('[role=gridcell], [role=columnheader]');
    const row = cell?.closest('[role=row]');
    return cell ? { row: Number(row?.getAttribute('aria-rowindex')) - 1, column: Number(cell.getAttribute('aria-colindex')) } : null;
  });

describe('back office: the keyboard alone', () => {
  it('moves in the spreadsheet, edits a cell, checks and saves with the keyboard only', async () => {
    const service = await serviceWithAgents(app.em(), '35', 3);
    await newPage();
    await page.goto(`${app.baseUrl}/admin/#/agents/tableur?filter=${encodeURIComponent(JSON.stringify({ serviceId: service.id }))}`);
    await expect.poll(() => page.locator('[role=row][aria-rowindex]').count(), { timeout: 20_000 }).toBe(4);
    await page.waitForLoadState('networkidle');

    // The skip link first, then Tab down the page to the grid.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Contenu');
    await page.keyboard.press('Enter');
    await tabTo(page.locator('.rdg'));
    expect(await activeCell()).not.toBeNull();

    // Arrows to the second record's « Courriel ».
    const column = Number(await page.getByRole('columnheader', { name: 'Courriel', exact: true }).getAttribute('aria-colindex'));
    for (let i = 0; i < 40 && (await activeCell())!.column !== column; i++)
      await page.keyboard.press((await activeCell())!.column < column ? 'ArrowRight' : 'ArrowLeft');
    for (let i = 0; i < 5 && (await activeCell())!.row !== 2; i++) await page.keyboard.press('ArrowDown');
    expect(await activeCell()).toEqual({ row: 2, column });

    // Enter opens the editor, Enter commits: the cell is staged, nothing written yet.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.rdg-editor-container input').count()).toBe(1);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('clavier@interieur.gouv.fr');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.grid-staged').count()).toBe(1);

    // Back out of the grid to « Valider », then on to « Enregistrer ».
    await tabTo(page.getByRole('button', { name: 'Valider', exact: true }), { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => outcome(page), { timeout: 20_000 }).toContain('Vérification terminée');
    await tabTo(page.getByRole('button', { name: 'Enregistrer', exact: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => outcome(page), { timeout: 20_000 }).toBe('1 ligne enregistrée.');

    const { agents } = must(
      await app.gql(`query($s: ID!) { agents(filter: { serviceId: $s }, sort: [{ field: "lastName" }]) { items { email version } } }`, {
        s: service.id,
      }),
    );
    expect(agents.items.filter((a: { email: string }) => a.email === 'clavier@interieur.gouv.fr').length).toBe(1);
    expect(errors).toEqual([]);
  }, 120_000);

  it('opens a workflow dialog, closes it with Escape back on its button, then fills and submits it', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '35', 0);
    const agent = await agentIn(em, service, { lastName: 'Clavier', firstName: 'Inès' });
    const { sessions } = await clasOf(em, '35', ['2025-03-01']);
    const map = await adoptedMap(app, (await department(em, '35')).id, [{ id: service.id }], sessions[0], '2025-04-01');
    const call = await openCall(app, map.id, '2026-03-01', '2026-03-31');
    const { createCandidacy } = must(
      await fileCandidacy(app, { callId: call.id, agentId: agent.id, serviceId: service.id, filedOn: '2026-03-10' }),
    );
    await newPage();
    await page.goto(`${app.baseUrl}/admin/#/candidacies/${createCandidacy.id}/show`);
    const button = page.getByTestId('workflow-GIVE_HEAD_OPINION');
    await button.waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');

    await tabTo(button);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The focus moves into the dialog, and Escape gives it back to the button [RGAA 7.1, 12.8].
    await expect.poll(() => isFocused(dialog)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await isFocused(button)).toBe(true);

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(dialog.getByRole('combobox', { name: 'Avis' }));
    await page.keyboard.press('ArrowDown');
    const favourable = page.getByRole('option', { name: 'Favorable', exact: true });
    await favourable.waitFor();
    for (let i = 0; i < 5 && !(await isFocused(favourable)); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Avis' }).textContent()).toBe('Favorable');
    await tabTo(dialog.getByLabel('Motifs *'));
    await page.keyboard.type('Agent investi, au clavier.');
    await tabTo(dialog.getByRole('spinbutton', { name: 'Jour' }));
    await page.keyboard.type('12032026');
    await tabTo(page.getByTestId('workflow-GIVE_HEAD_OPINION-confirm'));
    await page.keyboard.press('Enter');

    await expect.poll(() => dialog.count(), { timeout: 20_000 }).toBe(0);
    const { candidacy } = must(
      await app.gql(`query($id: ID!) { candidacy(id: $id) { status headOpinion headOpinionOn } }`, { id: createCandidacy.id }),
    );
    expect(candidacy).toEqual({ status: 'HEAD_OPINION_GIVEN', headOpinion: 'FAVORABLE', headOpinionOn: '2026-03-12' });
    expect(errors).toEqual([]);
  }, 120_000);
});
