/**
 * The back office with the keyboard alone [RGAA 12.13, 7.1, 10.7; WCAG 2.1.1, 2.1.2, 2.4.7]: small tests, one per
 * screen or behaviour, each on its own data and its own page. Every step waits on a condition (the focus moved, a
 * message shows), never a fixed time, and checks that the focused element shows a ring.
 */
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, FileChooser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { department, serviceWithAgents } from '../support/fixtures';
import { openGrid, outcome } from '../support/grid';
import { adoptedMap, agentIn, clasOf, fileCandidacy, must, openCall } from '../support/lifecycle';

let app: TestApp;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
});
afterAll(() => stopBackOffice(app, browser));
afterEach(async () => {
  await context?.close();
  context = undefined;
});

const WAIT = { timeout: 20_000 };

const newPage = async () => {
  context = await signedIn(browser, app, undefined, { viewport: { width: 1600, height: 1100 } });
  page = await context.newPage();
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
};

const isFocused = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);

const focusedHtml = () => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160) ?? '');

/**
 * Whether the focused element shows a focus ring: an outline (on it, on the frame MUI draws around an input, or
 * on its ::before, the DSFR's enlarged links), or a box-shadow on it; 'body' when the focus was lost.
 */
const ring = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const frames = [el, el.parentElement, el.closest<HTMLElement>('.MuiInputBase-root')].filter((x): x is HTMLElement => !!x);
    const styles = [...frames.map((x) => getComputedStyle(x)), getComputedStyle(el, '::before')];
    const outlined = styles.some((s) => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1);
    const shadowed = getComputedStyle(el).boxShadow !== 'none' && !el.matches('.rdg-cell');
    return outlined || shadowed ? 'visible' : `sans contour visible : ${el.outerHTML.slice(0, 120)}`;
  });

/** Presses a key and waits until the focus has left the element that had it (the page reacts in its own time). */
async function press(key: string) {
  await page.evaluate(() => ((window as unknown as { __before: Element | null }).__before = document.activeElement));
  await page.keyboard.press(key);
  await expect
    .poll(() => page.evaluate(() => document.activeElement !== (window as unknown as { __before: Element | null }).__before), WAIT)
    .toBe(true);
  expect(await ring()).toBe('visible');
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves, a ring at every step. */
async function tabTo(target: Locator, { back = false, max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Le focus n’atteint jamais ${target.toString()} (dernier : ${await focusedHtml()})`);
}

/** The grid's active cell: its row (1 = first record, 0 = the headers) and column, as react-data-grid numbers them. */
const activeCell = () =>
  page.evaluate(() => {
    const cell = document.activeElement?.closest('[role=gridcell], [role=columnheader]');
    const row = cell?.closest('[role=row]');
    return cell ? { row: Number(row?.getAttribute('aria-rowindex')) - 1, column: Number(cell.getAttribute('aria-colindex')) } : null;
  });

/** Where the focus is relative to the grid: inside, before or after it in the document, or lost. */
const whereFromGrid = () =>
  page.evaluate(() => {
    const grid = document.querySelector('.rdg')!;
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    if (grid.contains(el)) return 'inside';
    return grid.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
  });

/** Tab from the skip link into the grid, on its first cell reached. */
async function intoGrid() {
  await press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Contenu');
  await page.keyboard.press('Enter');
  await tabTo(page.locator('.rdg'));
  expect(await activeCell()).not.toBeNull();
}

/** The header of the active cell's column, as the user reads it. */
const activeHeader = () =>
  page.evaluate(() => {
    const column = document.activeElement?.closest('[role=gridcell], [role=columnheader]')?.getAttribute('aria-colindex');
    return document.querySelector(`[role=columnheader][aria-colindex="${column}"]`)?.textContent ?? null;
  });

/**
 * Arrows to a record's cell under a column header: right until its header shows (columns are virtualised too:
 * an unseen header is not drawn), left if the end came first, then down to the row.
 */
async function arrowTo(row: number, header: string) {
  const columns = Number(await page.locator('.rdg').getAttribute('aria-colcount'));
  while ((await activeHeader()) !== header && (await activeCell())!.column < columns) await press('ArrowRight');
  while ((await activeHeader()) !== header && (await activeCell())!.column > 1) await press('ArrowLeft');
  expect(await activeHeader()).toBe(header);
  while ((await activeCell())!.row !== row) await press(row > (await activeCell())!.row ? 'ArrowDown' : 'ArrowUp');
}

/**
 * Enter on `opener` (focused) opens a dialog: the focus goes into it [RGAA 7.1]; Escape closes it and gives the
 * focus back to its opener [RGAA 12.8], with a ring.
 */
async function escapeReturns(opener: Locator) {
  expect(await isFocused(opener)).toBe(true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.count(), WAIT).toBe(1);
  await expect.poll(() => isFocused(dialog), WAIT).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count(), WAIT).toBe(0);
  await expect.poll(() => isFocused(opener), WAIT).toBe(true);
  expect(await ring()).toBe('visible');
}

describe('back office: the spreadsheet with the keyboard alone', () => {
  it('Tab leaves the grid forward and back, where the arrows move inside it [WCAG 2.1.2]', async () => {
    const service = await serviceWithAgents(app.em(), '35', 3);
    await newPage();
    await openGrid(page, app.baseUrl, 'agents', { serviceId: service.id }, 3);
    await intoGrid();
    await arrowTo(2, 'Courriel');
    const at = await activeCell();

    // One Tab: out of the grid, on the first control after it (react-data-grid would go to the next cell).
    await press('Tab');
    expect(await whereFromGrid()).toBe('after');
    // Shift+Tab comes back to the cell left, Shift+Tab again goes to the control before the grid.
    await press('Shift+Tab');
    expect(await activeCell()).toEqual(at);
    await press('Shift+Tab');
    expect(await whereFromGrid()).toBe('before');
    // Tab brings it back to the same cell, whose arrows still move.
    await press('Tab');
    expect(await activeCell()).toEqual(at);
    await press('ArrowUp');
    expect(await activeCell()).toEqual({ ...at, row: 1 });
    expect(errors).toEqual([]);
  }, 120_000);

  it('edits a cell, checks and saves: each outcome takes the focus the disabled button lost', async () => {
    const service = await serviceWithAgents(app.em(), '35', 3);
    await newPage();
    await openGrid(page, app.baseUrl, 'agents', { serviceId: service.id }, 3);
    await intoGrid();
    await arrowTo(2, 'Courriel');

    // Enter opens the editor, Enter commits: the cell is staged, nothing written yet.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.rdg-editor-container input').count(), WAIT).toBe(1);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('clavier@interieur.gouv.fr');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.grid-staged').count(), WAIT).toBe(1);

    // Back out of the grid to « Valider »: it disables itself while it runs, its outcome then has the focus.
    const message = page.getByTestId('grid-outcome');
    await tabTo(page.getByRole('button', { name: 'Valider', exact: true }), { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => outcome(page), WAIT).toContain('Vérification terminée');
    await expect.poll(() => isFocused(message), WAIT).toBe(true);
    expect(await message.getAttribute('role')).toBe('status');
    expect(await ring()).toBe('visible');

    // On to « Enregistrer » (before the message), whose outcome takes the focus in its turn.
    await tabTo(page.getByRole('button', { name: 'Enregistrer', exact: true }), { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => outcome(page), WAIT).toBe('1 ligne enregistrée.');
    await expect.poll(() => isFocused(message), WAIT).toBe(true);
    expect(await ring()).toBe('visible');

    const { agents } = must(await app.gql(`query($s: ID!) { agents(filter: { serviceId: $s }) { items { email } } }`, { s: service.id }));
    expect(agents.items.filter((a: { email: string }) => a.email === 'clavier@interieur.gouv.fr').length).toBe(1);
    expect(errors).toEqual([]);
  }, 120_000);
  it('a problem’s link in the issues panel selects and focuses its cell', async () => {
    const service = await serviceWithAgents(app.em(), '35', 3);
    await newPage();
    await openGrid(page, app.baseUrl, 'agents', { serviceId: service.id }, 3);
    await intoGrid();
    await arrowTo(2, 'Courriel');
    const at = await activeCell();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.rdg-editor-container input').count(), WAIT).toBe(1);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('pas-un-courriel');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.grid-staged').count(), WAIT).toBe(1);
    // Another cell active, then out to « Valider »: the email rule is the API's, the panel lists the problem.
    await press('ArrowUp');
    await tabTo(page.getByRole('button', { name: 'Valider', exact: true }), { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => outcome(page), WAIT).toContain('1 erreur');
    await expect.poll(() => isFocused(page.getByTestId('grid-outcome')), WAIT).toBe(true);
    expect(await page.getByTestId('grid-outcome').getAttribute('role')).toBe('alert');

    // Tab past the grid to the problem's link, named by its line and column; Enter puts the focus on that cell.
    const link = page.getByRole('button', { name: 'Aller à la ligne 2, colonne Courriel', exact: true });
    await tabTo(link);
    await page.keyboard.press('Enter');
    await expect.poll(activeCell, WAIT).toEqual(at);
    expect(await ring()).toBe('visible');
    // And again once that cell is the active one: react-data-grid only scrolled to it, the focus goes to it too.
    await tabTo(link);
    await page.keyboard.press('Enter');
    await expect.poll(activeCell, WAIT).toEqual(at);
    expect(errors).toEqual([]);
  }, 120_000);

  it('list editors are comboboxes named by their column, whose arrows move the announced choice', async () => {
    const service = await serviceWithAgents(app.em(), '35', 2);
    await newPage();
    await openGrid(page, app.baseUrl, 'agents', { serviceId: service.id }, 2);
    await intoGrid();
    await arrowTo(1, 'Statut');
    await page.keyboard.press('Enter');
    // In the grid: the filters above it have their own « Statut ».
    const editor = page.locator('.rdg').getByRole('combobox', { name: 'Statut', exact: true });
    await expect.poll(() => isFocused(editor), WAIT).toBe(true);
    expect(await ring()).toBe('visible');
    expect(await editor.getAttribute('aria-expanded')).toBe('true');
    const list = page.locator(`[id="${await editor.getAttribute('aria-controls')}"]`);
    expect(await list.getAttribute('role')).toBe('listbox');
    const announced = async () => page.locator(`[id="${await editor.getAttribute('aria-activedescendant')}"]`).textContent();
    expect(await announced()).toBe('Titulaire');
    await page.keyboard.press('ArrowDown');
    await expect.poll(announced, WAIT).not.toBe('Titulaire');
    const chosen = await announced();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.grid-staged').count(), WAIT).toBe(1);
    expect(await (await page.locator('.grid-staged').textContent())?.trim()).toBe(chosen);
    // A reference column's editor too: the service.
    await arrowTo(1, 'Service');
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(page.locator('.rdg').getByRole('combobox', { name: 'Service', exact: true })), WAIT).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.rdg-editor-container').count(), WAIT).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('back office: the import with the keyboard alone', () => {
  it('chooses the file with a button reached by Tab, checks and imports; each outcome takes the focus', async () => {
    const service = await serviceWithAgents(app.em(), '35', 0);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Agents').addRows([
      ['Matricule', 'Nom', 'Prénom', 'Grade', 'Corps', 'Statut', 'Catégorie', 'Population', 'Ministère employeur', 'Service', 'Valide du'],
      [
        'CLAV-1',
        'Clavier',
        'Inès',
        'Secrétaire administratif',
        'SA',
        'Titulaire',
        'B',
        'Personnels administratifs, techniques et scientifiques',
        'INTERIEUR',
        service.code,
        '01/10/2025',
      ],
    ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await newPage();
    // Listened to from the start: Playwright turns the file dialog's interception on asynchronously.
    const choosers: FileChooser[] = [];
    page.on('filechooser', (chooser) => choosers.push(chooser));
    await page.goto(`${app.baseUrl}/admin/#/agents/import`);
    const choose = page.getByRole('button', { name: 'Choisir un fichier', exact: true });
    await choose.waitFor(WAIT);
    await page.waitForLoadState('networkidle');

    await tabTo(choose);
    await page.keyboard.press('Enter');
    await expect.poll(() => choosers.length, WAIT).toBe(1);
    await choosers[0].setFiles({ name: 'agents.xlsx', mimeType: 'application/octet-stream', buffer });
    const check = page.getByRole('button', { name: 'Vérifier (essai, rien n’est écrit)', exact: true });
    await check.waitFor(WAIT);
    // The button disabled itself while the file was read: the focus comes back to it, not to the page's body.
    await expect.poll(() => isFocused(choose), WAIT).toBe(true);

    const message = page.getByTestId('import-outcome');
    await tabTo(check);
    await page.keyboard.press('Enter');
    await expect.poll(() => message.textContent(), WAIT).toBe('1 ligne vérifiée, aucune erreur : vous pouvez importer.');
    await expect.poll(() => isFocused(message), WAIT).toBe(true);
    expect(await ring()).toBe('visible');
    await tabTo(page.getByRole('button', { name: 'Importer 1 ligne', exact: true }), { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => message.allTextContents(), WAIT).toEqual(['1 ligne importée.']);
    await expect.poll(() => isFocused(message), WAIT).toBe(true);
    expect(await ring()).toBe('visible');

    const { agents } = must(
      await app.gql(`query($s: ID!) { agents(filter: { serviceId: $s }) { items { registrationNumber } } }`, { s: service.id }),
    );
    expect(agents.items).toEqual([{ registrationNumber: 'CLAV-1' }]);
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('back office: dialogs with the keyboard alone', () => {
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
    await button.waitFor(WAIT);
    await page.waitForLoadState('networkidle');

    await tabTo(button);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor(WAIT);
    // The focus moves into the dialog, and Escape gives it back to the button [RGAA 7.1, 12.8].
    await expect.poll(() => isFocused(dialog), WAIT).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), WAIT).toBe(0);
    await expect.poll(() => isFocused(button), WAIT).toBe(true);
    expect(await ring()).toBe('visible');

    await page.keyboard.press('Enter');
    await dialog.waitFor(WAIT);
    await tabTo(dialog.getByRole('combobox', { name: 'Avis' }));
    await page.keyboard.press('ArrowDown');
    const favourable = page.getByRole('option', { name: 'Favorable', exact: true });
    await favourable.waitFor(WAIT);
    for (let i = 0; i < 5 && !(await isFocused(favourable)); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Avis' }).textContent(), WAIT).toBe('Favorable');
    await tabTo(dialog.getByLabel('Motifs *'));
    await page.keyboard.type('Agent investi, au clavier.');
    await tabTo(dialog.getByRole('spinbutton', { name: 'Jour' }));
    await page.keyboard.type('12032026');
    await tabTo(page.getByTestId('workflow-GIVE_HEAD_OPINION-confirm'));
    await page.keyboard.press('Enter');

    await expect.poll(() => dialog.count(), WAIT).toBe(0);
    const { candidacy } = must(
      await app.gql(`query($id: ID!) { candidacy(id: $id) { status headOpinion headOpinionOn } }`, { id: createCandidacy.id }),
    );
    expect(candidacy).toEqual({ status: 'HEAD_OPINION_GIVEN', headOpinion: 'FAVORABLE', headOpinionOn: '2026-03-12' });
    expect(errors).toEqual([]);
  }, 120_000);

  it('a list’s bulk confirmations: selected with Space, opened with Enter, closed with Escape back on their button', async () => {
    const service = await serviceWithAgents(app.em(), '35', 2);
    await newPage();
    await page.goto(`${app.baseUrl}/admin/#/agents?filter=${encodeURIComponent(JSON.stringify({ serviceId: service.id }))}`);
    const boxes = page.locator('main tbody input[type=checkbox]');
    await expect.poll(() => boxes.count(), WAIT).toBe(2);
    await page.waitForLoadState('networkidle');
    await tabTo(boxes.first());
    await page.keyboard.press('Space');
    await expect.poll(() => boxes.first().isChecked(), WAIT).toBe(true);
    // The bulk actions show above the table: back to « Désactiver », then on to « Supprimer ».
    for (const [name, back] of [
      ['Désactiver', true],
      ['Supprimer', false],
    ] as const) {
      const opener = page.getByRole('button', { name, exact: true });
      await tabTo(opener, { back });
      await escapeReturns(opener);
    }
    // Nothing was changed: Escape cancels.
    const { agents } = must(await app.gql(`query($s: ID!) { agents(filter: { serviceId: $s }) { items { active } } }`, { s: service.id }));
    expect(agents.items).toEqual([{ active: true }, { active: true }]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('a version’s correction dialog: Enter opens it, Escape closes it back on « Corriger »', async () => {
    const service = await serviceWithAgents(app.em(), '35', 0);
    await newPage();
    await page.goto(`${app.baseUrl}/admin/#/services/${service.id}/show/versions`);
    const opener = page.getByRole('table', { name: 'Versions' }).getByRole('button', { name: 'Corriger' }).first();
    await opener.waitFor(WAIT);
    await page.waitForLoadState('networkidle');
    await tabTo(opener);
    await escapeReturns(opener);
    expect(errors).toEqual([]);
  }, 120_000);

  it('the display settings: Enter opens them, Escape closes them back on their button', async () => {
    await newPage();
    await page.goto(`${app.baseUrl}/admin/#/`);
    const opener = page.getByRole('banner').getByRole('button', { name: 'Paramètres d’affichage' });
    await opener.waitFor(WAIT);
    await page.waitForLoadState('networkidle');
    await tabTo(opener);
    await escapeReturns(opener);
    expect(errors).toEqual([]);
  }, 120_000);
});
