import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Opens a resource's spreadsheet view on a filter and waits for its rows. */
export async function openGrid(page: Page, baseUrl: string, resource: string, filter: object, rows: number) {
  await page.goto(`${baseUrl}/admin/#/${resource}/tableur?filter=${encodeURIComponent(JSON.stringify(filter))}`);
  await expect.poll(() => page.locator('[role=row][aria-rowindex]').count(), { timeout: 20_000 }).toBe(rows + 1);
  await page.waitForLoadState('networkidle');
}

/**
 * The cell of a row (0-based, in display order) under the column header a user reads. Columns are virtualised
 * too: scroll the grid sideways, as a user would, until the column shows.
 */
export async function cell(page: Page, rowIdx: number, header: string): Promise<Locator> {
  const heading = page.getByRole('columnheader', { name: header, exact: true });
  const grid = page.locator('.rdg');
  if (!(await heading.count())) await grid.evaluate((el) => el.scrollTo({ left: 0 }));
  for (let step = 0; step < 20 && !(await heading.count()); step++) await grid.evaluate((el) => el.scrollBy({ left: 300 }));
  const column = await heading.getAttribute('aria-colindex');
  return page.locator(`[role=row][aria-rowindex="${rowIdx + 2}"] > [role=gridcell][aria-colindex="${column}"]`);
}

/** Types a value into a cell as a user does: select it, Enter opens the editor, type, Enter commits. */
export async function typeInto(target: Locator, text: string) {
  await target.click();
  await target.press('Enter');
  const editor = target.page().locator('.rdg-editor-container input');
  await editor.fill(text);
  // Enum and reference cells: Enter picks the highlighted choice, once the list shows it.
  if (text && (await target.page().locator('.rdg-editor-container.grid-picker-cell').count())) {
    await expect.poll(() => target.page().locator('[role=option][aria-selected=true]').textContent()).toContain(text);
  }
  await editor.press('Enter');
}

/** What the Valider/Enregistrer message says. */
export const outcome = (page: Page) => page.getByTestId('grid-outcome').textContent();

export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
